import { Button } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { formatInstant } from '../../../../../shared/deadline';
import { measureKinds, type Incident, type MeasureKind } from '../../../../../shared/incident/model';
import { changeStatus, recordMeasure } from '../../../db/repository';
import { useServices, useT } from '../../../services/context';
import { useUi } from '../../../state/ui';
import { SelectField, TextField } from '../../../ui/fields';
import { useRecordAction } from '../../../ui/useRecordAction';
import { ActionOutcome } from '../../../ui/ActionOutcome';
import { checkOptionalPastTime } from './validate';
import { useTextIn } from '../../../ui/text';
import { BilingualField } from '../../../ui/BilingualField';
import { DraftNote, DraftPending } from '../../../ui/drafts/DraftNote';
import { useDraft } from '../../../ui/drafts/useDraft';
import { EMPTY_TEXT, isBlank, type Bilingual } from '../../../../../shared/incident/text';

interface MeasureDraft {
  kind: MeasureKind;
  text: Bilingual;
  doneAt: string;
}

const blank = (): MeasureDraft => ({ kind: 'containment', text: EMPTY_TEXT, doneAt: '' });

/**
 * Art. 33(3)(d): containment, mitigation and prevention, done or planned; and marking the breach
 * contained. `collapsed`: the step is done, so the form to record another measure waits for a click.
 */
export function MeasuresSection({
  incident,
  collapsed = false,
}: {
  incident: Incident;
  collapsed?: boolean;
}) {
  const t = useT();
  const textIn = useTextIn();
  const lang = useUi((s) => s.lang);
  const { db, now, timeZone } = useServices();
  const action = useRecordAction();
  const status = useRecordAction();
  const draft = useDraft<MeasureDraft>('measure', incident.id, blank);
  const { kind, text, doneAt } = draft.value;
  const set = (patch: Partial<MeasureDraft>) => draft.set((d) => ({ ...d, ...patch }));
  const [adding, setAdding] = useState<boolean | null>(null);
  const formShown = draft.ready && (!collapsed || (adding ?? draft.restoredAt !== null));
  const [errors, setErrors] = useState<{ text?: string; doneAt?: string }>({});
  const open = incident.status !== 'closed';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = checkOptionalPastTime(doneAt, { now: now(), timeZone });
    setErrors({
      text: isBlank(text) ? t('incident.error.measure-required') : undefined,
      doneAt: done.ok ? undefined : t(`incident.error.${done.error}`),
    });
    if (isBlank(text) || !done.ok) return;
    const input = { kind, text, doneAt: done.value?.toISOString() ?? null };
    if (
      await action.run((ctx) => recordMeasure(db, incident.id, input, ctx()), t('incident.measures.recorded'))
    ) {
      // The kind chosen stays for the next measure; the text and time start afresh.
      draft.clear({ ...blank(), kind });
    }
  }

  return (
    <section aria-labelledby="measures-title" className="inc-panel measures" data-testid="measures">
      <h2 id="measures-title">{t('incident.measures.title')}</h2>
      <DraftPending draft={draft} />
      {incident.measures.length === 0 ? (
        <p>{t('incident.measures.none')}</p>
      ) : (
        <ul className="measure-list">
          {incident.measures.map((m) => (
            <li key={m.id}>
              <strong>{t(`incident.measures.kind.${m.kind}`)}</strong>{' '}
              <span className="muted">
                (
                {m.doneAt
                  ? t('incident.measures.done', { at: formatInstant(new Date(m.doneAt), lang, timeZone) })
                  : t('incident.measures.planned')}
                )
              </span>
              <div className="prewrap">{textIn(m.text)}</div>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <>
          <div className="actions">
            {incident.status === 'contained' ? (
              <Button
                variant="secondary"
                disabled={status.busy}
                onClick={() =>
                  void status.run((ctx) => changeStatus(db, incident.id, 'investigating', ctx()))
                }
              >
                {t('incident.measures.markInvestigating')}
              </Button>
            ) : (
              <Button
                variant="secondary"
                disabled={status.busy}
                onClick={() => void status.run((ctx) => changeStatus(db, incident.id, 'contained', ctx()))}
              >
                {t('incident.measures.markContained')}
              </Button>
            )}
          </div>
          <ActionOutcome action={status} />
          {!formShown && draft.ready && (
            <div className="actions">
              <Button type="button" variant="secondary" onClick={() => setAdding(true)}>
                {t('steps.measures.add')}
              </Button>
            </div>
          )}
          {formShown && (
            <form onSubmit={submit} noValidate>
              <DraftNote draft={draft} />
              <SelectField
                label={t('incident.measures.kind')}
                value={kind}
                onChange={(value) => set({ kind: value })}
                options={measureKinds.map((k) => ({ value: k, label: t(`incident.measures.kind.${k}`) }))}
              />
              <BilingualField
                label={t('incident.measures.text')}
                required
                rows={3}
                value={text}
                error={errors.text}
                onChange={(value) => set({ text: value })}
              />
              <TextField
                label={t('incident.measures.doneAt')}
                help={t('incident.measures.doneAt.help', { zone: timeZone })}
                type="datetime-local"
                value={doneAt}
                error={errors.doneAt}
                onChange={(value) => set({ doneAt: value })}
              />
              <div className="actions">
                <Button type="submit" disabled={action.busy}>
                  {t('incident.measures.submit')}
                </Button>
              </div>
              <ActionOutcome action={action} />
            </form>
          )}
        </>
      )}
    </section>
  );
}
