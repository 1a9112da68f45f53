import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AvvikDb } from '../../../renderer/src/db/database';
import { exportBackup, mergeHistory } from '../../../renderer/src/db/backup';
import { importBackup } from '../../../renderer/src/db/restore';
import {
  addAttachment,
  createIncident,
  eraseSubjects,
  importSubjects,
  recordMeasure,
  changeStatus,
  updateDetails,
  updateFacts,
  verifyIncidentTimeline,
} from '../../../renderer/src/db/repository';
import { sampleRecord, mailFacts } from '../../shared/incident/fixtures';
import { forkedTwins, openFresh, record, snapshot, uniqueName, writer } from './support';

const intake = { title: 'Tapt minnepenn', awareAt: '2026-03-02T07:30:00.000Z', role: 'controller' as const };

async function exported(db: AvvikDb): Promise<string> {
  return (await exportBackup(db, { now: new Date('2026-06-01T08:00:00Z') })).chunks.join('');
}

/** A database holding the sample record (three incidents, people, notifications). */
async function sampleDb(label = 'sample') {
  const db = new AvvikDb(uniqueName(label));
  const result = await mergeHistory(db, await (await sampleRecord()).signedTables());
  if (!result.ok) throw new Error(result.error.code);
  return db;
}

describe('backup: export everything, import it anywhere', () => {
  it('round-trips into an empty database without losing anything', async () => {
    const source = await sampleDb();
    const target = new AvvikDb(uniqueName('restore'));
    const result = await importBackup(target, await exported(source));
    expect(result.ok).toBe(true);
    expect(await record(target)).toEqual(await record(source));
  });

  it('writes the same file however little it reads at once', async () => {
    const db = await sampleDb('slices');
    const open = (await db.incidents.toArray()).find((incident) => incident.status !== 'closed')!;
    const ctx = writer('2026-05-01T09:00:00.000Z');
    await addAttachment(db, open.id, { name: 'skjermbilde.png', mediaType: 'image/png', bytes: new Uint8Array([1, 2, 3]) }, ctx);
    await addAttachment(db, open.id, { name: 'logg.txt', mediaType: 'text/plain', bytes: new TextEncoder().encode('innlogging') }, ctx);
    const now = new Date('2026-06-01T08:00:00Z');
    const whole = (await exportBackup(db, { now })).chunks.join('');
    // One history, person, file and incident at a time: every slice boundary is crossed.
    const sliced = await exportBackup(db, { now, slices: { histories: 1, people: 1, files: 1, incidents: 1 } });
    expect(sliced.chunks.join('')).toBe(whole);
    // Four histories in slices of three: the last slice is short.
    expect((await exportBackup(db, { now, slices: { histories: 3, people: 3, files: 3, incidents: 3 } })).chunks.join('')).toBe(whole);
    expect(sliced.counts).toMatchObject({ heads: 4, subjects: 2, attachmentFiles: 2 });
    const target = new AvvikDb(uniqueName('slices-restore'));
    expect((await importBackup(target, whole)).ok).toBe(true);
    expect(await target.attachmentFiles.count()).toBe(2);
    expect(await record(target)).toEqual(await record(db));
  });

  it('is one moment of the record: what is written while it reads is not half in the file', async () => {
    const db = await sampleDb('moment');
    const now = new Date('2026-06-01T08:00:00Z');
    const [incident] = await db.incidents.toArray();
    const [person] = await db.subjects.toArray();
    // Rows written in a task of their own as soon as the export has begun, while it reads one
    // record at a time: an incident row and a person of it (not a whole history: the file would not
    // restore if the export saw them, so it must not see them).
    let writing: Promise<unknown> | null = null;
    const write = () =>
      db.transaction('rw', db.incidents, db.subjects, async () => {
        await db.incidents.put({ ...incident!, id: 'written-during-export' });
        await db.subjects.put({ ...person!, id: 'person-during-export', incidentId: 'written-during-export' });
      });
    const file = await exportBackup(db, { now, slices: { histories: 1, people: 1, files: 1, incidents: 1 } }, undefined, (done) => {
      if (done > 0 && !writing) writing = new Promise((resolve) => setTimeout(() => resolve(write())));
    });
    await writing;
    expect(await db.subjects.get('person-during-export')).toBeDefined();
    const text = file.chunks.join('');
    expect(text).not.toContain('during-export');
    const target = new AvvikDb(uniqueName('moment-restore'));
    expect((await importBackup(target, text)).ok).toBe(true);
  });

  it('names the file by date and counts what it holds', async () => {
    const file = await exportBackup(await sampleDb(), { now: new Date('2026-06-01T08:00:00Z') });
    expect(file.name).toBe('avvik-backup-2026-06-01T080000Z.json');
    expect(file.counts).toMatchObject({ heads: 4, subjects: 2 });
    expect(file.counts.incidentIds).toHaveLength(3);
  });

  it('imported twice, duplicates nothing', async () => {
    const db = await sampleDb();
    const text = await exported(db);
    const before = await snapshot(db);
    const result = await importBackup(db, text);
    expect(result.ok && result.value.events.added).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });

  it('does not overwrite newer data with an older backup', async () => {
    const db = await openFresh('newer');
    const ctx = writer();
    const { id } = await createIncident(db, intake, ctx);
    const old = await exported(db);
    ctx.tick();
    await updateDetails(db, id, { description: 'Skrevet etter sikkerhetskopien' }, ctx);
    const result = await importBackup(db, old);
    expect(result.ok && result.value.events).toMatchObject({ added: 0 });
    expect(result.ok && result.value.incidents).toMatchObject({ added: 0, updated: 0 });
    expect((await db.incidents.get(id))?.description).toEqual({ nb: 'Skrevet etter sikkerhetskopien', en: '' });
    expect((await verifyIncidentTimeline(db, id)).ok).toBe(true);
  });

  it('Art. 17: a person erased after the backup stays erased when it is imported', async () => {
    const db = await openFresh('erased');
    const ctx = writer();
    const { id } = await createIncident(db, intake, ctx);
    const [person] = await importSubjects(db, id, [{ name: 'Ola Nordmann', address: null, email: null, language: 'nb' }], ctx);
    const old = await exported(db);
    await eraseSubjects(db, id, [person!.id], ctx);
    const result = await importBackup(db, old);
    expect(result.ok && result.value.subjects.skipped).toBe(1);
    expect(await db.subjects.count()).toBe(0);
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, text.length - 200), 'truncated'],
    ['malformed', () => '<html>not a backup</html>', 'malformed'],
    ['from a newer Avvik', (text: string) => text.replace('"schemaVersion":3', '"schemaVersion":9'), 'newer-version'],
    ['of an unknown format version', (text: string) => text.replace('"formatVersion":2', '"formatVersion":0'), 'unknown-version'],
    ['tampered', (text: string) => text.replace('Kundeliste sendt til feil mottaker', 'Ingenting skjedde'), 'manifest-mismatch'],
    ['whose history was rewritten and re-hashed', (text: string) => text.replace('Kundeliste sendt til feil mottaker', 'Ingenting skjedde'), 'manifest-mismatch'],
    ['empty', () => '', 'malformed'],
    ['with a number too large for JSON (1e400)', (text: string) => text.replace(/"subjectCount":(\d+|null)/, '"subjectCount":1e400'), 'invalid-record'],
    ['nested thousands deep', (text: string) => text.replace(/"subjectCount":(\d+|null)/, `"subjectCount":${'['.repeat(50_000)}${']'.repeat(50_000)}`), 'invalid-record'],
    ['with a table named __proto__', (text: string) => text.replace('"tables":{\n', '"tables":{"__proto__":[],\n'), 'invalid-record'],
  ])('refuses a %s backup with a clear message, and the database is unchanged', async (_name, spoil, code) => {
    const db = await sampleDb('refuse');
    const text = spoil(await exported(db));
    const before = await snapshot(db);
    const result = await importBackup(db, text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.text.nb).toMatch(/Ingenting er endret/);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a backup whose history forks ours, and writes none of it', async () => {
    const { db, twin } = await forkedTwins('fork');
    const before = await snapshot(db);
    const result = await importBackup(db, await exported(twin));
    expect(!result.ok && result.error.code).toBe('conflict');
    expect(await snapshot(db)).toEqual(before);
  });

  it('round-trips whatever a user records (property)', async () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('details' as const), text: fc.string({ maxLength: 30 }) }),
      fc.record({ kind: fc.constant('facts' as const), count: fc.option(fc.nat({ max: 100000 })) }),
      fc.record({ kind: fc.constant('measure' as const), text: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '') }),
      fc.record({ kind: fc.constant('status' as const), to: fc.constantFrom('draft' as const, 'investigating' as const, 'contained' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(step, { maxLength: 6 }), { minLength: 1, maxLength: 3 }), async (plans) => {
        const db = await openFresh('prop');
        const ctx = writer();
        for (const plan of plans) {
          const { id } = await createIncident(db, intake, ctx);
          for (const s of plan) {
            ctx.tick();
            if (s.kind === 'details') await updateDetails(db, id, { description: s.text }, ctx);
            if (s.kind === 'facts') await updateFacts(db, id, { ...mailFacts, subjectCount: s.count }, ctx);
            if (s.kind === 'measure') await recordMeasure(db, id, { kind: 'mitigation', text: s.text, doneAt: null }, ctx);
            if (s.kind === 'status') await changeStatus(db, id, s.to, ctx);
          }
        }
        const target = await openFresh('prop-target', 'inst-b');
        const result = await importBackup(target, await exported(db));
        expect(result.ok).toBe(true);
        expect(await record(target)).toEqual(await record(db));
      }),
      { numRuns: 8 },
    );
  });
});
