import { useId, useState, type FormEvent } from 'react';
import { formatInstant } from '../../../../shared/deadline';
import { RecordError } from '../../../../shared/incident/errors';
import type { Incident } from '../../../../shared/incident/model';
import type { Notification } from '../../../../shared/incident/notifications';
import { instantFromWallTime, parseLocalInput, toLocalInput } from '../../../../shared/time/zoned';
import { recordNotification } from '../../db/repository';
import { useServices, useT } from '../../app/context';
import { useWriteContext } from '../../documents/useSettings';
import { useUi } from '../../state/ui';
import { Field, SelectField } from '../settings/Field';
import type { ExportedLetters } from './ExportLetters';

type Channel = 'letter' | 'email' | 'other';

/** Art. 34: the letters went out: when, how, to how many, and which print file. */
export function RecordLetters({
  incident,
  people,
  earlier,
  exported,
  timeZone,
}: {
  incident: Incident;
  people: number;
  earlier: readonly Notification[];
  exported: ExportedLetters | null;
  timeZone: string;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db, now } = useServices();
  const writeContext = useWriteContext();
  const id = useId();
  const [sentAt, setSentAt] = useState(() => toLocalInput(now(), timeZone));
  const [channel, setChannel] = useState<Channel>('letter');
  const [count, setCount] = useState(String(exported?.count ?? people));
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<{ sentAt?: string; count?: string }>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    const wall = parseLocalInput(sentAt);
    const instant = wall ? instantFromWallTime(wall, timeZone) : null;
    const next: typeof errors = {};
    if (!instant) next.sentAt = t('notification.record.error.sentAt');
    else if (instant.getTime() > now().getTime() + 60_000)
      next.sentAt = t('notification.record.error.future');
    if (!/^\d+$/.test(count.trim())) next.count = t('letters.record.error.count');
    setErrors(next);
    if (Object.keys(next).length > 0 || !instant) return;
    try {
      const sentBefore = earlier.some((n) => n.recipient === 'subjects');
      await recordNotification(
        db,
        incident.id,
        {
          recipient: 'subjects',
          recipientName: null,
          phase: sentBefore ? 'follow-up' : 'initial',
          phased: false,
          sentAt: instant.toISOString(),
          channel,
          reference: reference.trim() || null,
          subjectCount: Number(count.trim()),
          documentName: exported?.name ?? null,
          pdfSha256: exported?.sha256 ?? null,
          note: null,
        },
        writeContext(),
      );
      setResult({
        ok: true,
        text: t('letters.record.saved', {
          count: Number(count.trim()),
          sentAt: formatInstant(instant, lang, timeZone),
        }),
      });
    } catch (caught) {
      const message =
        caught instanceof RecordError
          ? caught.text[lang]
          : caught instanceof Error
            ? caught.message
            : String(caught);
      setResult({ ok: false, text: t('letters.record.failed', { message }) });
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="panel no-print">
      <h2 id={`${id}-title`}>{t('letters.record.title')}</h2>
      <p className="help">{t('letters.record.help')}</p>
      <form onSubmit={submit} noValidate>
        <div className="two-col">
          <Field
            id={`${id}-sentAt`}
            type="datetime-local"
            label={t('letters.record.sentAt')}
            help={t('notification.record.sentAt.help', { zone: timeZone })}
            value={sentAt}
            onChange={setSentAt}
            error={errors.sentAt}
          />
          <SelectField<Channel>
            id={`${id}-channel`}
            label={t('letters.record.channel')}
            value={channel}
            options={[
              ['letter', t('notification.record.channel.letter')],
              ['email', t('notification.record.channel.email')],
              ['other', t('notification.record.channel.other')],
            ]}
            onChange={setChannel}
          />
          <Field
            id={`${id}-count`}
            inputMode="numeric"
            label={t('letters.record.count')}
            value={count}
            onChange={setCount}
            error={errors.count}
          />
          <Field
            id={`${id}-reference`}
            label={t('letters.record.reference')}
            value={reference}
            onChange={setReference}
            maxLength={200}
          />
        </div>
        {exported && (
          <p className="help">
            {t('notification.record.document', {
              name: exported.name,
              sha: (exported.sha256 ?? '').slice(0, 16),
            })}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={incident.status === 'closed'}>
            {t('letters.record.submit')}
          </button>
        </div>
      </form>
      <div role="status">{result?.ok && <p className="notice notice--ok">{result.text}</p>}</div>
      {result && !result.ok && (
        <p role="alert" className="form-error">
          {result.text}
        </p>
      )}
    </section>
  );
}
