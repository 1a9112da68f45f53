import type { VaultKeys } from './cipher';
import { EPOCH_ID_BYTES, IV_BYTES, KEY_BYTES, fromHex, randomBytes, toHex } from './envelope';

// The key file: the profile's data key and its erasure epoch keys, and how they are protected
// (docs/encryption-at-rest.md). It never lives in IndexedDB: it is replaced as a whole at every
// erasure, and IndexedDB keeps old bytes until it compacts (see storage.ts for where it lives).
//
//   'AVK' 1 | protection: 1 passphrase, 2 keychain | …
//   passphrase: salt(16) | PBKDF2 iterations (u32) | iv(12) | len(u32) | AES-256-GCM(keys), AAD = the header
//   keychain:   keys, in clear here: the main process seals the whole file with the OS keychain
//
//   keys: 'AVS' 1 | id length (u8) | vault id (UTF-8) | data key(32) | epochs (u8) | current (u8) | epochs × (id(16) | key(32))

/** PBKDF2-SHA-256, OWASP's figure for it (2023). The file records the count it was made with. */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const FILE_MAGIC = [0x41, 0x56, 0x4b, 0x01];
const KEYS_MAGIC = [0x41, 0x56, 0x53, 0x01];
const PASSPHRASE = 1;
const KEYCHAIN = 2;
const PASSPHRASE_HEADER = 5 + SALT_BYTES + 4 + IV_BYTES + 4;

export type Protection = 'passphrase' | 'keychain';

/** How the key file is sealed in this session: the passphrase's key stays a non-extractable CryptoKey. */
export type Protector = { kind: 'passphrase'; kek: CryptoKey; salt: Uint8Array; iterations: number } | { kind: 'keychain' };

export function newVaultKeys(vaultId: string): VaultKeys {
  const epoch = toHex(randomBytes(EPOCH_ID_BYTES));
  return { vaultId, dataKey: randomBytes(KEY_BYTES), epochs: new Map([[epoch, randomBytes(KEY_BYTES)]]), currentEpoch: epoch };
}

export function encodeKeys(keys: VaultKeys): Uint8Array {
  const id = new TextEncoder().encode(keys.vaultId);
  const epochs = [...keys.epochs];
  const out = new Uint8Array(4 + 1 + id.length + KEY_BYTES + 2 + epochs.length * (EPOCH_ID_BYTES + KEY_BYTES));
  out.set(KEYS_MAGIC);
  out[4] = id.length;
  out.set(id, 5);
  let at = 5 + id.length;
  out.set(keys.dataKey, at);
  at += KEY_BYTES;
  out[at++] = epochs.length;
  out[at++] = epochs.findIndex(([epochId]) => epochId === keys.currentEpoch);
  for (const [epochId, key] of epochs) {
    out.set(fromHex(epochId), at);
    out.set(key, at + EPOCH_ID_BYTES);
    at += EPOCH_ID_BYTES + KEY_BYTES;
  }
  return out;
}

export function decodeKeys(bytes: Uint8Array): VaultKeys | null {
  if (bytes.length < 7 || KEYS_MAGIC.some((b, i) => bytes[i] !== b)) return null;
  const idLength = bytes[4]!;
  let at = 5 + idLength;
  const vaultId = new TextDecoder().decode(bytes.subarray(5, at));
  const dataKey = bytes.slice(at, (at += KEY_BYTES));
  const count = bytes[at++];
  const current = bytes[at++];
  if (count === undefined || current === undefined || current >= count || bytes.length !== at + count * (EPOCH_ID_BYTES + KEY_BYTES)) return null;
  const epochs = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++, at += EPOCH_ID_BYTES + KEY_BYTES) {
    epochs.set(toHex(bytes.subarray(at, at + EPOCH_ID_BYTES)), bytes.slice(at + EPOCH_ID_BYTES, at + EPOCH_ID_BYTES + KEY_BYTES));
  }
  return { vaultId, dataKey, epochs, currentEpoch: [...epochs.keys()][current]! };
}

