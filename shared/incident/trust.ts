import type { Digest } from '../chain/digest';
import { checkHash, type VerifySignature } from '../chain/sign';
import type { TimelineEvent } from './events';
import { installationRecordHolds, type InstallationRecord, type KeyRing } from './installations';
import { orderEvents } from './project';
import type { Settings } from './settings';

// Whose signatures count. This installation trusts its own key; any other key only once a trusted
// installation recorded that a person compared its fingerprint and trusts it, and never after a
// trusted installation withdrew that trust. A key introduced by a record whose self-signature does not
// hold is no key at all.

/** The keys of the installations in `records` whose self-signature holds, marked trusted or not. */
export async function keyRing(
  records: readonly InstallationRecord[],
  settings: Pick<Settings, 'installationId' | 'trust'>,
  digest: Digest,
  verify: VerifySignature,
): Promise<Map<string, { publicKey: string; trusted: boolean }>> {
  const keys = new Map<string, string>();
  for (const record of records) if (await installationRecordHolds(record, digest, verify)) keys.set(record.id, record.publicKey);
  const trusted = new Set([settings.installationId]);
  // Trust spreads only from installations already trusted, to the very key they compared.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [id, decision] of Object.entries(settings.trust)) {
      if (trusted.has(id) || !decision.trusted || !trusted.has(decision.by) || decision.publicKey !== keys.get(id)) continue;
      trusted.add(id);
      grew = true;
    }
  }
  return new Map([...keys].map(([id, publicKey]) => [id, { publicKey, trusted: trusted.has(id) }]));
}

export type SignatureProblem =
  /** A signature does not match its event: the event was changed, or signed by another key. */
  | { kind: 'bad-signature'; installationId: string; eventId: string }
  /** A chain ends in an event nobody signed (written before histories were signed). */
  | { kind: 'unsigned'; installationId: string; eventId: string }
  /** Events signed with a key this installation does not know at all. */
  | { kind: 'unknown-key'; installationId: string; eventId: string }
  /** Events signed with a key the organisation has not trusted. */
  | { kind: 'untrusted-key'; installationId: string; eventId: string };

/**
 * Checks every signature in one history, and that each installation's chain ends in a signed event
 * (a signature covers the chain before it). The first problem, in the order the history is applied.
 */
export async function signatureProblem(events: readonly TimelineEvent[], keys: KeyRing, verify: VerifySignature): Promise<SignatureProblem | null> {
  const last = new Map<string, TimelineEvent>();
  for (const event of orderEvents(events)) {
    const key = keys.get(event.installationId);
    if (event.sig !== undefined) {
      if (!key) return { kind: 'unknown-key', installationId: event.installationId, eventId: event.id };
      if (!(await checkHash(event.hash, event.sig, key.publicKey, verify))) return { kind: 'bad-signature', installationId: event.installationId, eventId: event.id };
    }
    const previous = last.get(event.installationId);
    if (!previous || previous.seq < event.seq) last.set(event.installationId, event);
  }
  for (const [installationId, event] of last) {
    if (event.sig === undefined) return { kind: 'unsigned', installationId, eventId: event.id };
    if (!keys.get(installationId)?.trusted) return { kind: 'untrusted-key', installationId, eventId: event.id };
  }
  return null;
}
