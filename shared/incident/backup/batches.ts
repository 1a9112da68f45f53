import type { Digest } from '../../chain/digest';
import { SETTINGS_HISTORY_ID, type TimelineEvent } from '../events';
import type { InstallationRecord } from '../installations';
import { byIncident } from '../byIncident';
import { replayIncident, type IncidentRecord } from '../project';
import type { Subject } from '../subjects';
import { importFailure, type ImportFailure } from './errors';
import { emptyTables, type AttachmentFileRecord, type HeadsRecord, type TableName, type Tables } from './format';
import type { TextSource } from './lines';
import { validUnit } from './stream';
import { FILES_PER_UNIT, readUnits, SUBJECTS_PER_UNIT } from './units';

// A checked backup handed to the preview and the merge a batch at a time: whole histories (with
// their heads and, for incidents, the check's replay of them) up to a few thousand events, then the
// people and the files in small runs (as a file's units are: units.ts). Every batch carries the
// file's keys. A restore then holds a few batches at a time, whatever the size of the file; the merge
// writes them in groups (groupedBatches), each group in a transaction of its own.

export interface RestoreBatch {
  tables: Tables;
  /** The incidents of the batch's histories as their replay in the file gave them. */
  replayed: IncidentRecord[];
}

/** Events per batch: a batch is one message from the worker, unpacked on the page's thread in one go. */
export const BATCH_EVENTS = 2000;

/** Gathers whole histories into batches. */
class Batcher {
  private tables = emptyTables();
  private replayed: IncidentRecord[] = [];
  constructor(
    private readonly installations: readonly InstallationRecord[],
    private readonly batchEvents: number,
  ) {}
  /**
   * Adds a history, with its replay when known (`'replay'`: made here, from the history); a batch
   * when it is full.
   */
  history(events: TimelineEvent[], heads: HeadsRecord, replay: IncidentRecord | 'replay' | null): RestoreBatch | null {
    this.tables.events.push(...events);
    this.tables.heads.push(heads);
    const record = replay === 'replay' ? (heads.id === SETTINGS_HISTORY_ID ? null : replayIncident(events)) : replay;
    if (record) this.replayed.push(record);
    return this.tables.events.length >= this.batchEvents ? this.flush() : null;
  }
  /** What is gathered, as a batch (null when nothing is). */
  flush(): RestoreBatch | null {
    if (this.tables.events.length === 0 && this.tables.heads.length === 0) return null;
    const batch = { tables: { ...this.tables, installations: [...this.installations] }, replayed: this.replayed };
    this.tables = emptyTables();
    this.replayed = [];
    return batch;
  }
  other(subjects: Subject[], attachmentFiles: AttachmentFileRecord[]): RestoreBatch {
    return { tables: { ...emptyTables(), installations: [...this.installations], subjects, attachmentFiles }, replayed: [] };
  }
}

/**
 * The batches of a file gathered as its check reads it (checkBackupStream's `keep`), while the file
 * is small enough to keep: then the preview and the merge take them from memory instead of reading
 * the file twice more. Past `limit` records, everything gathered is let go, and the file is read
 * again (batchesOfFile): memory stays bounded whatever the file's size.
 */
export class HeldBatches {
  private batches: RestoreBatch[] | null = [];
  private installations: InstallationRecord[] = [];
  private readonly heads = new Map<string, HeadsRecord>();
  private batcher = new Batcher([], BATCH_EVENTS);
  private records = 0;
  constructor(private readonly limit: number) {}

  readonly keep = (table: TableName, records: unknown[], replayed: IncidentRecord | null): void => {
    if (!this.batches) return;
    if ((this.records += records.length) > this.limit) {
      this.batches = null;
      this.heads.clear();
      this.batcher = new Batcher([], BATCH_EVENTS);
      return;
    }
    if (table === 'installations') {
      this.installations = [...this.installations, ...(records as InstallationRecord[])];
      this.batcher = new Batcher(this.installations, BATCH_EVENTS);
    } else if (table === 'heads') for (const record of records as HeadsRecord[]) this.heads.set(record.id, record);
    else if (table === 'events') {
      const events = records as TimelineEvent[];
      const batch = this.batcher.history(events, this.heads.get(events[0]!.incidentId)!, replayed);
      if (batch) this.batches.push(batch);
    } else {
      const rest = this.batcher.flush();
      if (rest) this.batches.push(rest);
      this.batches.push(table === 'subjects' ? this.batcher.other(records as Subject[], []) : this.batcher.other([], records as AttachmentFileRecord[]));
    }
  };

