import type { Digest } from '../chain/digest';
import { checkHash, type VerifySignature } from '../chain/sign';
import type { TimelineEvent } from './events';
import { installationRecordHolds, type InstallationRecord, type KeyRing } from './installations';
import { orderEvents } from './project';
import type { Settings, TrustDecision } from './settings';

// Whose signatures count. This installation trusts its own key; any other key only once this
// installation, or an installation trusted here, recorded that a person compared its fingerprint and
// trusts that very key. With team sync every laptop's decisions arrive: each laptop's latest decision
// about a key is kept (the settings projection), and the rule below reads them all, so the same
// decisions give the same trust whatever order they arrived in.
//
// A withdrawal against a trust from two different trusted installations: the withdrawal wins,
// earlier or later. Once an installation trusted here withdrew a key, no other installation's trust
// (nor this one's) brings it back; only the installation that withdrew it can, by trusting the key
// again (its later decision replaces its withdrawal). Withdrawals only ever take trust away, so the
// reckoning ends: this installation's own withdrawals are read first (a laptop withdrawn here never
// gets to withdraw anything), then trust spreads from the installations trusted so far, their
// withdrawals are added, and trust is reckoned again until no new withdrawal counts.

/** Whether this installation trusts a key, and the decisions that say so (or keep it from it). */
export interface TrustStanding {
  trusted: boolean;
  /**
   * Trusted: the trusts of trusted installations in this very key. Not trusted: the withdrawals
   * of trusted installations that keep it so (empty when nobody trusted here trusted it).
   */
  decisions: TrustDecision[];
}

/**
 * The standing of every installation in `keys` (id → public key) by the decisions in `settings`.
 * Does not check the keys' self-signatures: `keyRing` does, for everything a signature depends on.
 */
export function trustStandings(settings: Pick<Settings, 'installationId' | 'trust'>, keys: ReadonlyMap<string, string>): Map<string, TrustStanding> {
  const own = settings.installationId;
  const subjects = Object.entries(settings.trust).filter(([subject]) => subject !== own);
  const withdrawals = new Map<string, TrustDecision[]>();
  const withdraw = (from: ReadonlySet<string>): boolean => {
    let added = false;
    for (const [subject, decisions] of subjects) {
      for (const decision of Object.values(decisions)) {
        if (decision.trusted || !from.has(decision.by)) continue;
        const known = withdrawals.get(subject) ?? [];
        if (known.includes(decision)) continue;
        withdrawals.set(subject, [...known, decision]);
        added = true;
      }
    }
    return added;
  };
  let trusted: Set<string>;
  withdraw(new Set([own]));
  do {
    trusted = new Set([own]);
    // Trust spreads only from installations already trusted, to the very key they compared.
    for (let grew = true; grew; ) {
      grew = false;
      for (const [subject, decisions] of subjects) {
        if (trusted.has(subject) || withdrawals.has(subject)) continue;
        if (!Object.values(decisions).some((d) => d.trusted && trusted.has(d.by) && d.publicKey === keys.get(subject))) continue;
        trusted.add(subject);
        grew = true;
      }
    }
  } while (withdraw(trusted));
  const standings = new Map<string, TrustStanding>();
  for (const id of keys.keys()) {
    if (id === own) {
      standings.set(id, { trusted: true, decisions: [] });
      continue;
    }
    const decisions = Object.values(settings.trust[id] ?? {});
    standings.set(
      id,
      trusted.has(id)
        ? { trusted: true, decisions: decisions.filter((d) => d.trusted && trusted.has(d.by) && d.publicKey === keys.get(id)) }
        : { trusted: false, decisions: withdrawals.get(id) ?? [] },
    );
  }
  return standings;
}

/** The keys of the installations in `records` whose self-signature holds, marked trusted or not. */
export async function keyRing(
  records: readonly InstallationRecord[],
  settings: Pick<Settings, 'installationId' | 'trust'>,
  digest: Digest,
  verify: VerifySignature,
): Promise<Map<string, { publicKey: string } & TrustStanding>> {
  // A key introduced by a record whose self-signature does not hold is no key at all.
  const keys = new Map<string, string>();
  for (const record of records) if (await installationRecordHolds(record, digest, verify)) keys.set(record.id, record.publicKey);
  const standings = trustStandings(settings, keys);
  return new Map([...keys].map(([id, publicKey]) => [id, { publicKey, ...standings.get(id)! }]));
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
/**
 * Asks for the verdict on every signed event's signature at once, by event id, for a check that has
 * other work to do meanwhile; signatureProblem then reads them (same keys, same verdicts).
 */
export function signatureChecks(events: readonly TimelineEvent[], keys: KeyRing, verify: VerifySignature): Map<string, Promise<boolean>> {
  const asked = new Map<string, Promise<boolean>>();
  for (const event of events) {
    const key = keys.get(event.installationId);
    if (event.sig !== undefined && key) asked.set(event.id, checkHash(event.hash, event.sig, key.publicKey, verify));
  }
  return asked;
}

export async function signatureProblem(
  events: readonly TimelineEvent[],
  keys: KeyRing,
  verify: VerifySignature,
  /** Verdicts already asked for, by event id (see signatureChecks). */
  asked?: ReadonlyMap<string, Promise<boolean>>,
): Promise<SignatureProblem | null> {
  const last = new Map<string, TimelineEvent>();
  const ordered = orderEvents(events);
  // Every signature asked for at once (WebCrypto checks them beside this thread), then read in order.
  const good = await Promise.all(
    ordered.map((event) => {
      const key = keys.get(event.installationId);
      return event.sig !== undefined && key ? (asked?.get(event.id) ?? checkHash(event.hash, event.sig, key.publicKey, verify)) : true;
    }),
  );
  for (const [index, event] of ordered.entries()) {
    const key = keys.get(event.installationId);
    if (event.sig !== undefined) {
      if (!key) return { kind: 'unknown-key', installationId: event.installationId, eventId: event.id };
      if (!good[index]) return { kind: 'bad-signature', installationId: event.installationId, eventId: event.id };
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
