import { Button } from '@digdir/designsystemet-react';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { assessBreach } from '../../../../shared/assessment';
import { authorityDeadline, formatInstant } from '../../../../shared/deadline';
import type { MessageKey } from '../../../../shared/i18n';
import type { Incident } from '../../../../shared/incident/model';
import type { Notification, NotificationRecipient } from '../../../../shared/incident/notifications';
import { toLocalInput } from '../../../../shared/time/zoned';
import { recordNotification } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import './notice.css';
import { ActionOutcome } from '../ActionOutcome';
import { useRecordAction } from '../useRecordAction';
import { useUi } from '../../state/ui';
import { Checkbox, SelectField, TextAreaField, TextField } from '../fields';
import { NoticeItem } from './NoticeItem';
import { allowedPhases, asksForDelayReason, CHANNELS, checkNoticeForm, emptyForm, phasedByDefault, type NoticeForm } from './noticeForm';

/** The panel's id and test id: kept from the screens' first version so links and tests find them. */
const PANEL_NAME: Record<NotificationRecipient, string> = { authority: 'authority', controller: 'controller', subjects: 'letters', public: 'public' };

export interface NoticeDocument {
  name: string;
  sha256: string;
}

/**
 * "We told someone": the notices already recorded for one recipient (each can be corrected or
 * withdrawn as recorded by mistake) and the form to record the next one. The one place a notice is
 * recorded, on every screen that records one; the rules are shared/incident/notices.
 */
