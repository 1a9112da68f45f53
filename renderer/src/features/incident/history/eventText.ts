import type { Lang, MessageKey } from '../../../../../shared/i18n';
import { DETAIL_FIELD_NAMES } from '../../../../../shared/incident/changes';
import type { DetailField, TimelineEvent } from '../../../../../shared/incident/events';
import type { NotificationPhase } from '../../../../../shared/incident/notifications';
import { textIn, toBilingual, type BilingualInput } from '../../../../../shared/incident/text';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface EventWords {
  /** What happened, in one sentence. */
  text: string;
  /** Free text that belongs to it (a rationale, a measure, a summary), shown under it. */
  detail: string | null;
}

/** An event of the timeline in the user's language. People are never named: events hold ids only. */
export function eventWords(event: TimelineEvent, t: T, lang: Lang): EventWords {
  const yesNo = (value: boolean) => t(value ? 'incident.decision.yes' : 'incident.decision.no');
  const words = (text: BilingualInput) => textIn(toBilingual(text), lang) || null;
  const notice = (key: 'authority-notified' | 'controller-notified' | 'subjects-notified' | 'public-notified', p: { phase: NotificationPhase; reference: string | null }) =>
    t(`incident.event.${key}`, { phase: t(`incident.phase.${p.phase}`), reference: p.reference ?? t('incident.noReference') });
  switch (event.kind) {
    case 'incident-created':
      return { text: t('incident.event.incident-created', { ref: event.payload.ref }), detail: null };
    case 'details-changed': {
      const fields = Object.keys(event.payload.changes).map((field) => DETAIL_FIELD_NAMES[field as DetailField][lang]);
      return { text: t('incident.event.details-changed', { fields: fields.join(', ') }), detail: null };
    }
    case 'facts-changed': {
      const fields = Object.keys(event.payload.changes).map((fact) =>
        t(`incident.factName.${fact as keyof typeof event.payload.changes}`),
      );
      return { text: t('incident.event.facts-changed', { fields: fields.join(', ') }), detail: null };
    }
    case 'assessed':
      return {
        text: t('incident.event.assessed', { risk: t(`dashboard.risk.${event.payload.risk}`) }),
        detail: null,
      };
    case 'decision-recorded': {
      const p = event.payload;
      const text = p.notifyController
        ? t('incident.event.decision-recorded.processor', { controller: yesNo(p.notifyController) })
        : t('incident.event.decision-recorded', {
            authority: yesNo(p.notifyAuthority),
            subjects: yesNo(p.notifySubjects),
          });
      return { text, detail: words(p.rationale) };
    }
    case 'delay-explained':
      return { text: t('incident.event.delay-explained'), detail: words(event.payload.reason) };
    case 'measure-recorded':
      return {
        text: t('incident.event.measure-recorded', {
          kind: t(`incident.measures.kind.${event.payload.kind}`),
        }),
        detail: words(event.payload.text),
      };
    case 'measure-changed':
      return {
        text: t(event.payload.doneAt ? 'incident.event.measure-done' : 'incident.event.measure-changed'),
        detail: event.payload.text === undefined ? null : words(event.payload.text),
      };
    case 'authority-notified':
    case 'controller-notified':
    case 'subjects-notified':
    case 'public-notified':
      return { text: notice(event.kind, event.payload), detail: event.payload.note ?? null };
    case 'notice-corrected':
      return { text: t('incident.event.notice-corrected'), detail: event.payload.reason };
    case 'notice-retracted':
      return { text: t('incident.event.notice-retracted'), detail: event.payload.reason };
    case 'attachment-added':
      return { text: t('incident.event.attachment-added', { name: event.payload.name }), detail: event.payload.note || null };
    case 'attachment-removed':
      return { text: t('incident.event.attachment-removed'), detail: event.payload.reason || null };
    case 'record-migrated':
      return { text: t('incident.event.record-migrated'), detail: null };
    case 'settings-changed':
    case 'profile-changed':
      return { text: t('incident.event.settings-changed'), detail: null };
    case 'installation-trusted':
    case 'installation-distrusted':
      return { text: t('incident.event.installation-trusted'), detail: null };
    case 'status-changed':
      return {
        text: t('incident.event.status-changed', {
          from: t(`incident.status.${event.payload.from}`),
          to: t(`incident.status.${event.payload.to}`),
        }),
        detail: null,
      };
    case 'closed':
      return { text: t('incident.event.closed'), detail: words(event.payload.summary) };
    case 'reopened':
      return { text: t('incident.event.reopened'), detail: event.payload.reason };
    case 'subjects-imported':
      return { text: t('incident.event.subjects-imported', { count: event.payload.count }), detail: null };
    case 'subjects-erased':
      return {
        text: t('incident.event.subjects-erased', { count: event.payload.subjectIds.length }),
        detail: event.payload.reason ? t(`people.erase.reason.${event.payload.reason}`) : null,
      };
    case 'subject-corrected':
      return {
        text: t('incident.event.subject-corrected', {
          fields: event.payload.fields.map((field) => t(`letters.field.${field}`).toLocaleLowerCase(lang)).join(', '),
        }),
        detail: null,
      };
    case 'document-exported':
      return { text: t('incident.event.document-exported', { name: event.payload.name }), detail: null };
  }
}
