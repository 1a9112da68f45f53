import { canonicalJson } from '../canonical';
import type { TimelineEvent } from '../incident/events';
import { orderEvents } from '../incident/project';

// Two laptops may change the same field while apart. Each chain is one installation's, so the
// histories merge without forks; what the record then shows is decided by one rule, the order in
// which every history is applied (shared/incident/project.ts orderEvents):
//
//   The change made later wins, by the time of the machine that made it; at the same instant, the
//   installation whose id sorts last wins. Both changes stay in the history.
//
// A change whose writer had not seen the value it replaced is found by its own `from`: each change
// records the value its writer saw. When that is not the value the history held at that point, two
// people changed the field without seeing each other's change, and the history says so.

export interface ConcurrentChange {
  /** The event whose change now stands (applied later). */
  eventId: string;
  /** The field, as the history names it: a detail ('title'), a fact ('facts.cause'), a setting. */
  field: string;
  /** The change it replaced without its writer having seen it. */
  replaced: { eventId: string; installationId: string; actor: string; at: string; value: unknown };
  /** The value the later writer saw (and changed). */
  seen: unknown;
}

interface FieldChange {
  field: string;
  /** What the writer saw; absent when the event does not say (reopening). */
  from?: unknown;
  to: unknown;
}

function fieldChanges(event: TimelineEvent): FieldChange[] {
  const changes = (prefix: string, record: Record<string, { from: unknown; to: unknown } | undefined>) =>
    Object.entries(record).flatMap(([field, change]) => (change ? [{ field: `${prefix}${field}`, from: change.from, to: change.to }] : []));
  switch (event.kind) {
    case 'details-changed':
      return changes('', event.payload.changes);
    case 'facts-changed':
      return changes('facts.', event.payload.changes);
    case 'settings-changed':
      return changes('settings.', event.payload.changes);
    case 'status-changed':
      return [{ field: 'status', from: event.payload.from, to: event.payload.to }];
    case 'closed':
      return [{ field: 'status', from: event.payload.from, to: 'closed' }];
    case 'reopened':
      return [{ field: 'status', to: 'investigating' }];
    default:
      // Profiles are each installation's own; other events add (measures, notices) or decide anew.
      return [];
  }
}

/** Every change in a history that replaced a value its writer had not seen, in the order applied. */
export function concurrentChanges(events: readonly TimelineEvent[]): ConcurrentChange[] {
  const last = new Map<string, { event: TimelineEvent; value: unknown }>();
  const found: ConcurrentChange[] = [];
  for (const event of orderEvents(events)) {
    for (const change of fieldChanges(event)) {
      const before = last.get(change.field);
      const unseen = before && 'from' in change && before.event.installationId !== event.installationId && canonicalJson(change.from ?? null) !== canonicalJson(before.value ?? null);
      if (before && unseen) {
        found.push({
          eventId: event.id,
          field: change.field,
          replaced: { eventId: before.event.id, installationId: before.event.installationId, actor: before.event.actor, at: before.event.at, value: before.value },
          seen: change.from,
        });
      }
      last.set(change.field, { event, value: change.to });
    }
  }
  return found;
}