export function NoticePanel({
  incident,
  notifications,
  recipient,
  document = null,
  defaults = {},
  headingLevel = 2,
  withForm = true,
}: {
  incident: Incident;
  /** Every notice of the incident. */
  notifications: readonly Notification[];
  recipient: NotificationRecipient;
  /** The PDF exported for this notice, linked to it by its hash. */
  document?: NoticeDocument | null;
  defaults?: { phased?: boolean; recipientName?: string; subjectCount?: number | null };
  headingLevel?: 2 | 3;
  /** False: only the notices recorded (a step done shows them as its summary). */
  withForm?: boolean;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const setFlash = useUi((s) => s.setFlash);
  const { db, now, timeZone } = useServices();
  const action = useRecordAction();
  const id = useId();
  const name = PANEL_NAME[recipient];
  const sent = notifications.filter((n) => n.recipient === recipient).sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  const phases = allowedPhases(recipient, notifications);
  // What the record suggests for the form. It can change while the form is open (the controller
  // saved above it, the head count in the facts, a new assessment, a PDF exported): fields the user
  // has not touched follow it, and nothing the user typed is replaced.
  const phasedSuggested = useMemo(() => defaults.phased ?? phasedByDefault(assessBreach(incident.facts)), [defaults.phased, incident.facts]);
  const suggested = {
    phased: phasedSuggested,
    recipientName: defaults.recipientName ?? sent.at(-1)?.recipientName ?? incident.controller?.name ?? '',
    subjectCount: defaults.subjectCount ?? incident.facts.subjectCount,
  };
  const fresh = () => emptyForm(recipient, notifications, { sentAt: toLocalInput(now(), timeZone), ...suggested });
  const [form, setForm] = useState<NoticeForm>(fresh);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const touched = useRef(new Set<keyof NoticeForm>());
  const set = <K extends keyof NoticeForm>(key: K) => (value: NoticeForm[K]) => {
    touched.current.add(key);
    setForm((f) => ({ ...f, [key]: value }));
  };
  const { phased, recipientName, subjectCount } = emptyForm(recipient, notifications, { sentAt: '', ...suggested });
  useEffect(() => {
    const follow: Pick<NoticeForm, 'phased' | 'recipientName' | 'subjectCount'> = { phased, recipientName, subjectCount };
    setForm((f) => {
      const keys = (['phased', 'recipientName', 'subjectCount'] as const).filter((key) => !touched.current.has(key) && f[key] !== follow[key]);
      return keys.length === 0 ? f : { ...f, ...Object.fromEntries(keys.map((key) => [key, follow[key]])) };
    });
  }, [phased, recipientName, subjectCount]);
  const phase = phases.includes(form.phase) ? form.phase : (phases[0] ?? form.phase);
  const current = { ...form, phase };
  const askDelay = asksForDelayReason(current, recipient, incident, timeZone);
  const Heading = `h${headingLevel}` as const;
  const open = incident.status !== 'closed';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkNoticeForm(current, {
      recipient,
      incident,
      notifications,
      now: now(),
      timeZone,
      documentName: document?.name ?? null,
      pdfSha256: document?.sha256 ?? null,
    });
    if (!checked.ok) {
      setErrors(Object.fromEntries(Object.entries(checked.errors).map(([field, code]) => [field, t(`notice.error.${code}` as MessageKey)])));
      return;
    }
    setErrors({});
    // The confirmation is the page's message, not this form's: recording moves the screen on to
    // the next notice (a screen may remount this panel for it), and the message must outlive that.
    // It belongs to the page the notice was recorded on, even if the save ends after the user left.
    const page = useUi.getState().route;
    const delay = checked.delayReason ? { nb: lang === 'nb' ? checked.delayReason : '', en: lang === 'en' ? checked.delayReason : '' } : null;
    const saved = await action.run((ctx) => recordNotification(db, incident.id, checked.input, ctx(), delay));
    if (!saved) return;
    setFlash({ key: 'notice.recorded', params: { at: formatInstant(new Date(checked.input.sentAt), lang, timeZone) } }, page);
    touched.current.clear();
    setForm({ ...fresh(), phase: 'follow-up' });
  }

  return (
    <section aria-labelledby={`${name}-title`} className="inc-panel inc-notice" data-testid={`${name}-notice`}>
      <Heading id={`${name}-title`}>{t(`notice.title.${recipient}`)}</Heading>
      {sent.length === 0 ? (
        <p>{t(`notice.none.${recipient}`)}</p>
      ) : (
        <ul className="sent-list">
          {sent.map((n) => (
            <NoticeItem key={n.id} incident={incident} notice={n} notifications={notifications} editable={open} />
          ))}
        </ul>
      )}
      {withForm && open && phases.length > 0 && (
        <form onSubmit={submit} noValidate aria-labelledby={`${name}-title`}>
          {recipient === 'controller' && (
            <TextField label={t('notice.recipientName')} required value={form.recipientName} error={errors.recipientName} onChange={set('recipientName')} />
          )}
          <div className="field-row">
            <TextField
              label={t(recipient === 'public' ? 'notice.sentAt.public' : 'notice.sentAt')}
              help={t('notice.sentAt.help', { zone: timeZone })}
              type="datetime-local"
              required
              value={form.sentAt}
              error={errors.sentAt}
              onChange={set('sentAt')}
            />
            <SelectField
              label={t(recipient === 'public' ? 'notice.channel.public' : 'notice.channel')}
              value={form.channel}
              onChange={set('channel')}
              options={CHANNELS[recipient].map((c) => ({ value: c, label: t(`incident.channel.${c}`) }))}
            />
          </div>
          <TextField
            label={t(`notice.reference.${recipient}`)}
            help={recipient === 'authority' ? t('notice.reference.authority.help') : recipient === 'public' ? t('notice.reference.public.help') : undefined}
            required={(recipient === 'authority' && form.channel === 'altinn') || recipient === 'public'}
            maxLength={200}
            value={form.reference}
            error={errors.reference}
            onChange={set('reference')}
          />
          <SelectField
            label={t('notice.phase')}
            value={phase}
            error={errors.phase}
            onChange={set('phase')}
            options={phases.map((p) => ({ value: p, label: t(`notice.phase.${p}`) }))}
          />
          {phase === 'initial' && (recipient === 'authority' || recipient === 'controller') && (
            <div>
              <Checkbox label={t('notice.phased')} checked={form.phased} onChange={set('phased')} />
              {defaults.phased === undefined && phasedByDefault(assessBreach(incident.facts)) && <p className="help">{t('notice.phased.suggested')}</p>}
            </div>
          )}
          {(recipient === 'subjects' || recipient === 'public') && (
            <TextField label={t('notice.count')} help={t('notice.count.help')} inputMode="numeric" value={form.subjectCount} error={errors.subjectCount} onChange={set('subjectCount')} />
          )}
          {askDelay && (
            <TextAreaField
              label={t('notice.delayReason')}
              help={t('notice.delayReason.help', { deadline: formatInstant(authorityDeadline(new Date(incident.awareAt)), lang, timeZone) })}
              required
              value={form.delayReason}
              error={errors.delayReason}
              onChange={set('delayReason')}
            />
          )}
          {document && (
            <p className="help" id={`${id}-document`} data-testid="linked-document">
              {t('notice.document', { name: document.name, sha: document.sha256.slice(0, 16) })}
            </p>
          )}
          <div className="actions">
            <Button type="submit" disabled={action.busy}>
              {t(`notice.submit.${recipient}`)}
            </Button>
          </div>
          <ActionOutcome action={action} />
        </form>
      )}
    </section>
  );
}
