import { useId, useState, type FormEvent } from 'react';
import { formatInstant } from '../../../../shared/deadline';
import { RecordError } from '../../../../shared/incident/errors';
import type { Incident } from '../../../../shared/incident/model';
import {
  notificationChannels,
  notificationPhases,
  type Notification,
} from '../../../../shared/incident/notifications';
import { toLocalInput } from '../../../../shared/time/zoned';
import { explainDelay, recordNotification } from '../../db/repository';
import { useServices, useT } from '../../app/context';
import { useWriteContext } from '../../documents/useSettings';
import { useUi } from '../../state/ui';
import { Field, SelectField } from '../settings/Field';
import { checkRecordForm, needsDelayReason, type RecordErrors, type RecordForm } from './recordForm';

export interface ExportedPdf {
  name: string;
  sha256: string;
}

/** Records that the notice left: when, how, the receipt's reference, and the exact PDF's hash. */
export function RecordSent({
  incident,
  recipient,
  recipientName,
  earlier,
  exported,
  phased,
  timeZone,
}: {
  incident: Incident;
  recipient: 'authority' | 'controller';
  recipientName: string;
  earlier: readonly Notification[];
  exported: ExportedPdf | null;
  phased: boolean;
  timeZone: string;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db, now } = useServices();
  const writeContext = useWriteContext();
  const id = useId();
  const sentBefore = earlier.filter((n) => n.recipient === recipient);
  const [form, setForm] = useState<RecordForm>(() => ({
    sentAt: toLocalInput(now(), timeZone),
    reference: '',
    phase: sentBefore.length > 0 ? 'follow-up' : 'initial',
    phased,
    channel: recipient === 'authority' ? 'altinn' : 'email',
    delayReason: '',
  }));
  const [errors, setErrors] = useState<RecordErrors>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof RecordForm>(key: K) =>
    (value: RecordForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const context = {
    now: now(),
    timeZone,
    awareAt: new Date(incident.awareAt),
    authorityFirstNotice: recipient === 'authority' && sentBefore.length === 0,
    delayExplained: incident.delayReason !== null,
  };
  const askDelay = needsDelayReason(form, context);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setResult(null);
    const checked = checkRecordForm(form, { ...context, now: now() });
    if (!checked.ok) {
      setErrors(checked.errors);
      document.getElementById(`${id}-${checked.errors.sentAt ? 'sentAt' : 'delay'}`)?.focus();
      return;
    }
    setErrors({});
    if (recipient === 'controller' && recipientName.trim() === '') {
      setResult({ ok: false, text: t('notification.record.error.controller') });
      return;
    }
    setSaving(true);
    try {
      // Art. 33(1): the reasons for the delay are recorded before the late notice itself.
      if (checked.delayReason) await explainDelay(db, incident.id, checked.delayReason, writeContext());
      await recordNotification(
        db,
        incident.id,
        {
          recipient,
          recipientName: recipientName.trim() || null,
          phase: form.phase,
          phased: form.phased,
          sentAt: checked.sentAt,
          channel: form.channel,
          reference: form.reference.trim() || null,
          subjectCount: null,
          documentName: exported?.name ?? null,
          pdfSha256: exported?.sha256 ?? null,
          note: null,
        },
        writeContext(),
      );
      setResult({
        ok: true,
        text: t('notification.record.saved', {
          sentAt: formatInstant(new Date(checked.sentAt), lang, timeZone),
        }),
      });
      setForm((f) => ({ ...f, reference: '', delayReason: '', phase: 'follow-up' }));
    } catch (caught) {
      const text =
        caught instanceof RecordError
          ? caught.text[lang]
          : caught instanceof Error
            ? caught.message
            : String(caught);
      setResult({ ok: false, text: t('notification.record.failed', { message: text }) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="panel no-print">
      <h2 id={`${id}-title`}>{t('notification.record.title')}</h2>
      <p className="help">
        {t(recipient === 'authority' ? 'notification.record.help' : 'notification.record.helpController')}
      </p>
      <form onSubmit={submit} noValidate>
        <Field
          id={`${id}-sentAt`}
          type="datetime-local"
          label={t('notification.record.sentAt')}
          help={t('notification.record.sentAt.help', { zone: timeZone })}
          value={form.sentAt}
          onChange={set('sentAt')}
          error={
            errors.sentAt
              ? t(
                  errors.sentAt === 'future'
                    ? 'notification.record.error.future'
                    : 'notification.record.error.sentAt',
                )
              : null
          }
        />
        <SelectField
          id={`${id}-channel`}
          label={t('notification.record.channel')}
          value={form.channel}
          options={notificationChannels.map((c) => [c, t(`notification.record.channel.${c}`)] as const)}
          onChange={set('channel')}
        />
        <Field
          id={`${id}-reference`}
          label={t(
            recipient === 'authority'
              ? 'notification.record.reference'
              : 'notification.record.referenceController',
          )}
          help={recipient === 'authority' ? t('notification.record.reference.help') : undefined}
          value={form.reference}
          onChange={set('reference')}
          maxLength={200}
        />
        <SelectField
          id={`${id}-phase`}
          label={t('notification.record.phase')}
          value={form.phase}
          options={notificationPhases.map((p) => [p, t(`notification.record.phase.${p}`)] as const)}
          onChange={set('phase')}
        />
        <div className="check">
          <input
            id={`${id}-phased`}
            type="checkbox"
            checked={form.phased}
            onChange={(e) => set('phased')(e.target.checked)}
          />
          <label htmlFor={`${id}-phased`}>{t('notification.record.phased')}</label>
        </div>
        {askDelay && (
          <Field
            id={`${id}-delay`}
            multiline
            required
            label={t('notification.record.delay')}
            help={t('notification.record.delay.help')}
            value={form.delayReason}
            onChange={set('delayReason')}
            error={errors.delayReason ? t('notification.record.error.delay') : null}
          />
        )}
        <p className="help" data-testid="linked-document">
          {exported
            ? t('notification.record.document', { name: exported.name, sha: exported.sha256.slice(0, 16) })
            : t('notification.record.noDocument')}
        </p>
        <div className="actions">
          <button type="submit" className="primary" disabled={saving || incident.status === 'closed'}>
            {t('notification.record.submit')}
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