/** The key that seals the key file, from the passphrase: PBKDF2-SHA-256, non-extractable. */
export async function passphraseKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function newPassphraseProtector(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<Protector> {
  const salt = randomBytes(SALT_BYTES);
  return { kind: 'passphrase', kek: await passphraseKey(passphrase, salt, iterations), salt, iterations };
}

/** The key file's bytes: sealed by the passphrase's key, or (keychain) left for the main process to seal. */
export async function sealKeyFile(keys: VaultKeys, protector: Protector): Promise<Uint8Array> {
  const plain = encodeKeys(keys);
  if (protector.kind === 'keychain') {
    const out = new Uint8Array(5 + plain.length);
    out.set(FILE_MAGIC);
    out[4] = KEYCHAIN;
    out.set(plain, 5);
    plain.fill(0);
    return out;
  }
  const header = new Uint8Array(PASSPHRASE_HEADER);
  const view = new DataView(header.buffer);
  header.set(FILE_MAGIC);
  header[4] = PASSPHRASE;
  header.set(protector.salt, 5);
  view.setUint32(5 + SALT_BYTES, protector.iterations);
  const iv = randomBytes(IV_BYTES);
  header.set(iv, 9 + SALT_BYTES);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer>, additionalData: header.subarray(0, 9 + SALT_BYTES) }, protector.kek, plain as Uint8Array<ArrayBuffer>),
  );
  plain.fill(0);
  view.setUint32(PASSPHRASE_HEADER - 4, sealed.length);
  const out = new Uint8Array(PASSPHRASE_HEADER + sealed.length);
  out.set(header);
  out.set(sealed, PASSPHRASE_HEADER);
  return out;
}

/** How a key file says it is protected; null when the bytes are not a key file. */
export function keyFileProtection(bytes: Uint8Array): Protection | null {
  if (bytes.length < 5 || FILE_MAGIC.some((b, i) => bytes[i] !== b)) return null;
  return bytes[4] === PASSPHRASE ? 'passphrase' : bytes[4] === KEYCHAIN ? 'keychain' : null;
}

export type OpenKeyFile = { ok: true; keys: VaultKeys; protector: Protector } | { ok: false; reason: 'wrong-passphrase' | 'damaged' };

/** Opens a passphrase-sealed key file. A wrong passphrase fails the tag: nothing else is tried. */
export async function openWithPassphrase(bytes: Uint8Array, passphrase: string): Promise<OpenKeyFile> {
  if (keyFileProtection(bytes) !== 'passphrase' || bytes.length < PASSPHRASE_HEADER) return { ok: false, reason: 'damaged' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const salt = bytes.slice(5, 5 + SALT_BYTES);
  const iterations = view.getUint32(5 + SALT_BYTES);
  const iv = bytes.slice(9 + SALT_BYTES, 9 + SALT_BYTES + IV_BYTES);
  const length = view.getUint32(PASSPHRASE_HEADER - 4);
  if (iterations < 1 || PASSPHRASE_HEADER + length !== bytes.length) return { ok: false, reason: 'damaged' };
  const kek = await passphraseKey(passphrase, salt, iterations);
  let plain: Uint8Array;
  try {
    plain = new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: bytes.slice(0, 9 + SALT_BYTES) }, kek, bytes.slice(PASSPHRASE_HEADER)),
    );
  } catch {
    return { ok: false, reason: 'wrong-passphrase' };
  }
  const keys = decodeKeys(plain);
  plain.fill(0);
  return keys ? { ok: true, keys, protector: { kind: 'passphrase', kek, salt, iterations } } : { ok: false, reason: 'damaged' };
}

/** Opens a key file the main process has already unsealed with the OS keychain. */
export function openFromKeychain(bytes: Uint8Array): OpenKeyFile {
  const keys = keyFileProtection(bytes) === 'keychain' ? decodeKeys(bytes.subarray(5)) : null;
  return keys ? { ok: true, keys, protector: { kind: 'keychain' } } : { ok: false, reason: 'damaged' };
}
