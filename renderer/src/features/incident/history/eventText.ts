import type { MessageKey } from '../../../../../shared/i18n';
import type { TimelineEvent } from '../../../../../shared/incident/events';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface EventWords {
  /** What happened, in one sentence. */
  text: string;
  /** Free text that belongs to it (a rationale, a measure, a summary), shown under it. */
  detail: string | null;
}

/** An event of the timeline in the user's language. People are never named: events hold ids only. */
export function eventWords(event: TimelineEvent, t: T): EventWords {
  const yesNo = (value: boolean) => t(value ? 'incident.decision.yes' : 'incident.decision.no');
  switch (event.kind) {
    case 'incident-created':
      return { text: t('incident.event.incident-created', { ref: event.payload.ref }), detail: null };
    case 'details-changed': {
      const fields = Object.keys(event.payload.changes).map((field) =>
        t(`incident.detail.${field as keyof typeof event.payload.changes}`),
      );
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
      return { text, detail: p.rationale };
    }
    case 'delay-explained':
      return { text: t('incident.event.delay-explained'), detail: event.payload.reason };
    case 'measure-recorded':
      return {
        text: t('incident.event.measure-recorded', {
          kind: t(`incident.measures.kind.${event.payload.kind}`),
        }),
        detail: event.payload.text,
      };
    case 'authority-notified':
      return {
        text: t('incident.event.authority-notified', {
          phase: t(`incident.phase.${event.payload.phase}`),
          reference: event.payload.reference ?? t('incident.noReference'),
        }),
        detail: null,
      };
    case 'controller-notified':
      return {
        text: t('incident.event.controller-notified', { phase: t(`incident.phase.${event.payload.phase}`) }),
        detail: null,
      };
    case 'subjects-notified':
      return { text: t('incident.event.subjects-notified'), detail: null };
    case 'status-changed':
      return {
        text: t('incident.event.status-changed', {
          from: t(`incident.status.${event.payload.from}`),
          to: t(`incident.status.${event.payload.to}`),
        }),
        detail: null,
      };
    case 'closed':
      return { text: t('incident.event.closed'), detail: event.payload.summary };
    case 'reopened':
      return { text: t('incident.event.reopened'), detail: event.payload.reason };
    case 'subjects-imported':
      return { text: t('incident.event.subjects-imported', { count: event.payload.count }), detail: null };
    case 'subjects-erased':
      return {
        text: t('incident.event.subjects-erased', { count: event.payload.subjectIds.length }),
        detail: null,
      };
    case 'document-exported':
      return { text: t('incident.event.document-exported', { name: event.payload.name }), detail: null };
  }
}
