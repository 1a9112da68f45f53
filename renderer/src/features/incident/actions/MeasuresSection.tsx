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
import { EMPTY_TEXT, isBlank, type Bilingual } from '../../../../../shared/incident/text';

/** Art. 33(3)(d): containment, mitigation and prevention, done or planned; and marking the breach contained. */
export function MeasuresSection({ incident }: { incident: Incident }) {
  const t = useT();
  const textIn = useTextIn();
  const lang = useUi((s) => s.lang);
  const { db, now, timeZone } = useServices();
  const action = useRecordAction();
  const status = useRecordAction();
  const [kind, setKind] = useState<MeasureKind>('containment');
  const [text, setText] = useState<Bilingual>(EMPTY_TEXT);
  const [doneAt, setDoneAt] = useState('');
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
      setText(EMPTY_TEXT);
      setDoneAt('');
    }
  }

  return (
    <section aria-labelledby="measures-title" className="inc-panel measures" data-testid="measures">
      <h2 id="measures-title">{t('incident.measures.title')}</h2>
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
          <form onSubmit={submit} noValidate>
            <SelectField
              label={t('incident.measures.kind')}
              value={kind}
              onChange={setKind}
              options={measureKinds.map((k) => ({ value: k, label: t(`incident.measures.kind.${k}`) }))}
            />
            <BilingualField
              label={t('incident.measures.text')}
              required
              rows={3}
              value={text}
              error={errors.text}
              onChange={setText}
            />
            <TextField
              label={t('incident.measures.doneAt')}
              help={t('incident.measures.doneAt.help', { zone: timeZone })}
              type="datetime-local"
              value={doneAt}
              error={errors.doneAt}
              onChange={setDoneAt}
            />
            <div className="actions">
              <Button type="submit" disabled={action.busy}>
                {t('incident.measures.submit')}
              </Button>
            </div>
            <ActionOutcome action={action} />
          </form>
        </>
      )}
    </section>
  );
}
