import { Button } from '@digdir/designsystemet-react';
import { formatInstant } from '../../../../shared/deadline';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import type { Draft } from './useDraft';
import './drafts.css';

/**
 * Beside a form whose unsaved input is kept as a draft: says when a draft from before was restored
 * (with the way to throw it away), and that what is typed is kept on this machine.
 */
export function DraftNote({ draft }: { draft: Pick<Draft<unknown>, 'restoredAt' | 'kept' | 'discard'> }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { timeZone } = useServices();
  return (
    <>
      {draft.restoredAt && (
        <div className="ds-alert draft-restored" data-color="info" data-testid="draft-restored">
          <p>{t('draft.restored', { at: formatInstant(draft.restoredAt, lang, timeZone) })}</p>
          <Button type="button" variant="secondary" onClick={draft.discard}>
            {t('draft.discard')}
          </Button>
        </div>
      )}
      <p className="draft-kept" data-testid="draft-kept">
        {draft.kept ? t('draft.kept') : null}
      </p>
    </>
  );
}

/**
 * Where a form will be once its stored draft has been read (a moment): marked busy, so assistive
 * technology (and a test) knows the form is still to come.
 */
export function DraftPending({ draft }: { draft: Pick<Draft<unknown>, 'ready'> }) {
  return draft.ready ? null : <div aria-busy="true" data-draft-pending="" />;
}
