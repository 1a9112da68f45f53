import { CanonicalJsonError, canonicalJson } from '../../canonical';
import { sha256OfText, type Digest } from '../../chain/digest';
import { importFailure, type ImportFailure } from './errors';
import { layoutItems, type LayoutItem } from './lines';
import { SEGMENT_RECORDS, TableDigest } from './manifest';

// A file of format version 2 read a unit at a time (docs/backup-format.md): the keys, the heads,
// then one unit per history, then the people and the files in small runs. A restore reads the file
// more than once (to check it, to show what it would change, to write it) and holds one unit at a
// time; each unit's digest from the check is compared when the file is read again, so what is
// written is exactly what was checked.

export interface Unit {
  table: string;
  /** The records as parsed (not yet checked against their schemas). */
  records: unknown[];
  /** The SHA-256 of the records' canonical lines, in order. */
  digest: string;
}

/** A table's count and manifest digest, as read (when asked for). */
export interface TableRead {
  table: string;
  count: number;
  sha256: string;
}

export type FileItem =
  | Extract<LayoutItem, { kind: 'header' }>
  | { kind: 'unit'; unit: Unit }
  | { kind: 'table-end'; read: TableRead | null }
  | { kind: 'end' };

/** People per unit; a history's events are a unit whatever their number. */
export const SUBJECTS_PER_UNIT = 1000;
/** Files per unit: a file may be 20 MiB (27 MiB as base64). */
export const FILES_PER_UNIT = 4;

/** A record of a file that has no canonical form (1e400, nesting thousands deep): the file is refused. */
export class UnitError extends Error {
  constructor(readonly failure: ImportFailure) {
    super(failure.detail ?? failure.code);
  }
}

const historyOf = (record: unknown) => String((record as { incidentId?: unknown } | null)?.incidentId);

/** Whether `record` begins a new unit of `table`, after `unit` (the records of the unit so far). */
function beginsUnit(table: string, unit: readonly unknown[], record: unknown): boolean {
  if (unit.length === 0) return false;
  if (table === 'events') return historyOf(record) !== historyOf(unit[0]);
  if (table === 'subjects') return unit.length >= SUBJECTS_PER_UNIT;
  if (table === 'attachmentFiles') return unit.length >= FILES_PER_UNIT;
  return false;
}

const segmentRecordsOf = (file: Record<string, unknown>): number => {
  const value = (file.manifest as { segmentRecords?: unknown } | null)?.segmentRecords;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : SEGMENT_RECORDS;
};

/**
 * The file in units. `manifest`: also work out each table's count and manifest digest (the check
 * does; a later reading compares the units' digests instead). Throws LayoutError or TruncatedFile
 * (lines.ts) for a file not in the line layout, UnitError for a record without a canonical form.
 */
export async function* readUnits(source: AsyncIterable<string> | Iterable<string>, digest: Digest, manifest: boolean): AsyncGenerator<FileItem> {
  let table = '';
  let records: unknown[] = [];
  let lines: string[] = [];
  let index = 0;
  let segmentRecords = SEGMENT_RECORDS;
  let tableDigest: TableDigest | null = null;
  const unit = async (): Promise<FileItem | null> => {
    if (records.length === 0) return null;
    const done: Unit = { table, records, digest: await sha256OfText(lines.join(''), digest) };
    records = [];
    lines = [];
    return { kind: 'unit', unit: done };
  };
  const tableEnd = async (): Promise<FileItem> => ({
    kind: 'table-end',
    read: tableDigest ? { table, count: tableDigest.count, sha256: await tableDigest.close() } : null,
  });
  for await (const item of layoutItems(source)) {
    if (item.kind === 'header') {
      segmentRecords = segmentRecordsOf(item.file);
      yield item;
    } else if (item.kind === 'table' || item.kind === 'end') {
      const last = await unit();
      if (last) yield last;
      if (table !== '') yield await tableEnd();
      if (item.kind === 'end') {
        yield item;
        return;
      }
      table = item.name;
      index = 0;
      tableDigest = manifest ? new TableDigest(digest, segmentRecords) : null;
    } else {
      if (beginsUnit(table, records, item.record)) yield (await unit())!;
      let line: string;
      try {
        line = `${canonicalJson(item.record)}\n`;
      } catch (error) {
        if (!(error instanceof CanonicalJsonError)) throw error;
        throw new UnitError(importFailure('invalid-record', `${table}[${index}]: ${error.message}`));
      }
      index++;
      records.push(item.record);
      lines.push(line);
      tableDigest?.add(line);
    }
  }
}
