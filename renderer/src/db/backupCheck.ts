import type { ImportResult } from '../../../shared/incident/backup/errors';
import { parseBackup, type BackupCheckStep, type ParsedBackup } from '../../../shared/incident/backup/parse';
import { ownBuffer } from '../workers/transfer';
import { NotTextError, textOf } from './backupText';
import { abortReason, runInWorker, workerIfAny, type BackupWorkerLike, type Watch } from './backupWorker';
import { webDigest } from './crypto';
import { webVerify } from './keys';

// Reading and checking a backup file, in a worker where the window has one (the check of a large
// record takes seconds of CPU: the window keeps answering and the user can cancel), otherwise here.

/**
 * Records per message when the worker hands a checked file's records to the page. A message is
 * unpacked on the page's thread in one go: 100,000 events in one message held the window for a
 * second; parts of 2,000 take a few tens of milliseconds each, and the window answers in between.
 */
const RECORDS_PER_MESSAGE = 2000;

type TablesOf = Record<string, unknown[]>;

/** The name the check's replays travel under, beside the tables' names. */
const REPLAYED = 'replayed';

/** The worker's side: sends every table's records (and the replays) in parts, and returns the answer without them. */
export function sendInParts(
  result: ImportResult<ParsedBackup>,
  send: (table: string, records: unknown[]) => void,
  size = RECORDS_PER_MESSAGE,
): ImportResult<ParsedBackup> {
  if (!result.ok) return result;
  const { content } = result.value;
  const lists: [string, unknown[]][] = Object.entries(content.tables as unknown as TablesOf);
  if (content.kind === 'history' && content.replayed) lists.push([REPLAYED, content.replayed]);
  for (const [name, records] of lists) {
    for (let start = 0; start < records.length; start += size) send(name, records.slice(start, start + size));
  }
  const tables = Object.fromEntries(Object.keys(content.tables).map((name) => [name, []]));
  const emptied = content.kind === 'history' && content.replayed ? { ...content, tables, replayed: [] } : { ...content, tables };
  return { ok: true, value: { ...result.value, content: emptied as unknown as ParsedBackup['content'] } };
}

/** The page's side: the answer with each table's records (and the replays) put back together, in their order. */
export function joinParts(result: ImportResult<ParsedBackup>, parts: ReadonlyMap<string, unknown[][]>): ImportResult<ParsedBackup> {
  if (!result.ok) return result;
  const content = { ...result.value.content, tables: { ...(result.value.content.tables as unknown as TablesOf) } } as { tables: TablesOf; replayed?: unknown[] };
  for (const [name, received] of parts) {
    if (name === REPLAYED) content.replayed = received.flat();
    else content.tables[name] = received.flat();
  }
  return { ok: true, value: { ...result.value, content: content as unknown as ParsedBackup['content'] } };
}

export type { BackupWorkerLike } from './backupWorker';
export type CheckWatch = Watch<BackupCheckStep>;

/**
 * Reads and checks the file whole: format, manifest, every record, chain and signature (see
 * shared/incident/backup/parse.ts). The bytes are handed to the worker and are not to be used
 * afterwards. Rejects with NotTextError for a file that is not UTF-8 text.
 */
export function checkBackupBytes(
  bytes: Uint8Array,
  watch: CheckWatch = {},
  createWorker: (() => BackupWorkerLike) | null = workerIfAny(),
): Promise<ImportResult<ParsedBackup>> {
  const { onProgress, signal } = watch;
  if (!createWorker) {
    return (async () => {
      if (signal?.aborted) throw abortReason(signal);
      const result = await parseBackup(textOf(bytes), webDigest, webVerify, (step, done, total) => {
        if (signal?.aborted) throw abortReason(signal);
        onProgress?.(step, done, total);
      });
      if (signal?.aborted) throw abortReason(signal);
      return result;
    })();
  }
  // Handed over, not copied, when the bytes are a buffer of their own: a large file is not held twice.
  const buffer = ownBuffer(bytes);
  const parts = new Map<string, unknown[][]>();
  return runInWorker<ImportResult<ParsedBackup>, BackupCheckStep>(createWorker(), { type: 'check', bytes }, buffer ? [buffer] : [], watch, (data) => {
    switch (data.type) {
      case 'progress':
        return { progress: [data.step, data.done, data.total] };
      case 'records':
        if (!parts.has(data.table)) parts.set(data.table, []);
        parts.get(data.table)!.push(data.records);
        return null;
      case 'checked':
        return { value: joinParts(data.result, parts) };
      case 'not-text':
        return { error: new NotTextError() };
      default:
        return null;
    }
  });
}
