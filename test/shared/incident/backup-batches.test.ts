import { describe, expect, it } from 'vitest';
import { batchesOfTables, groupedBatches, HeldBatches, type RestoreBatch } from '../../../shared/incident/backup/batches';
import { checkBackupStream } from '../../../shared/incident/backup/stream';
import { SETTINGS_HISTORY_ID } from '../../../shared/incident/events';
import { digest, verify } from './fixtures';
import { sample } from './backup-fixtures';

// A restore takes a file a batch at a time: whole histories with their heads, then people and files;
// the merge writes groups of batches, each in one transaction.

async function all(batches: AsyncIterable<RestoreBatch> | Iterable<RestoreBatch>): Promise<RestoreBatch[]> {
  const out: RestoreBatch[] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

describe('the batches of a restore', () => {
  it('hold whole histories with their heads and the file’s keys, then the people', async () => {
    const { tables } = await sample();
    const batches = await all(batchesOfTables(tables, undefined, 1));
    const histories = new Set(tables.events.map((e) => e.incidentId));
    const withEvents = batches.filter((b) => b.tables.events.length > 0);
    expect(withEvents).toHaveLength(histories.size);
    for (const batch of withEvents) {
      const ids = [...new Set(batch.tables.events.map((e) => e.incidentId))];
      expect(ids).toHaveLength(1);
      expect(batch.tables.heads.map((h) => h.id)).toEqual(ids);
      expect(batch.tables.events).toHaveLength(tables.events.filter((e) => e.incidentId === ids[0]).length);
    }
    expect(batches.every((b) => b.tables.installations.length === tables.installations.length)).toBe(true);
    expect(batches.at(-1)!.tables.subjects).toHaveLength(tables.subjects.length);
  });

  it('are grouped for the merge until a group holds enough records, losing and splitting nothing', async () => {
    const { tables } = await sample();
    const small = await all(batchesOfTables(tables, undefined, 1));
    const records = (b: RestoreBatch) => b.tables.events.length + b.tables.subjects.length + b.tables.attachmentFiles.length;
    const groups = await all(groupedBatches(batchesOfTables(tables, undefined, 1), 10));
    expect(groups.length).toBeLessThan(small.length);
    expect(groups.slice(0, -1).every((g) => records(g) >= 10)).toBe(true);
    expect(groups.flatMap((g) => g.tables.events)).toEqual(small.flatMap((b) => b.tables.events));
    expect(groups.flatMap((g) => g.tables.heads)).toEqual(small.flatMap((b) => b.tables.heads));
    expect(groups.flatMap((g) => g.tables.subjects)).toEqual(tables.subjects);
    // A history is never split between two groups.
    const groupOf = new Map<string, Set<number>>();
    groups.forEach((g, i) => g.tables.events.forEach((e) => groupOf.set(e.incidentId, (groupOf.get(e.incidentId) ?? new Set()).add(i))));
    expect([...groupOf.values()].every((found) => found.size === 1)).toBe(true);
  });

  it('are kept as the check reads them while few enough, and let go all at once beyond that', async () => {
    const { text, tables } = await sample();
    const kept = new HeldBatches(1_000_000);
    const checked = await checkBackupStream(text, digest, verify, undefined, { keep: kept.keep });
    expect(!checked.whole && checked.result.ok).toBe(true);
    const batches = kept.done()!;
    expect(batches.flatMap((b) => b.tables.events).map((e) => e.id).sort()).toEqual(tables.events.map((e) => e.id).sort());
    expect(batches.flatMap((b) => b.tables.subjects)).toEqual(tables.subjects);
    // The check's replays come with their histories, the settings' excepted.
    const incidents = new Set(tables.events.map((e) => e.incidentId).filter((id) => id !== SETTINGS_HISTORY_ID));
    expect(batches.flatMap((b) => b.replayed.map((r) => r.incident.id)).sort()).toEqual([...incidents].sort());
    const small = new HeldBatches(tables.events.length - 1);
    await checkBackupStream(text, digest, verify, undefined, { keep: small.keep });
    expect(small.done()).toBeNull();
  });
});