  /** The file's batches, or null when it was too large to keep. */
  done(): RestoreBatch[] | null {
    const rest = this.batcher.flush();
    if (rest) this.batches?.push(rest);
    return this.batches;
  }
}

/** A file read again that is not the file that was checked: nothing more of it is taken. */
export class FileChangedError extends Error {
  readonly failure: ImportFailure = importFailure('manifest-mismatch', 'the file changed after it was checked');
  constructor() {
    super('the file changed after it was checked');
  }
}

/**
 * A checked file of format version 2, read again, in batches. `units`: the digests its check gave
 * (StreamedBackup.units); a unit that differs stops the reading with FileChangedError, before its
 * batch is handed out.
 */
export async function* batchesOfFile(
  source: TextSource,
  digest: Digest,
  units: readonly string[],
  batchEvents = BATCH_EVENTS,
): AsyncGenerator<RestoreBatch> {
  const installations: InstallationRecord[] = [];
  const heads = new Map<string, HeadsRecord>();
  let batcher = new Batcher(installations, batchEvents);
  let index = 0;
  let inTable = 0;
  for await (const item of readUnits(typeof source === 'string' ? [source] : source, digest, false)) {
    if (item.kind === 'table-end') inTable = 0;
    if (item.kind === 'end' && index !== units.length) throw new FileChangedError();
    if (item.kind !== 'unit') continue;
    const { unit } = item;
    if (units[index++] !== unit.digest) throw new FileChangedError();
    // The same bytes as checked: the schemas pass again, and give the records as the check had them.
    const valid = validUnit<never>(unit, inTable);
    inTable += unit.records.length;
    if (!valid.ok) throw new FileChangedError();
    if (unit.table === 'installations') {
      installations.push(...(valid.value as InstallationRecord[]));
      batcher = new Batcher(installations, batchEvents);
    } else if (unit.table === 'heads') for (const record of valid.value as HeadsRecord[]) heads.set(record.id, record);
    else if (unit.table === 'events') {
      const events = valid.value as TimelineEvent[];
      const batch = batcher.history(events, heads.get(events[0]!.incidentId)!, 'replay');
      if (batch) yield batch;
    } else {
      const rest = batcher.flush();
      if (rest) yield rest;
      yield unit.table === 'subjects' ? batcher.other(valid.value as Subject[], []) : batcher.other([], valid.value as AttachmentFileRecord[]);
    }
  }
  const rest = batcher.flush();
  if (rest) yield rest;
}

/**
 * A file read whole (an older format, or a file small enough), in the same batches. `replayed`:
 * the check's replays, by incident id, where it made them.
 */
export function* batchesOfTables(tables: Tables, replayed?: ReadonlyMap<string, IncidentRecord>, batchEvents = BATCH_EVENTS): Generator<RestoreBatch> {
  const batcher = new Batcher(tables.installations, batchEvents);
  const histories = byIncident(tables.events);
  for (const heads of tables.heads) {
    const batch = batcher.history(histories.get(heads.id) ?? [], heads, replayed?.get(heads.id) ?? null);
    if (batch) yield batch;
  }
  const rest = batcher.flush();
  if (rest) yield rest;
  for (let start = 0; start < tables.subjects.length; start += SUBJECTS_PER_UNIT) {
    yield batcher.other(tables.subjects.slice(start, start + SUBJECTS_PER_UNIT), []);
  }
  for (let start = 0; start < tables.attachmentFiles.length; start += FILES_PER_UNIT) {
    yield batcher.other([], tables.attachmentFiles.slice(start, start + FILES_PER_UNIT));
  }
}

/** Records per merged batch: a transaction's commit is a write to disk, and worth a larger batch. */
export const MERGE_RECORDS = 20_000;

/**
 * Batches taken together until they hold `records` events, people and files (whole batches, so
 * whole histories): the worker hands over small batches, cheap to unpack on the page's thread, and
 * the merge writes each group in one transaction.
 */
export async function* groupedBatches(batches: AsyncIterable<RestoreBatch> | Iterable<RestoreBatch>, records = MERGE_RECORDS): AsyncGenerator<RestoreBatch> {
  let group: RestoreBatch | null = null;
  let held = 0;
  for await (const batch of batches) {
    if (!group) group = { tables: { ...emptyTables(), installations: batch.tables.installations }, replayed: [] };
    for (const name of ['events', 'heads', 'subjects', 'attachmentFiles'] as const) (group.tables[name] as unknown[]).push(...batch.tables[name]);
    group.replayed.push(...batch.replayed);
    held += batch.tables.events.length + batch.tables.subjects.length + batch.tables.attachmentFiles.length;
    if (held >= records) {
      yield group;
      group = null;
      held = 0;
    }
  }
  if (group) yield group;
}
