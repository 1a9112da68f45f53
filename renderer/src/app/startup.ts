import type { AvvikDb } from '../db/database';
import { DB_VERSION, DEFAULT_DB_NAME } from '../db/database';
import { RowCipher } from '../db/encryption/cipher';
import { inspectDatabase, type Inspection, type ProtectionRecord } from '../db/encryption/inspect';
import type { ProtectionChoice, UnlockFailure } from '../db/encryption/protection';
import { keyFileStore, type KeyFileStore } from '../db/encryption/storage';
import { openDatabase } from '../db/open';
import type { RecordFailure } from '../../../shared/incident/errors';
import { translate } from '../../../shared/i18n';

// What happens before the record opens (docs/encryption-at-rest.md): the database is looked at
// without opening it; an encrypted profile is unlocked (the keychain by itself, a passphrase by the
// user); a profile nobody has decided for asks first (a new desktop profile with a keychain is
// encrypted without asking). Only then is the database opened, upgrades and all. The code that
// protects and unlocks (ciphers, key files) is fetched only for a profile that is or will be
// protected: an unprotected record opens without it.

const protectionCode = () => import('../db/encryption/protection');

export type StartState =
  | { kind: 'failed'; error: RecordFailure }
  | { kind: 'choose'; name: string; legacy: boolean; keychain: boolean; store: KeyFileStore | null }
  | { kind: 'unlock'; name: string; record: ProtectionRecord; store: KeyFileStore }
  | { kind: 'ready'; db: AvvikDb };

const unlockFailure = (code: UnlockFailure): RecordFailure => ({
  code,
  text: { nb: translate('nb', `protection.unlock.${code}`), en: translate('en', `protection.unlock.${code}`) },
  detail: null,
});

function opened(result: Awaited<ReturnType<typeof openDatabase>>): StartState {
  return result.ok ? { kind: 'ready', db: result.db } : { kind: 'failed', error: result.error };
}

/** `inspection`: the look at the database, if the caller began it already (main.tsx does). */
export async function startUp(name: string = DEFAULT_DB_NAME, inspection: Promise<Inspection> = inspectDatabase(name)): Promise<StartState> {
  let inspected: Inspection;
  try {
    inspected = await inspection;
  } catch {
    return opened(await openDatabase(name));
  }
  const { version, protection } = inspected;
  // Dexie numbers version n as n × 10: a newer database is refused by openDatabase, untouched.
  if (Math.floor(version / 10) > DB_VERSION) return opened(await openDatabase(name));
  const store = keyFileStore(name);
  if (!protection) {
    const keychain = store ? await store.keychainAvailable() : false;
    if (version === 0 && keychain && store) {
      try {
        return await choose(name, { mode: 'keychain' }, store);
      } catch {
        // The keychain said yes but would not keep the key: the user chooses instead.
        return { kind: 'choose', name, legacy: false, keychain: false, store };
      }
    }
    return { kind: 'choose', name, legacy: version > 0 && version < 40, keychain, store };
  }
  // The look just taken says which version is installed: not looked up a second time.
  if (protection.mode === 'none') return opened(await openDatabase(name, {}, version));
  if (!store) return { kind: 'failed', error: unlockFailure('key-file-missing') };
  if (protection.mode === 'keychain') {
    const result = await unlock(name, store, protection, undefined);
    return 'code' in result ? { kind: 'failed', error: unlockFailure(result.code) } : result;
  }
  return { kind: 'unlock', name, record: protection, store };
}

/** The user's choice for a profile nobody had decided for: the record opens, then is protected as chosen. */
export async function choose(name: string, choice: ProtectionChoice, store: KeyFileStore | null, now = new Date()): Promise<StartState> {
  const result = await openDatabase(name);
  if (!result.ok) return opened(result);
  try {
    await (await protectionCode()).protectProfile(result.db, choice, store, now);
  } catch (error) {
    result.db.close();
    throw error;
  }
  return { kind: 'ready', db: result.db };
}

/** Unlocks with the key file (and the passphrase), then opens the record with the keys. */
export async function unlock(name: string, store: KeyFileStore, record: ProtectionRecord, passphrase: string | undefined): Promise<StartState | { code: UnlockFailure }> {
  const { applyUnlockedKeys, unlockKeys } = await protectionCode();
  const unlocked = await unlockKeys(store, record, passphrase);
  if (!unlocked.ok) return { code: unlocked.code };
  const cipher = new RowCipher();
  applyUnlockedKeys(cipher, store, unlocked);
  return opened(await openDatabase(name, { cipher }));
}
