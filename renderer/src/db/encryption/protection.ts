import type { AvvikDb } from '../database';
import type { RowCipher, VaultKeys } from './cipher';
import { openData, readEnvelope, sealData } from './envelope';
import { RowCryptoError } from './rowError';
import { rowSealing } from './sealing';
import { keyFileProtection, newPassphraseProtector, newVaultKeys, openFromKeychain, openWithPassphrase, sealKeyFile, type Protector } from './keyFile';
import { resealTables, sealedTables } from './reseal';
import type { KeyFileStore } from './storage';
import { PROTECTION_ID, type ProtectionRecord } from './inspect';

export { PROTECTION_ID, inspectDatabase, type Inspection, type ProtectionRecord } from './inspect';

// How a profile is protected, recorded in the database (clear: it is read before anything can be
// unlocked): encrypted with a passphrase, encrypted with the key in the OS keychain, or, by the
// user's explicit choice, not encrypted. No record: nobody has chosen yet (a new profile, or one
// from before encryption), and the app asks before it opens the record.

const CHECK_TABLE = 'vault';
const checkText = (vaultId: string) => new TextEncoder().encode(`avvik key check ${vaultId}`);

function keyCheck(keys: VaultKeys): Uint8Array {
  return sealData(keys.dataKey, CHECK_TABLE, keys.vaultId, checkText(keys.vaultId));
}

function checkMatches(record: ProtectionRecord, keys: VaultKeys): boolean {
  const envelope = record.check ? readEnvelope(record.check) : null;
  if (!envelope || envelope.kind !== 'data' || record.vaultId !== keys.vaultId) return false;
  try {
    openData(keys.dataKey, CHECK_TABLE, keys.vaultId, envelope);
    return true;
  } catch {
    return false;
  }
}

export type UnlockFailure = 'wrong-passphrase' | 'key-file-missing' | 'key-file-damaged' | 'key-mismatch' | 'keychain-unavailable';
export type Unlocked = { ok: true; keys: VaultKeys; protector: Protector } | { ok: false; code: UnlockFailure; detail?: string };

/** Reads the key file and opens it (with the passphrase, or as the keychain unsealed it); nothing is changed. */
export async function unlockKeys(store: KeyFileStore, record: ProtectionRecord, passphrase?: string): Promise<Unlocked> {
  let bytes: Uint8Array | null;
  try {
    bytes = await store.read();
  } catch (error) {
    return { ok: false, code: record.mode === 'keychain' ? 'keychain-unavailable' : 'key-file-missing', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!bytes) return { ok: false, code: 'key-file-missing' };
  const kind = keyFileProtection(bytes);
  if (kind === null || kind !== record.mode) return { ok: false, code: 'key-file-damaged' };
  const opened = kind === 'passphrase' ? await openWithPassphrase(bytes, passphrase ?? '') : openFromKeychain(bytes);
  if (!opened.ok) return { ok: false, code: opened.reason === 'wrong-passphrase' ? 'wrong-passphrase' : 'key-file-damaged' };
  if (!checkMatches(record, opened.keys)) return { ok: false, code: 'key-mismatch' };
  return opened;
}

/** Puts unlocked keys to work: the middleware reads and writes with them, and saves the key file when an erasure changes them. */
export function applyUnlockedKeys(cipher: RowCipher, store: KeyFileStore, unlocked: { keys: VaultKeys; protector: Protector }): void {
  cipher.useKeys(unlocked.keys, async (keys) => store.write(await sealKeyFile(keys, unlocked.protector), unlocked.protector.kind), rowSealing);
}

export type ProtectionChoice = { mode: 'none' } | { mode: 'keychain' } | { mode: 'passphrase'; passphrase: string; iterations?: number };

/**
 * Records the user's choice. To encrypt: new keys, the key file written (and read back) first, then
 * in ONE transaction the protection record and every row of the profile sealed with the new keys:
 * a profile from before encryption is encrypted whole, or stays as it was.
 */
export async function protectProfile(db: AvvikDb, choice: ProtectionChoice, store: KeyFileStore | null, now: Date, newId: () => string = () => crypto.randomUUID()): Promise<void> {
  if (choice.mode === 'none') {
    await db.vault.put({ id: PROTECTION_ID, mode: 'none', decidedAt: now.toISOString(), vaultId: null, check: null });
    return;
  }
  if (!store) throw new Error('no key file store in this runtime');
  const keys = newVaultKeys(newId());
  const protector: Protector = choice.mode === 'passphrase' ? await newPassphraseProtector(choice.passphrase, choice.iterations) : { kind: 'keychain' };
  const file = await sealKeyFile(keys, protector);
  await store.write(file, protector.kind);
  const readBack = await store.read();
  if (!readBack || readBack.length !== file.length || readBack.some((b, i) => b !== file[i])) {
    throw new Error('the key file could not be read back as written');
  }
  const record: ProtectionRecord = { id: PROTECTION_ID, mode: protector.kind, decidedAt: now.toISOString(), vaultId: keys.vaultId, check: keyCheck(keys) };
  applyUnlockedKeys(db.cipher, store, { keys, protector });
  db.cipher.acceptPlainRows = true;
  try {
    await db.transaction('rw', [db.vault, ...sealedTables(db)], async () => {
      await db.vault.put(record);
      await resealTables(sealedTables(db));
    });
  } catch (error) {
    db.cipher.usePlain();
    throw error;
  } finally {
    db.cipher.acceptPlainRows = false;
  }
}

export { RowCryptoError };
