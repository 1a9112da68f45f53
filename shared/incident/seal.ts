import { linkEvent, type Digest } from '../chain';
import type { Change, ChangeMeta } from './changes';
import { timelineEventSchema, type TimelineEvent } from './events';
import { incidentSchema, type Incident } from './model';

/**
 * A change made permanent: its event chained after the incident's last event on this
 * installation, and the incident recording that event as its head. Both validated; the caller
 * stores them together or not at all.
 */
export async function sealChange(
  change: Change,
  where: { eventId: string; installationId: string; meta: ChangeMeta },
  digest: Digest,
): Promise<{ incident: Incident; event: TimelineEvent }> {
  const { eventId, installationId, meta } = where;
  const draft = { id: eventId, incidentId: change.incident.id, installationId, at: meta.at, actor: meta.actor, ...change.event };
  const event = await linkEvent<TimelineEvent>(
    draft as Omit<TimelineEvent, 'seq' | 'prevHash' | 'hash'>,
    change.incident.heads[installationId] ?? null,
    digest,
  );
  const incident = incidentSchema.parse({
    ...change.incident,
    updatedAt: meta.at,
    heads: { ...change.incident.heads, [installationId]: { seq: event.seq, hash: event.hash } },
  });
  return { incident, event: timelineEventSchema.parse(event) };
}
