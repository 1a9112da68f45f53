import type { BreachFacts } from '../../assessment';
import { canonicalJson } from '../../canonical';
import { detailFields, type DetailField } from '../../incident/details';
import type { TimelineEvent } from '../../incident/events';
import type { Attachment, Incident, Measure } from '../../incident/model';
import type { Notification, NotificationRecipient } from '../../incident/notifications';
import { orderEvents, replayIncident } from '../../incident/project';

// Art. 33(4): "the information may be provided in phases without undue further delay". A follow-up
// says what is new since the last notice: the record as it stood when that notice was recorded is
// rebuilt from the history (the events up to and including the notice's own event) and compared,
// field by field, with the record now. Pure: the history decides, not what a screen remembers.

/** What differs between the record as it was notified and the record now. */
export interface RecordChanges {
  /** Facts of the assessment's vocabulary whose answer changed. */
  facts: (keyof BreachFacts)[];
  /** Detail fields (shared/incident/details.ts) whose value changed, in the record's order. */
  details: DetailField[];
  /** Measures recorded since, or changed since (marked done, reworded). */
  measures: Measure[];
  /** Files attached since. */
  attachments: Attachment[];
  /** The organisation recorded a (new) decision on notifying. */
  decision: boolean;
  /** Reasons for the delay given or changed since. */
  delayReason: boolean;
}

export interface SinceLastNotice {
  /** The last notice sent to the recipient, the one the changes are counted from. */
  notice: Notification;
  changes: RecordChanges;
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** Field by field: what `after` holds that `before` did not. */
export function recordChanges(before: Incident, after: Incident): RecordChanges {
  const factKeys = [...new Set([...Object.keys(before.facts), ...Object.keys(after.facts)])] as (keyof BreachFacts)[];
  const earlier = new Map(before.measures.map((m) => [m.id, m]));
  const known = new Set(before.attachments.map((a) => a.id));
  return {
    facts: factKeys.filter((fact) => fact !== 'role' && !same(before.facts[fact], after.facts[fact])),
    details: detailFields.filter((field) => !same(before[field], after[field])),
    measures: after.measures.filter((m) => !same(earlier.get(m.id), m)),
    attachments: after.attachments.filter((a) => !known.has(a.id)),
    decision: !same(before.decision, after.decision),
    delayReason: !same(before.delayReason, after.delayReason),
  };
}

/** Nothing changed at all. */
export function noChanges(changes: RecordChanges): boolean {
  return (
    changes.facts.length === 0 &&
    changes.details.length === 0 &&
    changes.measures.length === 0 &&
    changes.attachments.length === 0 &&
    !changes.decision &&
    !changes.delayReason
  );
}

const NOTIFIED_KIND: Record<NotificationRecipient, TimelineEvent['kind']> = {
  authority: 'authority-notified',
  controller: 'controller-notified',
  subjects: 'subjects-notified',
  public: 'public-notified',
};

/** The incident as its history stood once the notice `notificationId` was recorded; null if no event records it. */
export function incidentAsNotified(events: readonly TimelineEvent[], notificationId: string): Incident | null {
  const ordered = orderEvents(events);
  const at = ordered.findIndex(
    (e) => Object.values(NOTIFIED_KIND).includes(e.kind) && (e.payload as { notificationId?: string }).notificationId === notificationId,
  );
  if (at < 0) return null;
  return replayIncident(ordered.slice(0, at + 1))?.incident ?? null;
}

/**
 * What is new since the last notice sent to `recipient` (by the time it was sent, as corrected);
 * null when nothing has been sent yet or the history does not record that notice.
 */
export function changesSinceLastNotice(
  events: readonly TimelineEvent[],
  incident: Incident,
  notifications: readonly Notification[],
  recipient: NotificationRecipient = 'authority',
): SinceLastNotice | null {
  const sent = notifications
    .filter((n) => n.incidentId === incident.id && n.recipient === recipient)
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.recordedAt.localeCompare(b.recordedAt));
  const last = sent.at(-1);
  if (!last) return null;
  const before = incidentAsNotified(events.filter((e) => e.incidentId === incident.id), last.id);
  if (!before) return null;
  return { notice: last, changes: recordChanges(before, incident) };
}
