import { useEffect, useRef } from 'react';
import { useT } from '../services/context';
import { hashForRoute, useUi } from '../state/ui';

/**
 * The page's message about what just happened (state/ui: setFlash), worded in the language of the
 * moment. It lives above the screen, so it stays while the screen below re-renders or remounts a
 * form, and goes when the user moves on. A new message is brought into view: the form that caused
 * it may be far down the page.
 */
export function FlashMessage() {
  const t = useT();
  // A message kept for a page the user is not on (yet, or any more) waits or goes unseen.
  const flash = useUi((s) => (s.flash && s.flash.page === hashForRoute(s.route) ? s.flash : null));
  const setFlash = useUi((s) => s.setFlash);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // jsdom has no layout and no scrollIntoView.
    if (flash) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [flash]);
  if (!flash) return null;
  return (
    <div ref={ref} role="status" className="ds-alert banner flash" data-color="success">
      <span>{t(flash.key, flash.params)}</span>
      <button type="button" className="ds-button" data-variant="tertiary" data-icon="true" aria-label="OK" onClick={() => setFlash(null)}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
