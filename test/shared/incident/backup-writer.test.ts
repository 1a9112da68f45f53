import { describe, expect, it } from 'vitest';
import { parseBackup, SEGMENT_RECORDS, type Tables } from '../../../shared/incident/backup';
import { tableNames } from '../../../shared/incident/backup/format';
import { BackupWriter, byHistory, byId } from '../../../shared/incident/backup/serialize';
import { historyOf, lastMaker, meta, sample, writtenAsIs } from './backup-fixtures';
import { digest, verify } from './fixtures';

// The writer an export uses: tables given a slice at a time, in the file's order, and the header
// (with the manifest of everything written) put before them at the end.

/** The tables in the file's order, as an export reads them from the database. */
function inFileOrder(tables: Tables): Record<string, unknown[]> & Tables {
  return Object.fromEntries(tableNames.map((name) => [name, [...tables[name]].sort(name === 'events' ? byHistory : byId)])) as Record<string, unknown[]> & Tables;
}

/** The file the writer makes from the tables given `slice` records at a time. */
async function written(tables: Tables, slice: number): Promise<string> {
  const pieces: string[] = [];
  const writer = new BackupWriter(digest, (text) => pieces.push(text));
  for (const name of tableNames) {
    writer.table(name);
    const records = tables[name] as readonly unknown[];
    for (let start = 0; start < records.length; start += slice) writer.records(records.slice(start, start + slice));
  }
  return (await writer.finish(meta, await lastMaker().sign())) + pieces.join('');
}

/** The sample with its events repeated under new ids, until the table spans several manifest segments. */
function longer(tables: Tables, events: number): Tables {
  const copies = Array.from({ length: events }, (_, i) => ({ ...tables.events[i % tables.events.length]!, id: `copy-${String(i).padStart(6, '0')}` }));
  return { ...tables, events: copies };
}

describe('a backup written a slice at a time', () => {
  it('is the file written whole, byte for byte, however the records are sliced', async () => {
    const { tables } = await sample();
    const ordered = inFileOrder(tables);
    // An independent writing of the same layout (the tests' own), with a true manifest and signature.
    const expected = await writtenAsIs(ordered, 2);
    for (const slice of [1, 3, 1000]) expect(await written(ordered, slice)).toBe(expected);
  });

  it('hashes the manifest in segments across the slices it is given', async () => {
    const { tables } = await sample();
    const ordered = inFileOrder(longer(tables, 2 * SEGMENT_RECORDS + 17));
    const expected = await writtenAsIs(ordered, 2);
    // Slices that do not line up with the segments, and one that spans two of them.
    expect(await written(ordered, 1000)).toBe(expected);
    expect(await written(ordered, SEGMENT_RECORDS + 1)).toBe(expected);
  });

  it('writes a file the restore reads back whole', async () => {
    const { tables } = await sample();
    const ordered = inFileOrder(tables);
    const parsed = await parseBackup(await written(ordered, 2), digest, verify);
    expect(historyOf(parsed)).toEqual(ordered);
  });

  it('refuses a table written twice, records outside a table, and writing after the end', async () => {
    const writer = new BackupWriter(digest, () => {});
    expect(() => writer.records([{ id: 'a' }])).toThrow(/before a table/);
    writer.table('installations');
    expect(() => writer.table('installations')).toThrow(/twice/);
    await writer.finish(meta);
    expect(() => writer.table('heads')).toThrow(/finished/);
  });
});
