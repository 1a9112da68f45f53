import Papa from 'papaparse/papaparse.js';
import { decodeCsvBytes } from './decode';
import type { TextEncoding } from './decode';
import { fieldForHeader, KNOWN_HEADERS } from './headers';
import type { SubjectField } from './headers';
import { fileError, rowError, rowWarning } from './messages';
import type { FileErrorCode, LocalText, RowErrorCode, RowWarningCode } from './messages';
import { duplicateKey, readRow } from './rows';
import type { ColumnMap, ImportedSubject, RowProblem, SubjectLanguage } from './rows';

// Importing the people affected from a CSV file: a preview, never a write. The file is read in
// chunks of whole rows; a generator yields after each chunk, so a Web Worker can report progress
// and honour a cancel between chunks, and 100 000 rows never hold anything up for long.

export type Delimiter = ';' | ',' | '\t';
const DELIMITERS: Delimiter[] = [';', ',', '\t'];

export interface CsvColumn {
  header: string;
  /** What the column is read as; null: ignored (not imported). */
  field: SubjectField | null;
}

export interface SubjectsCsvPreview {
  encoding: TextEncoding | 'text';
  delimiter: Delimiter;
  columns: CsvColumn[];
  /** The people that can be imported. */
  subjects: ImportedSubject[];
  /** Rows that cannot be imported, each with its line and reasons. */
  errors: RowProblem<RowErrorCode>[];
  /** Rows imported with a remark. */
  warnings: RowProblem<RowWarningCode>[];
  /** Data rows read (not counting the header and blank lines). */
  rowCount: number;
  /** The whole file is unusable; nothing else is filled in. */
  fileError: { code: FileErrorCode; message: LocalText } | null;
  cancelled: boolean;
}

export interface CsvOptions {
  /** The language for rows without one (default nb). */
  defaultLanguage?: SubjectLanguage;
  /** About this many characters per step (default 64 KiB). */
  chunkChars?: number;
}

export interface CsvProgress {
  /** Characters read so far, of `total`. */
  done: number;
  total: number;
  rows: number;
}

function emptyPreview(
  encoding: SubjectsCsvPreview['encoding'],
  code: FileErrorCode | null,
  message: LocalText | null,
): SubjectsCsvPreview {
  return {
    encoding,
    delimiter: ';',
    columns: [],
    subjects: [],
    errors: [],
    warnings: [],
    rowCount: 0,
    fileError: code && message ? { code, message } : null,
    cancelled: false,
  };
}

function parseLine(line: string, delimiter: Delimiter): string[] {
  return (
    Papa.parse(line, { delimiter, newline: '\n', header: false, skipEmptyLines: false, quoteChar: '"' })
      .data[0] ?? []
  );
}

/** The delimiter under which the header names the most columns we know (Excel: ';' in Norway). */
function detectDelimiter(headerLine: string): { delimiter: Delimiter; headers: string[] } {
  const ranked = DELIMITERS.map((delimiter) => {
    const headers = parseLine(headerLine, delimiter);
    return { delimiter, headers, known: headers.filter((h) => fieldForHeader(h) !== null).length };
  }).sort((a, b) => b.known - a.known || b.headers.length - a.headers.length);
  return ranked[0]!;
}

/** Where the next chunk of whole rows ends: after a newline outside quotes, past `size` characters. */
function chunkEnd(text: string, start: number, size: number): number {
  let quotes = 0;
  const target = start + size;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quotes++;
    else if (c === 10 && i >= target && quotes % 2 === 0) return i + 1;
  }
  return text.length;
}

function countNewlines(fields: readonly string[]): number {
  let n = 0;
  for (const field of fields) for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) n++;
  return n;
}

