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
import { checkPastTime } from './validate';

const CHANNELS = ['email', 'phone', 'letter', 'other'] as const;

/** Art. 33(2): a processor tells its controller, without undue delay. */
export function ControllerNotice({ incident, sent }: { incident: Incident; sent: Notification[] }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db, now, timeZone } = useServices();
  const action = useRecordAction();
  const [sentAt, setSentAt] = useState(() => toLocalInput(now(), timeZone));
  const [name, setName] = useState(() => sent.at(-1)?.recipientName ?? '');
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>('email');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<{ sentAt?: string; name?: string }>({});
  const at = (iso: string) => formatInstant(new Date(iso), lang, timeZone);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const when = checkPastTime(sentAt, { now: now(), timeZone, notBefore: new Date(incident.awareAt) });
    const controller = name.trim();
    setErrors({
      sentAt: when.ok ? undefined : t(`incident.error.${when.error}`),
      name: controller ? undefined : t('incident.error.controller-required'),
    });
    if (!when.ok || !controller) return;
    const saved = await action.run(
      (ctx) =>
        recordNotification(
          db,
          incident.id,
          {
            recipient: 'controller',
            recipientName: controller,
            phase: sent.some((n) => n.phase === 'initial') ? 'follow-up' : 'initial',
            phased: false,
            sentAt: when.value.toISOString(),
            channel,
            reference: reference.trim() || null,
            subjectCount: null,
            documentName: null,
            pdfSha256: null,
            note: null,
          },
          ctx(),
        ),
      t('incident.controllerNotice.recorded'),
    );
    if (saved) setReference('');
  }

  return (
    <NoticePanel
      name="controller"
      title={t('incident.controllerNotice.title')}
      empty={t('incident.controllerNotice.none')}
      sent={sent}
      describe={(n) =>
        t('incident.controllerNotice.sent', {
          name: n.recipientName ?? '',
          at: at(n.sentAt),
          channel: t(`incident.channel.${n.channel}`),
        })
      }
    >
      {incident.status !== 'closed' && (
        <form onSubmit={submit} noValidate>
          <div className="field-row">
            <TextField
              label={t('incident.controllerNotice.name')}
              required
              value={name}
              error={errors.name}
              onChange={setName}
            />
            <SentAtField value={sentAt} error={errors.sentAt} onChange={setSentAt} />
          </div>
          <div className="field-row">
            <SelectField
              label={t('incident.action.channel')}
              value={channel}
              onChange={setChannel}
              options={CHANNELS.map((c) => ({ value: c, label: t(`incident.channel.${c}`) }))}
            />
            <TextField
              label={t('incident.controllerNotice.reference')}
              value={reference}
              onChange={setReference}
            />
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={action.busy}>
              {t('incident.controllerNotice.submit')}
            </button>
          </div>
          <ActionOutcome action={action} />
        </form>
      )}
    </NoticePanel>
  );
}
