import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { STORES_V1 } from '../../../renderer/src/db/database';
import { listMigrationBackups } from '../../../renderer/src/db/backup';
import { importBackup } from '../../../renderer/src/db/restore';
import { installedVersion, openDatabase } from '../../../renderer/src/db/open';
import { createIncident, getSettings, incidentTimeline, listOpenIncidents, verifyIncidentTimeline } from '../../../renderer/src/db/repository';
import { parseBackup } from '../../../shared/incident/backup';
import { digest, verify } from '../../shared/incident/fixtures';
import { counterIds, uniqueName, writer } from './support';
import { v1Events, v1Incidents } from './old-profiles';

/** A database as the first slice left it, written with a raw Dexie of the old schema. */
async function version1Database(incidents: unknown[] = v1Incidents, events: unknown[] = v1Events): Promise<string> {
  const name = uniqueName('v1');
  const old = new Dexie(name);
  old.version(1).stores(STORES_V1);
  await old.open();
  await old.table('incidents').bulkAdd(incidents);
  await old.table('events').bulkAdd(events);
  old.close();
  return name;
}

async function upgraded(name: string) {
  // The first id made is the installation's; the rest name the migration's checkpoint events.
  const result = await openDatabase(name, { newId: counterIds('inst-migrated'), now: () => new Date('2026-03-03T00:00:00Z'), digest });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail}`);
  return result.db;
}

describe('upgrading a version-1 database to the current version', () => {
  it('keeps every incident and its fields, with the new facts unknown', async () => {
    const db = await upgraded(await version1Database());
    expect(db.verno).toBe(7);
    const stored = await db.incidents.orderBy('ref').toArray();
    // The upgrade itself is recorded in each history, so updatedAt is the moment of the upgrade.
    expect(stored.map(({ id, ref, title, status, role, occurredFrom, occurredTo, discoveredAt, awareAt, createdAt }) => ({ id, ref, title, status, role, occurredFrom, occurredTo, discoveredAt, awareAt, createdAt }))).toEqual(
      v1Incidents.map(({ updatedAt: _u, ...rest }) => rest),
    );
    expect(stored.every((i) => i.updatedAt === '2026-03-03T00:00:00.000Z')).toBe(true);
    expect(stored[1]!.facts).toMatchObject({ role: 'processor', personalData: 'unknown' });
    expect(stored.every((i) => i.risk === 'unassessed')).toBe(true);
  });

  it('chains the old timeline, so history verifies from the first event', async () => {
    const db = await upgraded(await version1Database());
    const [event] = await incidentTimeline(db, 'i1');
    expect(event).toMatchObject({ id: 'e1', seq: 1, installationId: 'inst-migrated-1', payload: { ref: 'AVV-2026-001', title: v1Incidents[0]!.title } });
    expect(await verifyIncidentTimeline(db, 'i1')).toMatchObject({ ok: true });
    expect((await getSettings(db))?.installationId).toBe('inst-migrated-1');
  });

  it('serves the new indexes: the dashboard lists open incidents by deadline', async () => {
    const db = await upgraded(await version1Database());
    expect((await listOpenIncidents(db)).map((i) => i.ref)).toEqual(['AVV-2026-002', 'AVV-2026-001']);
  });

  it('continues numbering and chaining after the upgrade', async () => {
    const db = await upgraded(await version1Database());
    const next = await createIncident(db, { title: 'Ny', awareAt: '2026-03-04T10:00:00.000Z', role: 'controller' }, writer('2026-03-04T10:00:00.000Z'));
    expect(next.ref).toBe('AVV-2026-003');
  });

  it('writes a backup of the old rows before migrating, which restores to the same record', async () => {
    const db = await upgraded(await version1Database());
    const backup = (await listMigrationBackups(db)).find((b) => b.fromVersion === 1);
    expect(backup).toMatchObject({ fromVersion: 1, toVersion: 2, counts: { incidents: 2, events: 2 } });
    expect(backup!.fileName).toMatch(/^avvik-before-upgrade-v1-to-v2-.*\.json$/);
    const parsed = await parseBackup(backup!.text, digest, verify);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.value.header).toMatchObject({ schemaVersion: 1, reason: 'pre-migration', installationId: 'inst-migrated-1' });
    // Replaying it leaves the record as it is: the incidents are here already, so nothing is added.
    const before = await db.events.count();
    const result = await importBackup(db, backup!.text, { digest });
    expect(result.ok && result.value.incidents).toMatchObject({ added: 0, skipped: 2 });
    expect(await db.events.count()).toBe(before);
  });

  it('stops on a row it cannot read and leaves the version-1 database untouched', async () => {
    const broken = [{ ...v1Incidents[0]!, awareAt: 'yesterday' }];
    const name = await version1Database(broken, []);
    const result = await openDatabase(name, { digest });
    expect(!result.ok && result.error.code).toBe('migration-failed');
    expect(await installedVersion(name)).toBe(10);
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    await old.open();
    expect(await old.table('incidents').toArray()).toEqual(broken);
    old.close();
  });
});