/** The CSV read step by step: yields progress after each chunk, returns the preview. */
export function* subjectsCsvSteps(
  input: Uint8Array | string,
  options: CsvOptions = {},
): Generator<CsvProgress, SubjectsCsvPreview, void> {
  if (
    typeof input !== 'string' &&
    input[0] === 0x50 &&
    input[1] === 0x4b &&
    input[2] === 0x03 &&
    input[3] === 0x04
  ) {
    return emptyPreview('text', 'spreadsheet-file', fileError['spreadsheet-file']());
  }
  const decoded =
    typeof input === 'string'
      ? { text: input.replace(/^\uFEFF/, ''), encoding: 'text' as const }
      : decodeCsvBytes(input);
  if (decoded.text.slice(0, 4096).includes('\u0000'))
    return emptyPreview(decoded.encoding, 'not-text', fileError['not-text']());
  // One kind of line break from here on: Windows \r\n, old Mac \r and Unix \n all become \n.
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const headerEnd = text.indexOf('\n') === -1 ? text.length : text.indexOf('\n') + 1;
  const headerLine = text.slice(0, headerEnd).replace(/\n$/, '');
  if (headerLine.trim() === '')
    return emptyPreview(decoded.encoding, 'empty-file', fileError['empty-file']());

  const { delimiter, headers } = detectDelimiter(headerLine);
  const columnMap: ColumnMap = {};
  const columns: CsvColumn[] = headers.map((header, index) => {
    const field = fieldForHeader(header);
    // The first column of a kind wins; a second one is shown as ignored.
    if (field === null || columnMap[field] !== undefined) return { header, field: null };
    columnMap[field] = index;
    return { header, field };
  });
  const preview: SubjectsCsvPreview = { ...emptyPreview(decoded.encoding, null, null), delimiter, columns };
  if (columnMap.name === undefined && columnMap.firstName === undefined && columnMap.lastName === undefined) {
    return {
      ...preview,
      fileError: { code: 'no-name-column', message: fileError['no-name-column'](headers, KNOWN_HEADERS) },
    };
  }

  const defaultLanguage = options.defaultLanguage ?? 'nb';
  const chunkChars = options.chunkChars ?? 65_536;
  const seen = new Map<string, number>();
  const others = DELIMITERS.filter((d) => d !== delimiter);
  let line = 2;
  for (let start = headerEnd; start < text.length;) {
    const end = chunkEnd(text, start, chunkChars);
    const body = text.slice(start, text.charCodeAt(end - 1) === 10 ? end - 1 : end);
    const parsed = Papa.parse(body, {
      delimiter,
      newline: '\n',
      header: false,
      skipEmptyLines: false,
      quoteChar: '"',
    });
    const quoteErrors = new Map(
      parsed.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => [e.row!, e.code]),
    );
    parsed.data.forEach((fields, index) => {
      const rowLine = line;
      line += 1 + countNewlines(fields);
      if (fields.every((f) => f.trim() === '')) return; // a blank line, or only delimiters
      preview.rowCount++;
      const fail = (code: RowErrorCode, message: LocalText): void =>
        void preview.errors.push({ line: rowLine, code, message });
      const quoteError = quoteErrors.get(index);
      if (quoteError)
        return fail(
          quoteError === 'MissingQuotes' ? 'unclosed-quote' : 'malformed-quote',
          rowError[quoteError === 'MissingQuotes' ? 'unclosed-quote' : 'malformed-quote'](),
        );
      if (fields.length > headers.length && fields.slice(headers.length).some((f) => f.trim() !== '')) {
        return fail(
          'too-many-columns',
          rowError['too-many-columns'](fields.length, headers.length, delimiter === '\t' ? 'tab' : delimiter),
        );
      }
      const wrong =
        headers.length > 1 && fields.length === 1 ? others.find((d) => fields[0]!.includes(d)) : undefined;
      if (wrong)
        return fail(
          'wrong-delimiter',
          rowError['wrong-delimiter'](wrong === '\t' ? 'tab' : wrong, delimiter === '\t' ? 'tab' : delimiter),
        );
      const result = readRow(fields, rowLine, columnMap, defaultLanguage);
      preview.errors.push(...result.errors);
      preview.warnings.push(...result.warnings);
      if (!result.subject) return;
      const key = duplicateKey(result.subject);
      const first = seen.get(key);
      if (first !== undefined)
        preview.warnings.push({ line: rowLine, code: 'duplicate', message: rowWarning.duplicate(first) });
      else seen.set(key, rowLine);
      preview.subjects.push(result.subject);
    });
    start = end;
    yield { done: start, total: text.length, rows: preview.rowCount };
  }
  return preview;
}

/** A flag the caller sets to stop the import between chunks (an AbortSignal fits). */
export interface CancelFlag {
  readonly aborted: boolean;
}

export interface RunOptions extends CsvOptions {
  onProgress?: (progress: CsvProgress) => void;
  signal?: CancelFlag;
  /**
   * Called between chunks. In a Web Worker pass a macrotask (`() => new Promise((r) => setTimeout(r))`)
   * so a cancel message can arrive; the default only yields to other promises.
   */
  yieldControl?: () => Promise<void>;
}

/** Runs the import to the end, asynchronously, with progress and cancel. */
export async function parseSubjectsCsv(
  input: Uint8Array | string,
  options: RunOptions = {},
): Promise<SubjectsCsvPreview> {
  const steps = subjectsCsvSteps(input, options);
  for (;;) {
    if (options.signal?.aborted) return { ...emptyPreview('text', null, null), cancelled: true };
    const step = steps.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value);
    await (options.yieldControl ?? (() => Promise.resolve()))();
  }
}

/** Runs the import to the end in one go (tests, small files). */
export function parseSubjectsCsvNow(
  input: Uint8Array | string,
  options: CsvOptions = {},
): SubjectsCsvPreview {
  const steps = subjectsCsvSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
