import { z } from 'zod';
import { canonicalJson } from '../canonical';
import { PUBLIC_KEY_B64, SIGNATURE_B64, checkHash, type VerifySignature } from '../chain/sign';
import { type Digest, sha256OfText } from '../chain/digest';
import { isoInstant, recordId } from './primitives';

// Every installation that has written to the record introduces its public key, self-signed, in the
// `installations` table; backups and evidence bundles carry these records, so anyone holding the file
// can check every signature in it. Holding a key is not trusting it: trust is a decision recorded in
// the settings history ('installation-trusted'), taken by a person who compared the fingerprint.

export const installationRecordSchema = z.strictObject({
  id: recordId,
  algorithm: z.literal('Ed25519'),
  publicKey: z.string().regex(PUBLIC_KEY_B64),
  createdAt: isoInstant,
  /** The installation's signature over the record's other fields (canonical JSON, hashed). */
  sig: z.string().regex(SIGNATURE_B64),
});
export type InstallationRecord = z.infer<typeof installationRecordSchema>;

/** What an installation record's self-signature is over: the SHA-256 of its other fields. */
export function installationDigest(record: Omit<InstallationRecord, 'sig'>, digest: Digest): Promise<string> {
  const { id, algorithm, publicKey, createdAt } = record;
  return sha256OfText(canonicalJson({ id, algorithm, publicKey, createdAt }), digest);
}

/** Whether the record is signed by the key it introduces. */
export async function installationRecordHolds(record: InstallationRecord, digest: Digest, verify: VerifySignature): Promise<boolean> {
  return checkHash(await installationDigest(record, digest), record.sig, record.publicKey, verify);
}

/** The keys a verifier knows: whose they are and whether the organisation trusts them. */
export type KeyRing = ReadonlyMap<string, { publicKey: string; trusted: boolean }>;
