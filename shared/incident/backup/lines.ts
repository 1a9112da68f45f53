import { importFailure, type ImportResult } from './errors';

// Reading a backup without holding the file as one string. JavaScript strings stop at about
// 512 MiB, which a million events come close to; serialize.ts writes one record per line, so a
// file in that layout can be read line by line from a stream. The result is the same object
// JSON.parse would give. A file in any other layout (say, reformatted by an editor) is read whole.

export type TextSource = string | AsyncIterable<string> | Iterable<string>;

export class LayoutError extends Error {}

async function* linesOf(source: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of source) {
    let start = 0;
    let end = chunk.indexOf('\n');
    while (end >= 0) {
      yield rest + chunk.slice(start, end);
      rest = '';
      start = end + 1;
      end = chunk.indexOf('\n', start);
    }
    rest += chunk.slice(start);
  }
  if (rest !== '') yield rest;
}

const TABLE_START = /^("[A-Za-z]+"):\[$/;

/** Records read so far, of the records the manifest says the file holds (0 when it says nothing). */
export type RecordsRead = (done: number, total: number) => void;

const PROGRESS_EVERY = 4096;

function expectedRecords(manifest: unknown): number {
  const tables = (manifest as { tables?: Record<string, { count?: unknown }> } | null)?.tables;
  if (typeof tables !== 'object' || tables === null) return 0;
  return Object.values(tables).reduce((sum, table) => sum + (typeof table?.count === 'number' ? table.count : 0), 0);
}

/** What the line layout holds, in file order: the header (with the manifest), then each table's records. */
export type LayoutItem =
  | { kind: 'header'; file: Record<string, unknown>; total: number }
  | { kind: 'table'; name: string }
  | { kind: 'record'; record: unknown }
  | { kind: 'end' };

export class TruncatedFile extends Error {}

/**
 * The file's parts one at a time, as the line layout has them (serialize.ts). Throws LayoutError when
 * the layout differs, TruncatedFile when the file ends inside it.
 */
export async function* layoutItems(source: AsyncIterable<string> | Iterable<string>): AsyncGenerator<LayoutItem> {
  const lines = linesOf(source);
  const next = async (): Promise<string | null> => {
    const step = await lines.next();
    return step.done ? null : step.value;
  };
  const required = async (): Promise<string> => {
    const line = await next();
    if (line === null) throw new TruncatedFile();
    return line;
  };
  const parse = (text: string): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new LayoutError(text.slice(0, 80));
    }
  };
  const header = await next();
  if (header === null || !header.startsWith('{"') || !header.endsWith(',')) throw new LayoutError('header');
  const file = parse(`${header.slice(0, -1)}}`) as Record<string, unknown>;
  const manifest = await required();
  if (!manifest.startsWith('"manifest":') || !manifest.endsWith(',')) throw new LayoutError('manifest');
  file.manifest = parse(manifest.slice('"manifest":'.length, -1));
  // The manifest counts the records to come: what the reading of them is measured against.
  yield { kind: 'header', file, total: expectedRecords(file.manifest) };
  if ((await required()) !== '"tables":{') throw new LayoutError('tables');
  for (;;) {
    const start = await required();
    const match = TABLE_START.exec(start);
    if (!match) throw new LayoutError(start.slice(0, 80));
    yield { kind: 'table', name: parse(match[1]!) as string };
    let line = await required();
    while (line !== '],' && line !== ']') {
      // A record cut off by the end of the file is a truncated file, not a malformed one.
      const following = await required();
      yield { kind: 'record', record: parse(line.endsWith(',') ? line.slice(0, -1) : line) };
      line = following;
    }
    if (line === ']') break;
  }
  if ((await required()) !== '}}' || (await next()) !== null) throw new LayoutError('end');
  yield { kind: 'end' };
}

/** Rebuilds the file object from Avvik's line layout; throws LayoutError when the layout differs. */
async function readLineLayout(
  source: AsyncIterable<string> | Iterable<string>,
  onProgress: RecordsRead,
): Promise<{ value: unknown } | { truncated: true }> {
  let file: Record<string, unknown> = {};
  const tables: Record<string, unknown[]> = {};
  let records: unknown[] = [];
  let total = 0;
  let read = 0;
  try {
    for await (const item of layoutItems(source)) {
      if (item.kind === 'header') {
        ({ file, total } = item);
        file.tables = tables;
      } else if (item.kind === 'table') tables[item.name] = records = [];
      else if (item.kind === 'record') {
        records.push(item.record);
        if (++read % PROGRESS_EVERY === 0) onProgress(read, total);
      } else return { value: file };
    }
  } catch (error) {
    if (error instanceof TruncatedFile) return { truncated: true };
    throw error;
  }
  return { truncated: true };
}

/** The file as a JSON value, from a whole string or from a stream of text chunks. */
export async function readBackupJson(source: TextSource, onProgress: RecordsRead = () => {}): Promise<ImportResult<unknown>> {
  const whole = typeof source === 'string' ? source : null;
  try {
    const read = await readLineLayout(whole !== null ? [whole] : source, onProgress);
    if ('value' in read) return { ok: true, value: read.value };
    if (whole === null) return { ok: false, error: importFailure('truncated', 'the file ends inside a table') };
  } catch (error) {
    if (!(error instanceof LayoutError)) throw error;
    if (whole === null) return { ok: false, error: importFailure('malformed', `not in Avvik's line layout: ${error.message}`) };
  }
  return parseWhole(whole!);
}

/** JSON.parse, telling a cut-off file from one that was never JSON. */
export function parseWhole(text: string): ImportResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const trimmed = text.trim();
    const cutOff = trimmed.startsWith('{') && (!trimmed.endsWith('}') || /end of (json )?(data|input)/i.test(message));
    return { ok: false, error: importFailure(cutOff ? 'truncated' : 'malformed', message) };
  }
}
