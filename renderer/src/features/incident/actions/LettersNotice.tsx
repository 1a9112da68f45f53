import { useState, type FormEvent } from 'react';
import { formatInstant } from '../../../../../shared/deadline';
import type { Incident } from '../../../../../shared/incident/model';
import type { Notification } from '../../../../../shared/incident/notifications';
import { toLocalInput } from '../../../../../shared/time/zoned';
import { recordNotification } from '../../../db/repository';
import { useServices, useT } from '../../../app/context';
import { useUi } from '../../../state/ui';
import { SelectField, TextField } from '../../intake/fields';
import { useRecordAction } from '../useRecordAction';
import { ActionOutcome } from './ActionOutcome';
import { NoticePanel, SentAtField } from './NoticePanel';
import { checkCount, checkPastTime } from './validate';

const CHANNELS = ['letter', 'email', 'phone', 'other'] as const;

/** Art. 34(1): the data subjects informed: when, how, and how many. */
export function LettersNotice({ incident, sent }: { incident: Incident; sent: Notification[] }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db, now, timeZone } = useServices();
  const action = useRecordAction();
  const [sentAt, setSentAt] = useState(() => toLocalInput(now(), timeZone));
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>('letter');
  const [count, setCount] = useState(() =>
    incident.facts.subjectCount === null ? '' : String(incident.facts.subjectCount),
  );
  const [errors, setErrors] = useState<{ sentAt?: string; count?: string }>({});
  const at = (iso: string) => formatInstant(new Date(iso), lang, timeZone);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const when = checkPastTime(sentAt, { now: now(), timeZone, notBefore: new Date(incident.awareAt) });
    const people = checkCount(count);
    setErrors({
      sentAt: when.ok ? undefined : t(`incident.error.${when.error}`),
      count: people.ok ? undefined : t(`incident.error.${people.error}`),
    });
    if (!when.ok || !people.ok) return;
    await action.run(
      (ctx) =>
        recordNotification(
          db,
          incident.id,
          {
            recipient: 'subjects',
            recipientName: null,
            phase: sent.some((n) => n.phase === 'initial') ? 'follow-up' : 'initial',
            phased: false,
            sentAt: when.value.toISOString(),
            channel,
            reference: null,
            subjectCount: people.value,
            documentName: null,
            pdfSha256: null,
            note: null,
          },
          ctx(),
        ),
      t('incident.letters.recorded'),
    );
  }

  return (
    <NoticePanel
      name="letters"
      title={t('incident.letters.title')}
      empty={t('incident.letters.none')}
      sent={sent}
      describe={(n) => {
        const params = { at: at(n.sentAt), channel: t(`incident.channel.${n.channel}`) };
        return n.subjectCount === null
          ? t('incident.letters.sentNoCount', params)
          : t('incident.letters.sent', { ...params, count: n.subjectCount });
      }}
    >
      {incident.status !== 'closed' && (
        <form onSubmit={submit} noValidate>
          <div className="field-row">
            <SentAtField value={sentAt} error={errors.sentAt} onChange={setSentAt} />
            <SelectField
              label={t('incident.action.channel')}
              value={channel}
              onChange={setChannel}
              options={CHANNELS.map((c) => ({ value: c, label: t(`incident.channel.${c}`) }))}
            />
            <TextField
              label={t('incident.letters.count')}
              help={t('incident.letters.count.help')}
              inputMode="numeric"
              value={count}
              error={errors.count}
              onChange={setCount}
            />
          </div>
          <div className="actions">
            <button type="submit" disabled={action.busy}>
              {t('incident.letters.submit')}
            </button>
          </div>
          <ActionOutcome action={action} />
        </form>
      )}
    </NoticePanel>
  );
}
