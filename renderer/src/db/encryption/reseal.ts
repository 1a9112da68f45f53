import type { Table } from 'dexie';
import type { AvvikDb } from '../database';

// Rewrites every row of some tables, so the encryption middleware seals each one afresh: with the
// keys of a newly encrypted profile, or under a new erasure epoch. Rows are read and written in
// chunks by primary key, so a large register is never held whole in memory; the caller runs it
// inside one transaction, so it happens to every row or to none.

const CHUNK = 500;

export async function resealTables(tables: readonly Table[]): Promise<number> {
  let count = 0;
  for (const table of tables) {
    const keyPath = table.schema.primKey.keyPath as string;
    let last: string | null = null;
    for (;;) {
      const rows: Record<string, unknown>[] = await (last === null ? table.orderBy(':id') : table.where(':id').above(last)).limit(CHUNK).toArray();
      if (rows.length === 0) break;
      await table.bulkPut(rows);
      count += rows.length;
      last = rows.at(-1)![keyPath] as string;
    }
  }
  return count;
}

/** The tables whose rows the middleware seals: all but the signing key and the protection record. */
export function sealedTables(db: AvvikDb): Table[] {
  return db.tables.filter((table) => table.name !== 'keys' && table.name !== 'vault');
}
