import { Button } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { formatInstant } from '../../../../../shared/deadline';
import type { Incident } from '../../../../../shared/incident/model';
import type { TodoItem } from '../../../../../shared/incident/todo';
import { closeIncident } from '../../../db/repository';
import { useServices, useT } from '../../../services/context';
import { useUi } from '../../../state/ui';
import { todoKey } from '../../../ui/TodoList';
import { useRecordAction } from '../../../ui/useRecordAction';
import { ActionOutcome } from '../../../ui/ActionOutcome';
import { useTextIn } from '../../../ui/text';
import { BilingualField } from '../../../ui/BilingualField';
import { DraftNote, DraftPending } from '../../../ui/drafts/DraftNote';
import { useDraft } from '../../../ui/drafts/useDraft';
import { deleteIncidentDrafts } from '../../../db/drafts';
import { EMPTY_TEXT, isBlank, type Bilingual } from '../../../../../shared/incident/text';

/** Art. 33(5): closing with a summary, once a decision with its reasoning is on record. */
export function CloseSection({ incident, todo }: { incident: Incident; todo: TodoItem[] }) {
  const t = useT();
  const textIn = useTextIn();
  const lang = useUi((s) => s.lang);
  const { db, timeZone } = useServices();
  const action = useRecordAction();
  const draft = useDraft<Bilingual>('close', incident.id, () => EMPTY_TEXT);
  const summary = draft.value;
  const [error, setError] = useState<string | null>(null);

  if (incident.status === 'closed') {
    return (
      <section aria-labelledby="close-title" className="inc-panel close" data-testid="close">
        <h2 id="close-title">{t('incident.close.title')}</h2>
        <p>
          {t('incident.close.closed', {
            at: incident.closedAt ? formatInstant(new Date(incident.closedAt), lang, timeZone) : '',
          })}
        </p>
        <blockquote className="prewrap">{textIn(incident.closingSummary)}</blockquote>
      </section>
    );
  }

  const remaining = todo.filter((item) => item.kind !== 'close');
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!incident.decision) return setError(t('incident.close.needsDecision'));
    if (isBlank(summary)) return setError(t('incident.error.summary-required'));
    setError(null);
    if (await action.run((ctx) => closeIncident(db, incident.id, summary, ctx()))) {
      // Closed: nothing more is typed into its forms, and what was left unsaved goes with it.
      draft.clear();
      await deleteIncidentDrafts(db, incident.id);
    }
  }

  return (
    <section aria-labelledby="close-title" className="inc-panel close" data-testid="close">
      <h2 id="close-title">{t('incident.close.title')}</h2>
      {!incident.decision && <p className="help">{t('incident.close.needsDecision')}</p>}
      {remaining.length > 0 && (
        <p className="warning-box">
          {t('incident.close.remaining', {
            items: remaining.map((item) => t(todoKey(item, incident))).join('; '),
          })}
        </p>
      )}
      <DraftPending draft={draft} />
      {draft.ready && (
        <form onSubmit={submit} noValidate>
          <DraftNote draft={draft} />
          <BilingualField
            label={t('incident.close.summary')}
            help={t('incident.close.summary.help')}
            required
            value={summary}
            error={error}
            onChange={draft.set}
          />
          <div className="actions">
            <Button type="submit" disabled={action.busy}>
              {t('incident.close.submit')}
            </Button>
          </div>
          <ActionOutcome action={action} />
        </form>
      )}
    </section>
  );
}
