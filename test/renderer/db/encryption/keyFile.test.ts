import { describe, expect, it } from 'vitest';
import { PBKDF2_ITERATIONS, decodeKeys, encodeKeys, keyFileProtection, newPassphraseProtector, newVaultKeys, openFromKeychain, openWithPassphrase, sealKeyFile } from '../../../../renderer/src/db/encryption/keyFile';
import { inspectDatabase, protectProfile, unlockKeys } from '../../../../renderer/src/db/encryption/protection';
import { memoryKeyFileStore } from '../../../../renderer/src/db/encryption/storage';
import { openDatabase } from '../../../../renderer/src/db/open';
import { createIncident, getIncident } from '../../../../renderer/src/db/repository';
import { snapshot, uniqueName, writer } from '../support';
import { PASSPHRASE, TEST_ITERATIONS, openEncrypted, rawRows, reopen, textIn } from './support';

describe('the key file', () => {
  it('is sealed with PBKDF2-SHA-256 at 600,000 iterations by default, and opens with the passphrase', async () => {
    const keys = newVaultKeys('vault-1');
    const file = await sealKeyFile(keys, await newPassphraseProtector(PASSPHRASE));
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(new DataView(file.buffer).getUint32(5 + 16)).toBe(600_000);
    expect(keyFileProtection(file)).toBe('passphrase');
    const opened = await openWithPassphrase(file, PASSPHRASE);
    expect(opened.ok && [...opened.keys.dataKey]).toEqual([...keys.dataKey]);
    expect(opened.ok && opened.keys.currentEpoch).toBe(keys.currentEpoch);
    // The keys themselves are nowhere in the file.
    expect(Buffer.from(file).includes(Buffer.from(keys.dataKey))).toBe(false);
  });

  it('refuses a wrong passphrase as such', async () => {
    const file = await sealKeyFile(newVaultKeys('vault-2'), await newPassphraseProtector(PASSPHRASE, TEST_ITERATIONS));
    expect(await openWithPassphrase(file, 'feil passord')).toEqual({ ok: false, reason: 'wrong-passphrase' });
    const damaged = file.slice(0, -3);
    expect(await openWithPassphrase(damaged, PASSPHRASE)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('holds the keys in clear only for the keychain, which the main process seals', async () => {
    const keys = newVaultKeys('vault-3');
    const file = await sealKeyFile(keys, { kind: 'keychain' });
    expect(keyFileProtection(file)).toBe('keychain');
    const opened = openFromKeychain(file);
    expect(opened.ok && opened.keys.vaultId).toBe('vault-3');
    expect(decodeKeys(encodeKeys(keys))).toEqual(keys);
  });
});

describe('choosing how the profile is protected', () => {
  it('unlocks with the passphrase after a restart; a wrong one is refused and changes nothing', async () => {
    const { db, name, store } = await openEncrypted('unlock');
    const incident = await createIncident(db, { title: 'Innbrudd i arkivet', awareAt: '2026-03-02T07:30:00.000Z', role: 'controller' }, writer());
    db.close();
    const before = await rawRows(name, 'incidents');
    const { protection } = await inspectDatabase(name);
    expect(protection).toMatchObject({ mode: 'passphrase' });
    expect(await unlockKeys(store, protection!, 'feil passord')).toEqual({ ok: false, code: 'wrong-passphrase' });
    expect(await rawRows(name, 'incidents')).toEqual(before);
    expect(store.written).toHaveLength(1);
    const again = await reopen(name, store);
    expect((await getIncident(again, incident.id))?.title).toBe('Innbrudd i arkivet');
  });

  it('refuses a key file that belongs to another profile', async () => {
    const first = await openEncrypted('mine');
    const second = await openEncrypted('theirs');
    first.db.close();
    const { protection } = await inspectDatabase(first.name);
    expect(await unlockKeys(second.store, protection!, PASSPHRASE)).toMatchObject({ ok: false, code: 'key-mismatch' });
    expect(await unlockKeys(memoryKeyFileStore(), protection!, PASSPHRASE)).toMatchObject({ ok: false, code: 'key-file-missing' });
  });

  it('refuses to open an encrypted profile without its keys', async () => {
    const { db, name } = await openEncrypted('no-keys');
    db.close();
    const opened = await openDatabase(name);
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.error.code).toBe('database-locked');
  });

  it('encrypts a profile from before encryption whole: every row sealed, nothing lost', async () => {
    const name = uniqueName('legacy');
    const opened = await openDatabase(name, { newId: () => 'inst-a', now: () => new Date('2026-03-01T00:00:00Z') });
    if (!opened.ok) throw new Error(opened.error.code);
    const { db } = opened;
    await createIncident(db, { title: 'Gammel hendelse i klartekst', awareAt: '2026-03-02T07:30:00.000Z', role: 'controller' }, writer());
    expect(textIn(await rawRows(name, 'incidents'))).toContain('Gammel hendelse i klartekst');
    const before = await snapshot(db);

    const store = memoryKeyFileStore();
    await protectProfile(db, { mode: 'passphrase', passphrase: PASSPHRASE, iterations: TEST_ITERATIONS }, store, new Date());
    expect(await snapshot(db)).toEqual({ ...(before as object), vault: [expect.objectContaining({ mode: 'passphrase' })] });
    for (const table of ['incidents', 'events', 'settings', 'installations']) {
      const rows = await rawRows(name, table);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.$sealed !== undefined)).toBe(true);
    }
    expect(textIn(await rawRows(name, 'incidents'))).not.toContain('Gammel hendelse');
    // The signing key stays as it was: a non-extractable CryptoKey.
    expect((await rawRows(name, 'keys'))[0]).toHaveProperty('privateKey');
  });

  it('records an explicit choice of a clear profile, which then opens without a key', async () => {
    const name = uniqueName('clear');
    const opened = await openDatabase(name);
    if (!opened.ok) throw new Error(opened.error.code);
    await protectProfile(opened.db, { mode: 'none' }, null, new Date('2026-03-01T00:00:00Z'));
    opened.db.close();
    expect((await inspectDatabase(name)).protection).toMatchObject({ mode: 'none', decidedAt: '2026-03-01T00:00:00.000Z' });
    expect((await openDatabase(name)).ok).toBe(true);
  });
});
