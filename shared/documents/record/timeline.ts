import type {
  TimelineDocumentInput,
  TimelineEntry,
  TimelineEventKind,
} from '../types';
import { translate, type MessageKey } from '../../i18n';
import type { TimelineEvent } from '../../incident/events';
import type { Incident } from '../../incident/model';
import type { Notification } from '../../incident/notifications';
import type { Settings } from '../../incident/settings';
import { riskLabels, statusLabels } from '../../register';
import { deadlineDuty } from '../../duty';
import { textFor, toBilingual } from '../../incident/text';
import type { DocumentMoment } from './notification';
import { organisationOf } from './people';
import type { Lang } from '../../i18n/lang';

// The management view of an incident's history: the moments that matter (assessed, decided,
// measures, notified, status), worded for people who were not there. Edits of details and facts,
// imports and exports stay in the full record; they would crowd the picture.

const SHOWN: ReadonlySet<TimelineEvent['kind']> = new Set([
  'incident-created',
  'assessed',
  'decision-recorded',
  'delay-explained',
  'measure-recorded',
  'authority-notified',
  'controller-notified',
  'subjects-notified',
  'public-notified',
  'status-changed',
  'closed',
  'reopened',
]);

const MAX_TEXT = 80;
const short = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1).trimEnd()}…` : text);

export interface ManagementEntry extends TimelineEntry {
  id: string;
}

function describe(event: TimelineEvent, lang: Lang): { label: string; kind: TimelineEventKind } {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const reference = (ref: string | null) => (ref ? `, ${ref}` : '');
  switch (event.kind) {
    case 'assessed':
      return {
        label: t('timeline.event.assessed', { risk: riskLabels[event.payload.risk][lang] }),
        kind: 'assessed',
      };
    case 'decision-recorded': {
      const p = event.payload;
      const parts = [
        t(p.notifyAuthority ? 'timeline.event.decision.notify' : 'timeline.event.decision.notNotify'),
        t(p.notifySubjects ? 'timeline.event.decision.subjects' : 'timeline.event.decision.notSubjects'),
      ];
      return {
        label: t('timeline.event.decision-recorded', { decision: parts.join(', ') }),
        kind: 'assessed',
      };
    }
    case 'measure-recorded':
      return {
        label: t(`timeline.event.measure.${event.payload.kind}`, { text: short(textFor(toBilingual(event.payload.text), lang)) }),
        kind: event.payload.kind === 'containment' ? 'contained' : 'other',
      };
    case 'authority-notified': {
      const followUp = event.payload.phase !== 'initial';
      return {
        label: t(followUp ? 'timeline.event.authority-follow-up' : 'timeline.event.authority-notified', {
          reference: reference(event.payload.reference),
        }),
        kind: followUp ? 'follow-up' : 'notified-authority',
      };
    }
    case 'controller-notified':
      return {
        label: t('timeline.event.controller-notified', { reference: reference(event.payload.reference) }),
        kind: 'notified-controller',
      };
    case 'subjects-notified':
      return {
        label: t('timeline.event.subjects-notified', { count: event.payload.subjectCount ?? '?' }),
        kind: 'notified-subjects',
      };
    case 'public-notified':
      return {
        label: t('timeline.event.public-notified', { reference: reference(event.payload.reference) }),
        kind: 'notified-subjects',
      };
    case 'status-changed':
      return {
        label: t('timeline.event.status-changed', { status: statusLabels[event.payload.to][lang] }),
        kind: event.payload.to === 'contained' ? 'contained' : 'other',
      };
    case 'closed':
      return { label: t('timeline.event.closed'), kind: 'closed' };
    case 'incident-created':
      return { label: t('timeline.event.incident-created'), kind: 'other' };
    case 'delay-explained':
      return { label: t('timeline.event.delay-explained'), kind: 'other' };
    case 'reopened':
      return { label: t('timeline.event.reopened'), kind: 'other' };
    default:
      // Not among the moments shown (SHOWN): never asked for.
      return { label: event.kind, kind: 'other' };
  }
}

/**
 * The events management sees, in time order, in `lang`. A notice stands at the time it was sent,
 * as corrected; one recorded by mistake (retracted) is not shown as sent.
 */
export function managementEvents(events: readonly TimelineEvent[], notifications: readonly Notification[], lang: Lang): ManagementEntry[] {
  const sentAt = new Map(notifications.map((n) => [n.id, n.sentAt]));
  return events
    .filter((event) => SHOWN.has(event.kind))
    .flatMap((event) => {
      if (!('notificationId' in event.payload)) return [{ id: event.id, at: event.at, ...describe(event, lang) }];
      const at = sentAt.get(event.payload.notificationId);
      return at ? [{ id: event.id, at, ...describe(event, lang) }] : [];
    })
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** When the duty of our role was done (shared/duty): Datatilsynet notified, or the controller told. */
export function dutyDoneAt(incident: Incident, notifications: readonly Notification[]): string | null {
  return deadlineDuty(incident, notifications).doneAt?.toISOString() ?? null;
}

export function timelineInput(
  incident: Incident,
  events: readonly TimelineEvent[],
  notifications: readonly Notification[],
  settings: Settings | undefined,
  moment: DocumentMoment,
): TimelineDocumentInput {
  return {
    lang: moment.lang,
    timeZone: moment.timeZone,
    now: moment.now.toISOString(),
    organisation: organisationOf(settings),
    incident: {
      ref: incident.ref,
      title: incident.title,
      status: incident.status,
      role: incident.role,
      occurredFrom: incident.occurredFrom,
      occurredTo: incident.occurredTo,
      discoveredAt: incident.discoveredAt,
      awareAt: incident.awareAt,
    },
    events: managementEvents(events, notifications, moment.lang).map(({ at, label, kind }) => ({ at, label, kind })),
    notifiedAt: dutyDoneAt(incident, notifications),
    controllerNoticeHours: settings?.processorDeadlineHours,
    // The recorded assessment: the timeline reports what was concluded, not a fresh reading.
    assessment: incident.assessment?.result ?? null,
  };
}
