import { fromBase64, type Sign, type VerifySignature } from '../../../shared/chain';
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
  // Made once in an installation's life: its code (the installation record's schema) is fetched then.
  const { newInstallationKey } = await import('./keyPair');
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
