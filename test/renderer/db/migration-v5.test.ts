import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { STORES_V4 } from '../../../renderer/src/db/database';
import { deleteDraft, deleteIncidentDrafts, draftId, readDraft, writeDraft } from '../../../renderer/src/db/drafts';
import { openDatabase } from '../../../renderer/src/db/open';
import { digest, sampleRecord } from '../../shared/incident/fixtures';
import { counterIds, uniqueName } from './support';

// Version 5 adds the drafts table and changes nothing else: a version-4 record opens as it was.

async function version4Database(): Promise<{ name: string; rows: Record<string, unknown[]> }> {
  const name = uniqueName('v4');
  const record = await sampleRecord();
  const rows: Record<string, unknown[]> = {
    incidents: [...record.incidents.values()],
    events: record.events,
    notifications: record.notifications,
    subjects: record.subjects,
    settings: [record.settings],
  };
  const old = new Dexie(name);
  old.version(4).stores(STORES_V4);
  await old.open();
  for (const [table, values] of Object.entries(rows)) await old.table(table).bulkAdd(values);
  old.close();
  return { name, rows: JSON.parse(JSON.stringify(rows)) as Record<string, unknown[]> };
}

async function upgraded(name: string) {
  const result = await openDatabase(name, { newId: counterIds('new'), now: () => new Date('2026-06-01T00:00:00Z'), digest });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail}`);
  return result.db;
}

describe('upgrading a version-4 database: a place for drafts', () => {
  it('keeps every row of the record as it was', async () => {
    const { name, rows } = await version4Database();
    const db = await upgraded(name);
    expect(db.verno).toBe(7);
    for (const [table, values] of Object.entries(rows)) {
      const stored = JSON.parse(JSON.stringify(await db.table(table).toArray())) as unknown[];
      const byId = (list: unknown[]) => [...(list as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(stored), table).toEqual(byId(values));
    }
  });

  it('starts with no drafts, then keeps one per form until it is saved or discarded', async () => {
    const { name } = await version4Database();
    const db = await upgraded(name);
    expect(await db.drafts.count()).toBe(0);
    const incidentId = (await db.incidents.toCollection().first())!.id;
    const decision = { id: draftId('decision', incidentId), incidentId, form: 'decision' as const, value: { rationale: 'Høy risiko' }, savedAt: '2026-06-01T10:00:00.000Z' };
    await writeDraft(db, decision);
    await writeDraft(db, { id: draftId('intake'), incidentId: '', form: 'intake', value: { title: 'Tapt PC' }, savedAt: '2026-06-01T10:01:00.000Z' });
    expect(await readDraft(db, draftId('decision', incidentId))).toEqual(decision);

    await deleteIncidentDrafts(db, incidentId);
    expect(await readDraft(db, draftId('decision', incidentId))).toBeUndefined();
    expect(await readDraft(db, 'intake')).toMatchObject({ value: { title: 'Tapt PC' } });
    await deleteDraft(db, 'intake');
    expect(await db.drafts.count()).toBe(0);
  });
});
