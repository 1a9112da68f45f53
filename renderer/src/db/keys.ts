import { fromBase64, signHash, toBase64, type Sign, type VerifySignature } from '../../../shared/chain';
import { installationDigest, type InstallationRecord } from '../../../shared/incident/installations';
import type { Digest } from '../../../shared/chain';
import type { AvvikDb } from './database';

// This installation's Ed25519 key pair (WebCrypto). The private key is created non-extractable and
// kept as a CryptoKey in IndexedDB: the app can sign with it, but no script, export or backup can
// read it out. It is made once, with the installation's identity, and never replaced silently.

export const KEY_ID = 'installation';

/** The stored key pair of this installation. */
export interface InstallationKey {
  id: typeof KEY_ID;
  installationId: string;
  privateKey: CryptoKey;
  publicKey: string;
}

/** A new key pair and the self-signed record that introduces its public half. */
export async function newInstallationKey(installationId: string, now: Date, digest: Digest): Promise<{ key: InstallationKey; record: InstallationRecord }> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  const unsigned = { id: installationId, algorithm: 'Ed25519' as const, publicKey, createdAt: now.toISOString() };
  const sig = await signHash(await installationDigest(unsigned, digest), webSign(pair.privateKey));
  return { key: { id: KEY_ID, installationId, privateKey: pair.privateKey, publicKey }, record: { ...unsigned, sig } };
}

/** Signing with a private CryptoKey. */
export function webSign(privateKey: CryptoKey): Sign {
  return (data) => crypto.subtle.sign({ name: 'Ed25519' }, privateKey, data);
}

const imported = new Map<string, Promise<CryptoKey>>();

/** Checking a signature against a raw public key (imported once per key). */
export const webVerify: VerifySignature = async (publicKey, signature, data) => {
  const raw = fromBase64(publicKey);
  const sig = fromBase64(signature);
  if (!raw || !sig) return false;
  let key = imported.get(publicKey);
  if (!key) {
    key = crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
    imported.set(publicKey, key);
  }
  try {
    return await crypto.subtle.verify({ name: 'Ed25519' }, await key, sig, data);
  } catch {
    return false;
  }
};

/** The stored key pair, made (with its installation record) the first time it is needed. */
export async function ensureInstallationKey(
  db: AvvikDb,
  installationId: string,
  now: Date,
  digest: Digest,
): Promise<InstallationKey> {
  const existing = await db.keys.get(KEY_ID);
  if (existing) return existing;
  const { key, record } = await newInstallationKey(installationId, now, digest);
  return db.transaction('rw', db.keys, db.installations, async () => {
    // Another tab may have been first: keep its key.
    const raced = await db.keys.get(KEY_ID);
    if (raced) return raced;
    await db.keys.add(key);
    await db.installations.put(record);
    return key;
  });
}
