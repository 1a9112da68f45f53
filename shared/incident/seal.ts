import { inCanonicalOrder } from '../canonical';
import { linkEvent, signHash, type ChainHead, type Digest, type Sign } from '../chain';
import type { ChangeMeta } from './changes';
import { timelineEventSchema, type EventDraft, type TimelineEvent } from './events';

/**
 * A change made permanent: its event chained after the last event this installation wrote in the
 * same history (`head`), and validated. What the record becomes is then the projection's business
 * (project.ts); the caller stores event and projection together or not at all.
 */
export async function sealEvent(
  draft: EventDraft,
  where: { eventId: string; historyId: string; installationId: string; meta: ChangeMeta; head: ChainHead | null },
  digest: Digest,
  /** This installation's signing; without it the event is sealed unsigned (tests of the chain alone). */
  sign?: Sign,
): Promise<TimelineEvent> {
  const { eventId, historyId, installationId, meta, head } = where;
  const unsealed = { id: eventId, incidentId: historyId, installationId, at: meta.at, actor: meta.actor, ...draft };
  const event = await linkEvent<TimelineEvent>(unsealed as Omit<TimelineEvent, 'seq' | 'prevHash' | 'hash' | 'sig'>, head, digest);
  const sealed = timelineEventSchema.parse(sign ? { ...event, sig: await signHash(event.hash, sign) } : event);
  // Kept with its keys in canonical order, as stored and as sent: every later check of the history
  // hashes the event again, and canonicalJson writes a value already in order several times faster.
  return inCanonicalOrder(sealed);
}
