import { signHash, toBase64, type Digest } from '../../../shared/chain';
import { installationDigest, type InstallationRecord } from '../../../shared/incident/installations';
import { KEY_ID, webSign, type InstallationKey } from './keys';

// The installation's key pair is made once in its life (keys.ts keeps and uses it): apart, so the
// start of an installation that has one does not fetch the installation record's schema.

/** A new key pair and the self-signed record that introduces its public half. */
export async function newInstallationKey(installationId: string, now: Date, digest: Digest): Promise<{ key: InstallationKey; record: InstallationRecord }> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  const unsigned = { id: installationId, algorithm: 'Ed25519' as const, publicKey, createdAt: now.toISOString() };
  const sig = await signHash(await installationDigest(unsigned, digest), webSign(pair.privateKey));
  return { key: { id: KEY_ID, installationId, privateKey: pair.privateKey, publicKey }, record: { ...unsigned, sig } };
}
