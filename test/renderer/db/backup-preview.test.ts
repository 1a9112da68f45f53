import { describe, expect, it } from 'vitest';
import type { AvvikDb } from '../../../renderer/src/db/database';
import { exportBackup } from '../../../renderer/src/db/backup';
import { applyBackup, importBackup, previewBackup, readBackup, restorableTables } from '../../../renderer/src/db/restore';
import { webDigest } from '../../../renderer/src/db/crypto';
import { webVerify } from '../../../renderer/src/db/keys';
import { parseBackup } from '../../../shared/incident/backup/parse';
import { batchesOfTables, FileChangedError } from '../../../shared/incident/backup/batches';
import { createIncident, updateDetails } from '../../../renderer/src/db/repository';
import { forkedTwins, openFresh, snapshot, writer } from './support';

// The preview reckons the merge without writing it: it must say exactly what the merge then does,
// refuse what the merge would refuse, and leave the database as it was.

const intake = { title: 'Tapt minnepenn', awareAt: '2026-03-02T07:30:00.000Z', role: 'controller' as const };

async function exported(db: AvvikDb): Promise<string> {
  return (await exportBackup(db, { now: new Date('2026-06-01T08:00:00Z') })).chunks.join('');
}

describe('backup preview', () => {
  it('says what the merge then adds and changes, and writes nothing', async () => {
    const source = await openFresh('preview-source', 'inst-a');
    const ctx = writer();
    const { id: kept } = await createIncident(source, intake, ctx);
    const target = await openFresh('preview-target', 'inst-b');
    const first = await importBackup(target, await exported(source));
    expect(first.ok).toBe(true);
    ctx.tick();
    await updateDetails(source, kept, { description: 'Skrevet etter forrige kopi' }, ctx);
    ctx.tick();
    const { id: added } = await createIncident(source, { ...intake, title: 'Feilsendt e-post' }, ctx);

    const read = await readBackup(target, await exported(source));
    if (!read.ok) throw new Error(read.error.code);
    const before = await snapshot(target);
    const preview = await previewBackup(target, read.value);
    expect(await snapshot(target)).toEqual(before);
    if (!preview.ok) throw new Error(preview.error.code);
    expect(preview.value.incidents).toMatchObject({ added: 1, updated: 1 });
    expect(preview.value.details.incidents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: added, change: 'added' }),
        expect.objectContaining({ id: kept, change: 'updated', fields: ['description'] }),
      ]),
    );

    const applied = await applyBackup(target, read.value);
    expect(applied).toEqual(preview);
    expect((await target.incidents.get(kept))?.description).toEqual({ nb: 'Skrevet etter forrige kopi', en: '' });
    expect(await target.incidents.get(added)).toBeDefined();
  });

  it('merges what was recorded here after the preview, not the preview\'s reckoning of an older record', async () => {
    const source = await openFresh('preview-later-source', 'inst-a');
    const ctx = writer();
    const { id } = await createIncident(source, intake, ctx);
    const target = await openFresh('preview-later-target', 'inst-b');
    expect((await importBackup(target, await exported(source))).ok).toBe(true);
    ctx.tick();
    await updateDetails(source, id, { description: 'Fra kopien' }, ctx);

    const read = await readBackup(target, await exported(source));
    if (!read.ok) throw new Error(read.error.code);
    const preview = await previewBackup(target, read.value);
    expect(preview.ok && preview.value.details.incidents).toEqual([expect.objectContaining({ id, fields: ['description'] })]);
    // While the preview is on screen, somebody records a change here to the same incident.
    const here = writer('2026-03-02T10:00:00.000Z', 'Ola Nordmann', 'here');
    await updateDetails(target, id, { howItHappened: 'Skrevet her mens forhåndsvisningen sto' }, here);

    const applied = await applyBackup(target, read.value);
    expect(applied.ok).toBe(true);
    const row = await target.incidents.get(id);
    // Both changes stand: the one from the file and the one made here meanwhile.
    expect(row?.description).toEqual({ nb: 'Fra kopien', en: '' });
    expect(row?.howItHappened).toEqual({ nb: 'Skrevet her mens forhåndsvisningen sto', en: '' });
    expect(Object.keys(row?.heads ?? {}).sort()).toEqual(['inst-a', 'inst-b']);
  });

  it('takes an incident as the check of the file replayed it only when the record has the same events', async () => {
    const source = await openFresh('preview-replayed-source', 'inst-a');
    const ctx = writer();
    const { id } = await createIncident(source, intake, ctx);
    const file = await exported(source);
    // The file as the check reads it, with its replays, one of them marked to see where the preview's incident comes from.
    const checked = async (text: string) => {
      const parsed = await parseBackup(text, webDigest, webVerify);
      if (!parsed.ok || parsed.value.content.kind !== 'history') throw new Error('expected a history');
      const { tables, replayed = [] } = parsed.value.content;
      replayed.find((record) => record.incident.id === id)!.incident.title = 'Slik kontrollen spilte den av';
      return restorableTables(tables, 0, true, new Map(replayed.map((record) => [record.incident.id, record])));
    };

    const fresh = await openFresh('preview-replayed-fresh', 'inst-b');
    const preview = await previewBackup(fresh, await checked(file));
    expect(preview.ok && preview.value.details.incidents.map((i) => i.title)).toEqual(['Slik kontrollen spilte den av']);

    // Here the history has an event the file lacks: its heads differ, and it is replayed whole.
    const holder = await openFresh('preview-replayed-holder', 'inst-b');
    expect((await importBackup(holder, file)).ok).toBe(true);
    await updateDetails(holder, id, { description: 'Skrevet her' }, writer('2026-03-02T10:00:00.000Z', 'Ola Nordmann', 'here'));
    ctx.tick();
    await updateDetails(source, id, { howItHappened: 'Fra kopien' }, ctx);
    const merged = await previewBackup(holder, await checked(await exported(source)));
    expect(merged.ok && merged.value.details.incidents.map((i) => i.title)).toEqual([intake.title]);
  });

  it('refuses a history that forks ours, as the merge does, and writes nothing', async () => {
    const { db, twin } = await forkedTwins('preview-fork');
    const read = await readBackup(db, await exported(twin));
    if (!read.ok) throw new Error(read.error.code);
    const before = await snapshot(db);
    const preview = await previewBackup(db, read.value);
    expect(!preview.ok && preview.error.code).toBe('conflict');
    expect(await snapshot(db)).toEqual(before);
    const applied = await applyBackup(db, read.value);
    expect(!applied.ok && applied.error.code).toBe('conflict');
    expect(await snapshot(db)).toEqual(before);
  });

  it('says how far a merge came when it stops part way, and what it wrote stays whole', async () => {
    const source = await openFresh('stopped-source', 'inst-a');
    const ctx = writer();
    for (const title of ['Første', 'Andre', 'Tredje']) {
      await createIncident(source, { ...intake, title }, ctx);
      ctx.tick();
    }
    const parsed = await parseBackup(await exported(source), webDigest, webVerify);
    if (!parsed.ok || parsed.value.content.kind !== 'history') throw new Error('expected a history');
    const { tables } = parsed.value.content;
    const whole = restorableTables(tables, 0, true);
    // The file's first histories come, then it turns out not to be the file that was checked.
    const stopping = {
      ...whole,
      batches: async function* () {
        yield* batchesOfTables(tables, undefined, 1);
        throw new FileChangedError();
      },
    };
    const target = await openFresh('stopped-target', 'inst-b');
    const result = await applyBackup(target, stopping, { groupRecords: 1 });
    expect(!result.ok && result.error.text.en).toContain(`The restore stopped after ${tables.events.length} of ${whole.records} records`);
    expect(!result.ok && result.error.text.nb).toContain('Gjenopprettingen stoppet etter');
    expect(!result.ok && result.error.text.en).not.toContain('Nothing in the database was changed');
    // Every history written is whole, its incident rebuilt from it.
    expect(await target.incidents.count()).toBe(3);
    // Read again in full, the same file completes the restore and changes nothing more.
    expect((await applyBackup(target, whole)).ok).toBe(true);
    expect(await target.incidents.count()).toBe(3);
    // Stopped before anything was written, it says nothing was.
    const untouched = await openFresh('stopped-untouched', 'inst-c');
    const nothing = {
      ...whole,
      // eslint-disable-next-line require-yield -- a file that fails before its first batch
      batches: async function* () {
        throw new FileChangedError();
      },
    };
    const early = await applyBackup(untouched, nothing);
    expect(!early.ok && early.error.text.en).toContain('Nothing in the database was changed');
  });
});
