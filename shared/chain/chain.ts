import { canonicalJson } from '../canonical';
import { sha256OfText, type Digest } from './digest';

// Art. 33(5) asks for documentation Datatilsynet can rely on. Each event stores the SHA-256 of its
// own canonical form (everything but `hash`), which includes the hash of the event before it in the
// same chain: one chain per incident and per installation, numbered 1, 2, 3 … by `seq`. A changed,
// removed, inserted or reordered event breaks a link that `verifyTimeline` finds.

export interface ChainHead {
  seq: number;
  hash: string;
}

export interface Chained {
  id: string;
  incidentId: string;
  installationId: string;
  seq: number;
  at: string;
  prevHash: string | null;
  hash: string;
}

/** The SHA-256 (hex) of an event's canonical form without its own `hash` and the signature over it. */
export async function eventHash(event: Omit<Chained, 'hash'> | Chained, digest: Digest): Promise<string> {
  const { hash: _ignored, sig: _signature, ...rest } = event as Chained & { sig?: string };
  return sha256OfText(canonicalJson(rest), digest);
}

/** Appends an event to a chain whose last link is `head` (null for a new chain). */
export async function linkEvent<E extends Chained>(
  draft: Omit<E, 'seq' | 'prevHash' | 'hash'>,
  head: ChainHead | null,
  digest: Digest,
): Promise<E> {
  const unhashed = { ...draft, seq: (head?.seq ?? 0) + 1, prevHash: head?.hash ?? null };
  const hash = await eventHash(unhashed as Omit<Chained, 'hash'>, digest);
  return { ...unhashed, hash } as unknown as E;
}

export type LinkProblem =
  /** The event's content no longer matches its hash: it was changed. */
  | 'altered'
  /** The event does not follow the one before it: events were reordered, replaced or inserted. */
  | 'broken-link'
  /** A number is missing from the sequence: an event was deleted. */
  | 'missing'
  /** Two events claim the same place in the chain. */
  | 'duplicate'
  /** The incident records a later last event than the chain holds: the newest events were deleted. */
  | 'truncated'
  /** The events cannot be replayed: the history does not hold together. */
  | 'inconsistent'
  /** The stored record (row, notices, settings) is not what its history says: changed behind its back. */
  | 'record-differs'
  /** A signature does not match its event. */
  | 'bad-signature'
  /** A chain ends in an event nobody signed. */
  | 'unsigned'
  /** Signed with a key nobody here knows. */
  | 'unknown-key'
  /** Signed with a key the organisation has not trusted. */
  | 'untrusted-key';

export interface BrokenLink {
  problem: LinkProblem;
  incidentId: string;
  installationId: string;
  /** Where in the chain the break is. */
  seq: number;
  /** The first event that cannot be trusted, when there is one to point at. */
  eventId: string | null;
  at: string | null;
  /** For 'record-differs': the fields of the stored record that differ from the history. */
  fields?: string[];
}

export type TimelineVerdict =
  | { ok: true; events: number; chains: number }
  | { ok: false; broken: BrokenLink; allBroken: BrokenLink[]; events: number; chains: number };

export interface VerifyOptions {
  /** incidentId → installationId → the last link the incident recorded; finds a deleted tail. */
  heads?: Readonly<Record<string, Readonly<Record<string, ChainHead>>>>;
  /**
   * Called between windows of chains: a check that shares its thread with other work (answers
   * from a worker verifying signatures beside it) gives them their turn there.
   */
  pause?: () => Promise<void>;
}

/** How many chains are checked at once: enough to keep the digest busy, few enough to hold little. */
const CHAIN_WINDOW = 64;

const chainKey = (incidentId: string, installationId: string): string => `${incidentId}\u0000${installationId}`;

async function firstBreak<E extends Chained>(
  chain: E[],
  head: ChainHead | undefined,
  digest: Digest,
): Promise<BrokenLink | null> {
  const sorted = [...chain].sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : 1));
  const { incidentId, installationId } = sorted[0]!;
  const at = (event: E | undefined) => ({ eventId: event?.id ?? null, at: event?.at ?? null });
  // The hashes asked for all at once: the digest runs beside this thread (WebCrypto), and one
  // request at a time left both waiting on each other for every event.
  const hashes = await Promise.all(sorted.map((event) => eventHash(event, digest)));
  let previous: E | null = null;
  for (const [index, event] of sorted.entries()) {
    const expectedSeq = (previous?.seq ?? 0) + 1;
    if (previous && event.seq === previous.seq) return { problem: 'duplicate', incidentId, installationId, seq: event.seq, ...at(event) };
    if (event.seq !== expectedSeq) return { problem: 'missing', incidentId, installationId, seq: expectedSeq, ...at(event) };
    if (hashes[index] !== event.hash) return { problem: 'altered', incidentId, installationId, seq: event.seq, ...at(event) };
    if (event.prevHash !== (previous?.hash ?? null)) return { problem: 'broken-link', incidentId, installationId, seq: event.seq, ...at(event) };
    previous = event;
  }
  const last = previous!;
  if (!head || (head.seq === last.seq && head.hash === last.hash)) return null;
  if (head.seq > last.seq) return { problem: 'truncated', incidentId, installationId, seq: last.seq + 1, eventId: null, at: null };
  if (head.seq === last.seq) return { problem: 'altered', incidentId, installationId, seq: last.seq, ...at(last) };
  // More events than the incident ever recorded: they were added behind its back.
  const extra = sorted.find((event) => event.seq === head.seq + 1);
  return { problem: 'broken-link', incidentId, installationId, seq: head.seq + 1, ...at(extra) };
}

/**
 * Checks every chain in `events` (any order, any number of incidents). Reports the earliest broken
 * link in time, and the first break of every broken chain.
 */
export async function verifyTimeline<E extends Chained>(
  events: readonly E[],
  digest: Digest,
  options: VerifyOptions = {},
): Promise<TimelineVerdict> {
  const chains = new Map<string, E[]>();
  for (const event of events) {
    const key = chainKey(event.incidentId, event.installationId);
    const chain = chains.get(key);
    if (chain) chain.push(event);
    else chains.set(key, [event]);
  }
  const allBroken: BrokenLink[] = [];
  const list = [...chains.values()];
  // Chains a window at a time, for the same reason as the hashes within one (firstBreak).
  for (let start = 0; start < list.length; start += CHAIN_WINDOW) {
    const verdicts = await Promise.all(
      list.slice(start, start + CHAIN_WINDOW).map((chain) => {
        const { incidentId, installationId } = chain[0]!;
        return firstBreak(chain, options.heads?.[incidentId]?.[installationId], digest);
      }),
    );
    for (const broken of verdicts) if (broken) allBroken.push(broken);
    await options.pause?.();
  }
  // A head with no events at all: the whole chain was deleted.
  for (const [incidentId, heads] of Object.entries(options.heads ?? {})) {
    for (const installationId of Object.keys(heads)) {
      if (!chains.has(chainKey(incidentId, installationId))) {
        allBroken.push({ problem: 'truncated', incidentId, installationId, seq: 1, eventId: null, at: null });
      }
    }
  }
  const counts = { events: events.length, chains: chains.size };
  if (allBroken.length === 0) return { ok: true, ...counts };
  allBroken.sort((a, b) => (a.at ?? '\uffff').localeCompare(b.at ?? '\uffff') || a.incidentId.localeCompare(b.incidentId));
  return { ok: false, broken: allBroken[0]!, allBroken, ...counts };
}
