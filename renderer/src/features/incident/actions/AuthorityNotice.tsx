import { useState, type FormEvent } from 'react';
import { authorityDeadline, delayReasonRequired, formatInstant } from '../../../../../shared/deadline';
import type { Incident } from '../../../../../shared/incident/model';
import type { Notification, NotificationPhase } from '../../../../../shared/incident/notifications';
import { toLocalInput } from '../../../../../shared/time/zoned';
import { explainDelay, recordNotification } from '../../../db/repository';
import { useServices, useT } from '../../../app/context';
import { useUi } from '../../../state/ui';
import { SelectField, TextAreaField, TextField } from '../../intake/fields';
import { useRecordAction } from '../useRecordAction';
import { ActionOutcome } from './ActionOutcome';
import { NoticePanel, SentAtField } from './NoticePanel';
import { Checkbox } from './DecisionSection';
import { checkAltinnReference, checkPastTime } from './validate';

const PHASES = ['initial', 'follow-up', 'final'] as const satisfies readonly NotificationPhase[];
type Errors = Partial<Record<'sentAt' | 'reference' | 'delayReason', string>>;

/**
 * Art. 33(1) and (4): Datatilsynet notified, with the Altinn reference and the phase. A first notice
 * after the 72 hours must give the reasons for the delay, recorded before the notice itself.
 */
export function AuthorityNotice({ incident, sent }: { incident: Incident; sent: Notification[] }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db, now, timeZone } = useServices();
  const action = useRecordAction();
  const hasInitial = sent.some((n) => n.phase === 'initial');
  const [sentAt, setSentAt] = useState(() => toLocalInput(now(), timeZone));
  const [reference, setReference] = useState('');
  const [phase, setPhase] = useState<(typeof PHASES)[number]>(hasInitial ? 'follow-up' : 'initial');
  const [phased, setPhased] = useState(false);
  const [delayReason, setDelayReason] = useState(incident.delayReason ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const awareAt = new Date(incident.awareAt);
  const when = checkPastTime(sentAt, { now: now(), timeZone, notBefore: awareAt });
  // Art. 33(1): the first notice decides whether the 72 hours were kept.
  const late = when.ok && (phase === 'initial' || !hasInitial) && delayReasonRequired(awareAt, when.value);
  const at = (iso: string) => formatInstant(new Date(iso), lang, timeZone);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ref = checkAltinnReference(reference);
    const next: Errors = {};
    if (!when.ok) next.sentAt = t(`incident.error.${when.error}`);
    if (!ref.ok) next.reference = t(`incident.error.${ref.error}`);
    if (late && delayReason.trim() === '') next.delayReason = t('incident.error.delay-reason-required');
    setErrors(next);
    if (Object.keys(next).length > 0 || !when.ok || !ref.ok) return;
    const saved = await action.run(async (ctx) => {
      if (late && delayReason.trim() !== incident.delayReason)
        await explainDelay(db, incident.id, delayReason, ctx());
      await recordNotification(
        db,
        incident.id,
        {
          recipient: 'authority',
          recipientName: 'Datatilsynet',
          phase,
          phased: phase === 'initial' && phased,
          sentAt: when.value.toISOString(),
          channel: 'altinn',
          reference: ref.value,
          subjectCount: null,
          documentName: null,
          pdfSha256: null,
          note: null,
        },
        ctx(),
      );
    }, t('incident.authority.recorded'));
    if (saved) {
      setReference('');
      setPhase('follow-up');
      setPhased(false);
    }
  }

  return (
    <NoticePanel
      name="authority"
      title={t('incident.authority.title')}
      empty={t('incident.authority.none')}
      sent={sent}
      describe={(n) =>
        t('incident.authority.sent', {
          phase: t(`incident.phase.${n.phase}`),
          at: at(n.sentAt),
          reference: n.reference ?? t('incident.noReference'),
        })
      }
    >
      {incident.delayReason && (
        <p>
          <strong>{t('incident.authority.delayReason')}:</strong>{' '}
          <span className="prewrap">{incident.delayReason}</span>
        </p>
      )}
      {incident.status !== 'closed' && (
        <form onSubmit={submit} noValidate>
          <div className="field-row">
            <SentAtField value={sentAt} error={errors.sentAt} onChange={setSentAt} />
            <TextField
              label={t('incident.authority.reference')}
              help={t('incident.authority.reference.help')}
              required
              value={reference}
              error={errors.reference}
              onChange={setReference}
            />
          </div>
          <SelectField
            label={t('incident.authority.phase')}
            value={phase}
            onChange={setPhase}
            options={PHASES.map((p) => ({ value: p, label: t(`incident.phase.${p}`) }))}
          />
          {phase === 'initial' && (
            <Checkbox label={t('incident.authority.phased')} checked={phased} onChange={setPhased} />
          )}
          {late && (
            <TextAreaField
              label={t('incident.authority.delayReason')}
              help={t('incident.authority.delayReason.help', {
                deadline: formatInstant(authorityDeadline(awareAt), lang, timeZone),
              })}
              required
              value={delayReason}
              error={errors.delayReason}
              onChange={setDelayReason}
            />
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={action.busy}>
              {t('incident.authority.submit')}
            </button>
          </div>
          <ActionOutcome action={action} />
        </form>
      )}
    </NoticePanel>
  );
}
