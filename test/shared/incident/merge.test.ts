import { describe, expect, it } from 'vitest';
import { emptyLegacyTables, legacyAsHistory, planMerge, type LocalState, type Tables } from '../../../shared/incident/backup';
import * as changes from '../../../shared/incident/changes';
import { replayIncident } from '../../../shared/incident/project';
import { digest, sampleRecord, Recorder } from './fixtures';

function localOf(tables: Tables): LocalState {
  return {
    eventHashes: new Map(tables.events.map((e) => [e.id, e.hash])),
    subjects: new Map(tables.subjects.map((s) => [s.id, s])),
    erasedSubjectIds: new Set(),
    attachmentFileIds: new Set(tables.attachmentFiles.map((f) => f.id)),
    installations: new Map(tables.installations.map((r) => [r.id, r.publicKey])),
  };
}

const empty: LocalState = { eventHashes: new Map(), subjects: new Map(), erasedSubjectIds: new Set(), attachmentFileIds: new Set(), installations: new Map() };

describe('merging a backup by id', () => {
  it('adds every event and person to an empty database, and names every history to rebuild', async () => {
    const tables = (await sampleRecord()).tables();
    const plan = planMerge(tables, empty);
    if (!plan.ok) throw new Error(plan.error.code);
    expect(plan.value.events).toHaveLength(tables.events.length);
    expect(plan.value.subjects).toHaveLength(tables.subjects.length);
    expect(plan.value.histories.sort()).toEqual(tables.heads.map((h) => h.id).sort());
  });

  it('duplicates nothing and rebuilds nothing when the same backup is merged again', async () => {
    const tables = (await sampleRecord()).tables();
    const plan = planMerge(tables, localOf(tables));
    if (!plan.ok) throw new Error(plan.error.code);
    expect([plan.value.events, plan.value.subjects, plan.value.histories]).toEqual([[], [], []]);
    expect(plan.value.counts.events.unchanged).toBe(tables.events.length);
  });

  it('an older backup adds nothing to a record that went on without it', async () => {
    const r = await sampleRecord();
    const old = r.tables();
    const open = [...r.incidents.values()].find((i) => i.status !== 'closed')!;
    await r.change(open.id, (i, m) => changes.changeDetails(i, { description: { nb: 'Nyere tekst', en: '' } }, m));
    const plan = planMerge(old, localOf(r.tables()));
    if (!plan.ok) throw new Error(plan.error.code);
    expect(plan.value.events).toHaveLength(0);
    expect(plan.value.histories).toHaveLength(0);
  });

  it('two laptops: the merged history holds both changes, and the later one wins a field both changed', async () => {
    const a = await sampleRecord('installation-a');
    const incident = [...a.incidents.values()][1]!;
    const b = new Recorder('installation-b', '2026-07-01T00:00:00.000Z', 'Per Hansen');
    b.incidents.set(incident.id, incident);
    await b.change(incident.id, (i, m) => changes.changeDetails(i, { description: { nb: 'Fra laptop B', en: '' }, systems: ['Lønn'] }, m));
    await a.change(incident.id, (i, m) => changes.changeDetails(i, { systems: ['Lønnssystemet'] }, m));
    const plan = planMerge({ ...b.tables(), events: b.events }, localOf(a.tables()));
    if (!plan.ok) throw new Error(plan.error.code);
    expect(plan.value.events).toHaveLength(1);
    expect(plan.value.histories).toEqual([incident.id]);
    const merged = replayIncident([...a.events, ...b.events].filter((e) => e.incidentId === incident.id))!;
    // B's change is later (July), so it wins the systems both changed; the description is B's alone.
    expect(merged.incident).toMatchObject({ description: { nb: 'Fra laptop B', en: '' }, systems: ['Lønn'] });
    expect(Object.keys(merged.incident.heads).sort()).toEqual(['installation-a', 'installation-b']);
  });

  it('refuses another key under an installation id we know: someone posing as it', async () => {
    const ours = await (await sampleRecord('installation-a')).signedTables();
    const theirs = await (await sampleRecord('installation-a')).signedTables();
    const plan = planMerge({ ...theirs, events: [] }, localOf(ours));
    expect(!plan.ok && plan.error).toMatchObject({ code: 'conflict', detail: 'installation installation-a' });
  });

  it('refuses an event we know with different content', async () => {
    const tables = (await sampleRecord()).tables();
    const forged = { ...tables, events: [{ ...tables.events[0]!, hash: 'f'.repeat(64) }] };
    const plan = planMerge(forged, localOf(tables));
    expect(!plan.ok && plan.error.code).toBe('conflict');
  });

  it('Art. 17: never brings back a person erased here', async () => {
    const tables = (await sampleRecord()).tables();
    const erased = tables.subjects[0]!.id;
    const plan = planMerge(tables, { ...empty, erasedSubjectIds: new Set([erased]) });
    if (!plan.ok) throw new Error(plan.error.code);
    expect(plan.value.subjects.map((s) => s.id)).not.toContain(erased);
    expect(plan.value.counts.subjects.skipped).toBe(1);
  });

  it('Art. 17: a person the file’s history erased is erased here too', async () => {
    const r = await sampleRecord();
    const person = r.subjects[0]!;
    const before = r.tables();
    await r.apply(person.incidentId, { kind: 'subjects-erased', payload: { subjectIds: [person.id] } }, r.meta());
    const plan = planMerge(r.tables(), localOf(before));
    if (!plan.ok) throw new Error(plan.error.code);
    expect(plan.value.eraseSubjectIds).toEqual([person.id]);
  });
});

describe('a backup from before the record was its history', () => {
  const deps = { installationId: 'installation-here', newId: (() => { let n = 0; return () => `new-${++n}`; })(), digest, now: '2026-12-01T08:00:00.000Z' };

  it('becomes history: the old events and a checkpoint of each incident the file held', async () => {
    const r = await sampleRecord('installation-old');
    const incidents = [...r.incidents.values()];
    const legacy = { ...emptyLegacyTables(), incidents, events: r.events.filter((e) => e.incidentId !== 'settings'), notifications: r.notifications, subjects: r.subjects };
    const { tables, keptLocal } = await legacyAsHistory(legacy, { incidentIds: new Set(), settingsHistoryEmpty: false }, deps);
    expect(keptLocal).toBe(0);
    const checkpoints = tables.events.filter((e) => e.kind === 'record-migrated');
    expect(checkpoints).toHaveLength(incidents.length);
    for (const incident of incidents) {
      const replayed = replayIncident(tables.events.filter((e) => e.incidentId === incident.id))!;
      const { heads: _h, updatedAt: _u, ...rest } = replayed.incident;
      const { heads: _oh, updatedAt: _ou, ...old } = incident;
      expect(rest).toEqual(old);
      expect(replayed.notifications).toEqual(r.notifications.filter((n) => n.incidentId === incident.id));
    }
  });

  it('never overwrites an incident this installation holds', async () => {
    const r = await sampleRecord('installation-old');
    const incidents = [...r.incidents.values()];
    const legacy = { ...emptyLegacyTables(), incidents, events: r.events };
    const { tables, keptLocal } = await legacyAsHistory(legacy, { incidentIds: new Set([incidents[0]!.id]), settingsHistoryEmpty: false }, deps);
    expect(keptLocal).toBe(1);
    expect(tables.events.some((e) => e.incidentId === incidents[0]!.id)).toBe(false);
  });
});
