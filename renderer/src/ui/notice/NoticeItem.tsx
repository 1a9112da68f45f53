import { Button } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { formatInstant } from '../../../../shared/deadline';
import { incidentDuty } from '../../../../shared/duty';
import type { MessageKey } from '../../../../shared/i18n';
import type { Incident } from '../../../../shared/incident/model';
import { checkNotice, sentAtFromForm, type NoticeInput } from '../../../../shared/incident/notices';
import type { Notification } from '../../../../shared/incident/notifications';
import { toLocalInput } from '../../../../shared/time/zoned';
import { correctNotification, retractNotification } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { ActionOutcome } from '../ActionOutcome';
import { TextAreaField, TextField } from '../fields';
import { useRecordAction } from '../useRecordAction';

/**
 * One recorded notice in words — what, when, how, the reference — and the two ways to put a wrong
 * entry right: correct it, or withdraw it as recorded by mistake. Neither edits the history: each
 * adds an event with the reason.
 */
export function NoticeItem({
  incident,
  notice,
  notifications,
  editable,
}: {
  incident: Incident;
  notice: Notification;
  notifications: readonly Notification[];
  editable: boolean;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { timeZone } = useServices();
  const [mode, setMode] = useState<'view' | 'correct' | 'retract'>('view');
  const at = (iso: string) => formatInstant(new Date(iso), lang, timeZone);
  const duty = incidentDuty(incident, notifications, notice.recipient);
  const late = duty.due !== null && notice.phase === 'initial' && Date.parse(notice.sentAt) > duty.due.getTime();
  const parts = [
    // People and the public are told once, or told more later; the phases of Art. 33(4) are the authority's.
    notice.recipient === 'subjects' || notice.recipient === 'public'
      ? t(`notice.item.${notice.recipient}`, { at: at(notice.sentAt), channel: t(`incident.channel.${notice.channel}`) })
      : t('notice.item', { phase: t(`notice.phase.${notice.phase}`), at: at(notice.sentAt), channel: t(`incident.channel.${notice.channel}`) }),
    notice.recipient === 'controller' && notice.recipientName ? t('notice.item.to', { name: notice.recipientName }) : null,
    notice.reference ? t(notice.recipient === 'public' ? 'notice.item.where' : 'notice.item.reference', { reference: notice.reference }) : null,
    notice.subjectCount !== null && (notice.recipient === 'subjects' || notice.recipient === 'public') ? t('notice.item.count', { count: notice.subjectCount }) : null,
    late ? t('notice.item.late') : null,
  ].filter(Boolean);
  return (
    <li data-notice={notice.id}>
      <span>{parts.join(', ')}</span>
      {notice.correction && (
        <span className="help"> {t('notice.item.corrected', { at: at(notice.correction.at), reason: notice.correction.reason })}</span>
      )}
      {editable && mode === 'view' && (
        <span className="inline-actions">
          <Button variant="tertiary" className="link-button" onClick={() => setMode('correct')}>
            {t('notice.correct')}
          </Button>
          <Button variant="tertiary" className="link-button" onClick={() => setMode('retract')}>
            {t('notice.retract')}
          </Button>
        </span>
      )}
      {mode !== 'view' && (
        <ChangeNotice incident={incident} notice={notice} notifications={notifications} retract={mode === 'retract'} onDone={() => setMode('view')} />
      )}
    </li>
  );
}

function ChangeNotice({
  incident,
  notice,
  notifications,
  retract,
  onDone,
}: {
  incident: Incident;
  notice: Notification;
  notifications: readonly Notification[];
  retract: boolean;
  onDone(): void;
}) {
  const t = useT();
  const { db, now, timeZone } = useServices();
  const action = useRecordAction();
  const [sentAt, setSentAt] = useState(() => toLocalInput(new Date(notice.sentAt), timeZone));
  const [reference, setReference] = useState(notice.reference ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'sentAt' | 'reference' | 'reason' | 'phase', string>>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: typeof errors = {};
    if (reason.trim() === '') found.reason = t('notice.error.reason-required');
    const instant = retract ? notice.sentAt : sentAtFromForm(sentAt, timeZone);
    if (!instant) found.sentAt = t('notice.error.sent-invalid');
    const corrected: NoticeInput = { ...notice, sentAt: instant ?? notice.sentAt, reference: reference.trim() || null };
    if (!retract && instant) {
      const rules = checkNotice(corrected, { incident, notifications, now: now().toISOString(), replacing: notice.id });
      for (const [field, code] of Object.entries(rules)) {
        if (field === 'sentAt' || field === 'reference' || field === 'phase') found[field] = t(`notice.error.${code}` as MessageKey);
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const saved = await action.run(
      (ctx) =>
        retract
          ? retractNotification(db, incident.id, notice.id, reason, ctx())
          : correctNotification(db, incident.id, notice.id, { sentAt: corrected.sentAt, reference: corrected.reference }, reason, ctx()),
      t(retract ? 'notice.retracted' : 'notice.corrected'),
    );
    if (saved) onDone();
  }

  return (
    <form onSubmit={submit} noValidate className="notice-change">
      {!retract && (
        <div className="field-row">
          <TextField
            label={t(notice.recipient === 'public' ? 'notice.sentAt.public' : 'notice.sentAt')}
            help={t('notice.sentAt.help', { zone: timeZone })}
            type="datetime-local"
            value={sentAt}
            error={errors.sentAt ?? errors.phase}
            onChange={setSentAt}
          />
          <TextField label={t(`notice.reference.${notice.recipient}`)} maxLength={200} value={reference} error={errors.reference} onChange={setReference} />
        </div>
      )}
      <TextAreaField label={t('notice.reason')} help={t('notice.reason.help')} required rows={2} value={reason} error={errors.reason} onChange={setReason} />
      <div className="actions">
        <Button type="submit" disabled={action.busy}>
          {t(retract ? 'notice.retract.submit' : 'notice.correct.submit')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('notice.cancel')}
        </Button>
      </div>
      <ActionOutcome action={action} />
    </form>
  );
}
