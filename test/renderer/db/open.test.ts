import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AvvikDb } from '../../../renderer/src/db/database';
import { installedVersion, openDatabase } from '../../../renderer/src/db/open';
import { getSettings } from '../../../renderer/src/db/repository';
import { uniqueName } from './support';

describe('opening the record', () => {
  it('creates a fresh database at the current version with this installation’s id', async () => {
    const name = uniqueName('fresh');
    const result = await openDatabase(name, { newId: () => 'inst-1' });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.db.verno).toBe(7);
    expect(await getSettings(result.db)).toMatchObject({ installationId: 'inst-1', timeZone: 'Europe/Oslo' });
    result.db.close();
    const again = await openDatabase(name, { newId: () => 'inst-2' });
    expect(again.ok && (await getSettings(again.db))?.installationId).toBe('inst-1');
  });

  it('refuses a database written by a newer Avvik, tells the user to update, and changes nothing', async () => {
    const name = uniqueName('newer');
    const future = new Dexie(name);
    future.version(8).stores({ incidents: 'id, ref, somethingNew', futureTable: 'id' });
    await future.open();
    await future.table('incidents').add({ id: 'i1', ref: 'AVV-2030-001', somethingNew: 'x' });
    future.close();

    const result = await openDatabase(name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('database-too-new');
    expect(result.error.text.nb).toContain('Oppdater Avvik');
    expect(result.error.text.en).toContain('Update Avvik');

    expect(await installedVersion(name)).toBe(80);
    const reopened = new Dexie(name);
    await reopened.open();
    expect(reopened.tables.map((t) => t.name).sort()).toEqual(['futureTable', 'incidents']);
    expect(await reopened.table('incidents').toArray()).toEqual([{ id: 'i1', ref: 'AVV-2030-001', somethingNew: 'x' }]);
    reopened.close();
  });

  it('even a database opened on first use refuses a newer one and leaves it unpatched', async () => {
    const name = uniqueName('newer-auto');
    const future = new Dexie(name);
    future.version(8).stores({ incidents: 'id, ref, somethingNew' });
    await future.open();
    future.close();

    const db = new AvvikDb(name); // as main.tsx does: Dexie opens on the first query
    await expect(db.incidents.toArray()).rejects.toMatchObject({ name: 'DatabaseClosedError', inner: { name: 'VersionError' } });
    expect(await installedVersion(name)).toBe(80); // Dexie alone would have patched it to 71
  });

  it('looks up the installed version without creating a database', async () => {
    const name = uniqueName('probe');
    expect(await installedVersion(name)).toBe(0);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);
  });
});
