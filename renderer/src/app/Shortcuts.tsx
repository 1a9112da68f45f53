import { useEffect, useRef } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../services/context';
import { useShortcuts } from '../state/shortcuts';
import { useUi } from '../state/ui';
import { SHORTCUTS, shortcutFor, type ShortcutAction } from './keys';

const DESCRIPTION: Record<ShortcutAction, MessageKey> = {
  'new-incident': 'shortcuts.newIncident',
  search: 'shortcuts.search',
  save: 'shortcuts.save',
  'next-step': 'shortcuts.nextStep',
  help: 'shortcuts.help',
};

/** How long a search field is looked for on a screen still opening (the register's code may be on its way). */
const SEARCH_WAIT_MS = 3000;
const SEARCH_POLL_MS = 50;

/** The search field of the screen: a form with role="search" (the register's filter). */
function searchField(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>('[role="search"] input[type="search"]');
}

function focusSearch(): void {
  const field = searchField();
  if (field) {
    field.focus();
    return;
  }
  useUi.getState().navigate({ name: 'register' });
  const until = Date.now() + SEARCH_WAIT_MS;
  const look = () => {
    const found = searchField();
    if (found) found.focus();
    else if (Date.now() < until) setTimeout(look, SEARCH_POLL_MS);
  };
  setTimeout(look, SEARCH_POLL_MS);
}

/** Ctrl/Cmd+S: the form the focus is in is submitted as its own save button would, unless that button is busy. */
function saveFocusedForm(): void {
  const form = document.activeElement instanceof HTMLElement ? document.activeElement.closest('form') : null;
  if (!form) return;
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]:not(:disabled)');
  if (submit) form.requestSubmit(submit);
  else if (!form.querySelector('button[type="submit"]')) form.requestSubmit();
}

/** The keyboard shortcuts, and the list of them (press ?). */
export function Shortcuts() {
  const t = useT();
  const { helpOpen, setHelpOpen } = useShortcuts();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = shortcutFor(event);
      if (!action) return;
      // The list is open: it takes the keys until it is closed (Escape, or its button).
      if (useShortcuts.getState().helpOpen && action !== 'save') return;
      event.preventDefault();
      switch (action) {
        case 'save':
          return saveFocusedForm();
        case 'new-incident':
          return useUi.getState().navigate({ name: 'new-incident' });
        case 'search':
          return focusSearch();
        case 'next-step': {
          const next = useShortcuts.getState().nextStep;
          if (next) useUi.getState().navigate(next);
          return;
        }
        case 'help':
          return setHelpOpen(true);
      }
    };
    addEventListener('keydown', onKeyDown);
    return () => removeEventListener('keydown', onKeyDown);
  }, [setHelpOpen]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (helpOpen && !element.open) element.showModal();
    if (!helpOpen && element.open) element.close();
  }, [helpOpen]);

  return (
    <dialog ref={dialog} className="shortcut-help" aria-labelledby="shortcuts-title" onClose={() => setHelpOpen(false)}>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <p>{t('shortcuts.intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.key')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(({ action, keys }) => (
            <tr key={action} data-shortcut={action}>
              <td>
                {keys.map((combo, index) => (
                  <span key={combo.join('+')}>
                    {index > 0 && ` ${t('shortcuts.or')} `}
                    {combo.map((key, k) => (
                      <span key={key}>
                        {k > 0 && '+'}
                        <kbd>{key}</kbd>
                      </span>
                    ))}
                  </span>
                ))}
              </td>
              <td>{t(DESCRIPTION[action])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        {/* Designsystemet's button as plain markup: the frame loads no component code (see ui/RouteLink). */}
        <button type="button" className="ds-button" data-variant="primary" onClick={() => setHelpOpen(false)}>
          {t('shortcuts.close')}
        </button>
      </div>
    </dialog>
  );
}
