import type { ImportResult } from '../../../shared/incident/backup/errors';
import { batchesOfFile, FileChangedError, type RestoreBatch } from '../../../shared/incident/backup/batches';
import { parseBackup, type BackupCheckStep, type ParsedBackup } from '../../../shared/incident/backup/parse';
import type { StreamedBackup } from '../../../shared/incident/backup/stream';
import type { FromBackupWorker } from '../workers/backup.protocol';
import { NotTextError, textOf } from './backupText';
import { openedText, openedWhole, type OpenedFile } from './fileEncryption';
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

/** A file checked: read whole (its records here), or checked as it was read (format 2), to be read again in batches. */
export type CheckedBackup =
  | { kind: 'whole'; parsed: ParsedBackup }
  /** `held`: the worker that checked the file and keeps it as checked (a small file), to be asked for its batches and then ended. */
  | { kind: 'streamed'; source: OpenedFile; backup: StreamedBackup; held: BackupWorkerLike | null };

/**
 * Reads and checks the file (`plainFile(bytes)` for bytes in memory): format, manifest, every record, chain and signature (see
 * shared/incident/backup/parse.ts and stream.ts). In a worker, a file of format 2 is checked as it is
 * read, holding one history at a time; anything else, and everything where no worker can run, is
 * read whole. Rejects with NotTextError for a file that is not UTF-8 text.
 */
export function checkBackupFile(
  source: OpenedFile,
  watch: CheckWatch = {},
  createWorker: (() => BackupWorkerLike) | null = workerIfAny(),
): Promise<ImportResult<CheckedBackup>> {
  const { onProgress, signal } = watch;
  if (!createWorker) {
    return (async () => {
      if (signal?.aborted) throw abortReason(signal);
      const result = await parseBackup(textOf(await openedWhole(source)), webDigest, webVerify, (step, done, total) => {
        if (signal?.aborted) throw abortReason(signal);
        onProgress?.(step, done, total);
      });
      if (signal?.aborted) throw abortReason(signal);
      return result.ok ? { ok: true, value: { kind: 'whole', parsed: result.value } } : result;
    })();
  }
  // The worker reads the file itself, as often as the restore needs it (decrypting it as it reads
  // when it is encrypted): the page holds none of it.
  const parts = new Map<string, unknown[][]>();
  const worker = createWorker();
  return runInWorker<ImportResult<CheckedBackup>, BackupCheckStep>(worker, { type: 'check', source }, [], watch, (data) => {
    switch (data.type) {
      case 'progress':
        return { progress: [data.step, data.done, data.total] };
      case 'records':
        if (!parts.has(data.table)) parts.set(data.table, []);
        parts.get(data.table)!.push(data.records);
        return null;
      case 'checked': {
        const result = joinParts(data.result, parts);
        return { value: result.ok ? { ok: true, value: { kind: 'whole', parsed: result.value } } : result };
      }
      case 'streamed': {
        if (!data.result.ok) return { value: data.result };
        const held = data.held ? worker : null;
        return { value: { ok: true, value: { kind: 'streamed', source, backup: data.result.value, held } }, keep: held !== null };
      }
      case 'not-text':
        return { error: new NotTextError() };
      default:
        return null;
    }
  });
}

/**
 * A file checked as it was read, read again in batches (shared/incident/backup/batches.ts): in a
 * worker that reads a batch ahead while the page takes in the last one, and no further, so the page
 * never holds more than two. Where no worker can run, read here. Throws FileChangedError when the
 * file read is not the file that was checked.
 */
export async function* batchesOfCheckedFile(
  source: OpenedFile,
  units: readonly string[],
  createWorker: (() => BackupWorkerLike) | null = workerIfAny(),
  /** The worker that checked the file and keeps its batches (CheckedBackup's `held`); it is not ended here. */
  held: BackupWorkerLike | null = null,
): AsyncGenerator<RestoreBatch> {
  if (!held && !createWorker) {
    yield* batchesOfFile(openedText(source), webDigest, units);
    return;
  }
  const worker = held ?? createWorker!();
  const inbox: FromBackupWorker[] = [];
  let wake: (() => void) | null = null;
  const arrived = (data: FromBackupWorker) => {
    inbox.push(data);
    wake?.();
  };
  const onMessage = ({ data }: { data: FromBackupWorker }) => arrived(data);
  const onError = (event: { message?: string }) => arrived({ type: 'failed', message: event.message ?? 'the backup worker stopped' });
  worker.addEventListener('message', onMessage);
  worker.addEventListener('error', onError);
  const next = async (): Promise<FromBackupWorker> => {
    while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
    return inbox.shift()!;
  };
  try {
    worker.postMessage({ type: 'batches', source, units: [...units], kept: held !== null });
    for (;;) {
      worker.postMessage({ type: 'next' });
      const data = await next();
      if (data.type === 'batch') yield data.batch;
      else if (data.type === 'batches-done') return;
      else if (data.type === 'file-changed' || data.type === 'not-text') throw new FileChangedError();
      else if (data.type === 'failed') throw new Error(data.message);
    }
  } finally {
    worker.removeEventListener('message', onMessage);
    worker.removeEventListener('error', onError);
    if (!held) worker.terminate();
  }
}
