import { eventHash, type ChainHead, type Digest } from '../chain';
import { checkHash, type VerifySignature } from '../chain/sign';
import { subjectSchema, type Subject } from '../incident/subjects';
import { attachmentFileRecordSchema, type AttachmentFileRecord } from '../incident/backup/format';
import { timelineEventSchema, type TimelineEvent } from '../incident/events';
import { installationRecordHolds, installationRecordSchema, type InstallationRecord } from '../incident/installations';
import type { IncomingDocs } from './documents';

// What an app accepts from the team's server. The server's rules check shapes only; here every
// event is checked as a backup is (docs/backup-format.md): its schema, that its content still has
// its hash, that its installation's key signed it, and that it links to the end of its chain as this
// installation holds it. An event whose predecessor has not arrived yet waits (replication brings
// documents in no particular order); an event that is altered, forged, or claims a place in a chain
// another event holds is refused and named, never applied. Whether the signer is *trusted* is not
// decided here: events of an installation nobody trusted are applied and shown as such, as a
// restore shows them (shared/incident/trust.ts).

export type RefusalReason =
  /** Not an event, key, person or file as Avvik writes them. */
  | 'shape'
  /** The content no longer has the hash it carries, or an event we hold has another content. */
  | 'altered'
  /** The signature does not hold against the installation's key. */
  | 'bad-signature'
  /** Another key under an installation id we know, or a key record not signed by its own key. */
  | 'impostor'
  /** The event does not follow the one before it in its chain, or takes a place another event holds. */
  | 'broken-chain';

export interface Refusal {
  /** The record's id, if it has one. */
  id: string | null;
  reason: RefusalReason;
  installationId: string | null;
  incidentId: string | null;
}

export interface LocalRecord {
  /** The last event of each chain held here, by chainKey(history, installation). */
  heads: ReadonlyMap<string, ChainHead>;
  /** The hashes of the events held here that share an id with an incoming one. */
  eventHashes: ReadonlyMap<string, string>;
  /** The public key of every installation known here. */
  keys: ReadonlyMap<string, string>;
}

export interface IncomingCheck {
  /** Ready to apply, each chain in its order. */
  events: TimelineEvent[];
  /** Keys new here, each signed by itself. */
  installations: InstallationRecord[];
  subjects: Subject[];
  files: AttachmentFileRecord[];
  /** Events held back until what comes before them (or their key) arrives. */
  waiting: TimelineEvent[];
  refused: Refusal[];
}

export const chainKey = (historyId: string, installationId: string) => `${historyId}\u0000${installationId}`;

function refusal(reason: RefusalReason, record: unknown): Refusal {
  const r = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return { id: text(r.id), reason, installationId: text(r.installationId), incidentId: text(r.incidentId) };
}

async function checkKeys(docs: readonly unknown[], local: LocalRecord, digest: Digest, verify: VerifySignature, refused: Refusal[]) {
  const keys = new Map(local.keys);
  const added: InstallationRecord[] = [];
  for (const doc of docs) {
    const parsed = installationRecordSchema.safeParse(doc);
    if (!parsed.success) {
      refused.push(refusal('shape', doc));
      continue;
    }
    const record = parsed.data;
    const known = keys.get(record.id);
    if (known === record.publicKey) continue;
    // One installation, one key: another key under a known id is someone posing as it.
    if (known !== undefined || !(await installationRecordHolds(record, digest, verify))) {
      refused.push({ id: record.id, reason: 'impostor', installationId: record.id, incidentId: null });
      continue;
    }
    keys.set(record.id, record.publicKey);
    added.push(record);
  }
  return { keys, added };
}

/** An event whose own content holds: its hash and its signature. */
async function sound(event: TimelineEvent, keys: ReadonlyMap<string, string>, digest: Digest, verify: VerifySignature): Promise<TimelineEvent | RefusalReason | 'no-key'> {
  if ((await eventHash(event, digest)) !== event.hash) return 'altered';
  if (event.sig !== undefined) {
    const key = keys.get(event.installationId);
    if (key === undefined) return 'no-key';
    if (!(await checkHash(event.hash, event.sig, key, verify))) return 'bad-signature';
  }
  return event;
}

/**
 * Sorts a batch from the server into what may be applied, what waits, and what is refused. Pure
 * but for the crypto passed in; the caller applies `events`, `installations`, `subjects` and `files`
 * in one transaction (renderer/src/db/backup.ts mergeHistory) and keeps `waiting` for the next batch.
 */
export async function checkIncoming(incoming: IncomingDocs, local: LocalRecord, digest: Digest, verify: VerifySignature): Promise<IncomingCheck> {
  const refused: Refusal[] = [];
  const { keys, added } = await checkKeys(incoming.installations, local, digest, verify, refused);
  const waiting: TimelineEvent[] = [];
  const chains = new Map<string, TimelineEvent[]>();
  for (const doc of incoming.events) {
    const parsed = timelineEventSchema.safeParse(doc);
    if (!parsed.success) {
      refused.push(refusal('shape', doc));
      continue;
    }
    // An event held here with the same hash was checked when it came, or written here: skip it.
    const held = local.eventHashes.get(parsed.data.id);
    if (held === parsed.data.hash) continue;
    const result = await sound(parsed.data, keys, digest, verify);
    if (result === 'no-key') waiting.push(parsed.data);
    else if (typeof result === 'string') refused.push(refusal(result, doc));
    else if (held !== undefined) refused.push(refusal('altered', result));
    else {
      const key = chainKey(result.incidentId, result.installationId);
      const chain = chains.get(key);
      if (chain) chain.push(result);
      else chains.set(key, [result]);
    }
  }
  const events: TimelineEvent[] = [];
  for (const [key, candidates] of chains) {
    let head = local.heads.get(key) ?? null;
    const bySeq = [...candidates].sort((a, b) => a.seq - b.seq);
    for (const event of bySeq) {
      const expected = (head?.seq ?? 0) + 1;
      if (event.seq < expected) refused.push(refusal('broken-chain', event));
      else if (event.seq > expected) waiting.push(event);
      else if (event.prevHash !== (head?.hash ?? null)) refused.push(refusal('broken-chain', event));
      else {
        events.push(event);
        head = { seq: event.seq, hash: event.hash };
      }
    }
  }
  const subjects: Subject[] = [];
  for (const doc of incoming.subjects) {
    const parsed = subjectSchema.safeParse(doc);
    if (parsed.success) subjects.push(parsed.data);
    else refused.push(refusal('shape', doc));
  }
  const files: AttachmentFileRecord[] = [];
  for (const doc of incoming.files) {
    const parsed = attachmentFileRecordSchema.safeParse(doc);
    if (parsed.success) files.push(parsed.data);
    else refused.push(refusal('shape', doc));
  }
  return { events, installations: added, subjects, files, waiting, refused };
}
