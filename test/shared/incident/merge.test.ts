import { describe, expect, it } from 'vitest';
import { planMerge, type LocalState, type Tables } from '../../../shared/incident/backup';
import * as changes from '../../../shared/incident/changes';
import { sampleRecord, Recorder } from './fixtures';

function localOf(tables: Tables): LocalState {
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  return {
    settings: tables.settings[0] ?? null,
    incidents: byId(tables.incidents),
    eventHashes: new Map(tables.events.map((e) => [e.id, e.hash])),
    subjects: byId(tables.subjects),
    notifications: byId(tables.notifications),
    erasedSubjectIds: new Set(),
  };
}

const empty: LocalState = { settings: null, incidents: new Map(), eventHashes: new Map(), subjects: new Map(), notifications: new Map(), erasedSubjectIds: new Set() };

describe('merging a backup by id', () => {
  it('adds everything to an empty database', async () => {
    const tables = (await sampleRecord()).tables();
    const plan = planMerge(tables, empty);
    if (!plan.ok) throw new Error(plan.error.code);
    expect(plan.value.put.events).toHaveLength(tables.events.length);
    expect(plan.value.counts.incidents).toEqual({ added: 3, updated: 0, unchanged: 0, skipped: 0 });
  });

  it('duplicates nothing when the same backup is merged again', async () => {
    const tables = (await sampleRecord()).tables();
    const plan = planMerge(tables, localOf(tables));
    if (!plan.ok) throw new Error(plan.error.code);
    expect(Object.values(plan.value.put).every((rows) => rows.length === 0)).toBe(true);
    expect(plan.value.counts.events.unchanged).toBe(tables.events.length);
  });

  it('keeps our newer incident and adds only the events it lacks', async () => {
    const r = await sampleRecord();
    const old = r.tables();
    const open = [...r.incidents.values()].find((i) => i.status !== 'closed')!;
    await r.change(open.id, (i, m) => changes.changeDetails(i, { description: 'Nyere tekst' }, m));
    const plan = planMerge(old, localOf(r.tables()));
    if (!plan.ok) throw new Error(plan.error.code);
    expect(plan.value.put.incidents).toHaveLength(0);
    expect(plan.value.put.events).toHaveLength(0);
  });

  it('takes their newer incident and combines the chain heads of both machines', async () => {
    const a = await sampleRecord('installation-a');
    const ours = a.tables();
    const incident = ours.incidents[1]!;
    const b = new Recorder('installation-b', '2026-07-01T00:00:00.000Z', 'Per Hansen');
    b.incidents.set(incident.id, incident);
    const theirs = await b.change(incident.id, (i, m) => changes.changeDetails(i, { description: 'Fra laptop B' }, m));
    const plan = planMerge({ ...ours, incidents: [theirs], events: b.events, settings: [] }, localOf(ours));
    if (!plan.ok) throw new Error(plan.error.code);
    expect(plan.value.put.incidents[0]).toMatchObject({ description: 'Fra laptop B' });
    expect(Object.keys(plan.value.put.incidents[0]!.heads).sort()).toEqual(['installation-a', 'installation-b']);
    expect(plan.value.put.events).toHaveLength(1);
  });

  it('refuses an event we know with different content', async () => {
    const tables = (await sampleRecord()).tables();
    const local = localOf(tables);
    const forged = { ...tables, events: [{ ...tables.events[0]!, hash: 'f'.repeat(64) }] };
    const plan = planMerge(forged, local);
    expect(!plan.ok && plan.error.code).toBe('conflict');
  });

  it('Art. 17: never brings back a person erased here', async () => {
    const tables = (await sampleRecord()).tables();
    const erased = tables.subjects[0]!.id;
    const plan = planMerge(tables, { ...empty, erasedSubjectIds: new Set([erased]) });
    if (!plan.ok) throw new Error(plan.error.code);
    expect(plan.value.put.subjects.map((s) => s.id)).not.toContain(erased);
    expect(plan.value.counts.subjects.skipped).toBe(1);
  });

  it('keeps our installation id and our newer settings', async () => {
    const tables = (await sampleRecord('installation-b')).tables();
    const ours = { ...tables.settings[0]!, installationId: 'installation-a', updatedAt: '2026-01-01T00:00:00.000Z' };
    const plan = planMerge(tables, { ...empty, settings: ours });
    if (!plan.ok) throw new Error(plan.error.code);
    expect(plan.value.put.settings[0]).toMatchObject({ installationId: 'installation-a', organisationName: 'Fjordkraft Eksempel AS' });
    const newer = planMerge(tables, { ...empty, settings: { ...ours, updatedAt: '2027-01-01T00:00:00.000Z' } });
    expect(newer.ok && newer.value.put.settings).toEqual([]);
  });
});
