import { decodeCsvBytes } from './decode';
import type { TextEncoding } from './decode';
import { fieldForHeader, KNOWN_HEADERS } from './headers';
import type { SubjectField } from './headers';
import { fileError, rowError } from './messages';
import type { FileErrorCode, LocalText, RowErrorCode, RowWarningCode } from './messages';
import { readRecord, type CsvRecord } from './records';
import { readRow } from './rows';
import type { ColumnMap, ImportedSubject, RowProblem, SubjectLanguage } from './rows';

// Importing the people affected from a CSV file: a preview, never a write. The file is read one
// record at a time (records.ts); a generator yields after each stretch of about `chunkChars`
// characters, always between two records, so a Web Worker can report progress and honour a cancel,
// and 100 000 rows never hold anything up for long.

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

/** The header under the delimiter that names the most columns we know (Excel: ';' in Norway). */
function detectHeader(text: string): { delimiter: Delimiter; header: CsvRecord } {
  const ranked = DELIMITERS.map((delimiter) => {
    const header = readRecord(text, 0, delimiter);
    return { delimiter, header, known: header.fields.filter((h) => fieldForHeader(h) !== null).length };
  }).sort((a, b) => b.known - a.known || b.header.fields.length - a.header.fields.length);
  return ranked[0]!;
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
  if (text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).trim() === '')
    return emptyPreview(decoded.encoding, 'empty-file', fileError['empty-file']());

  const { delimiter, header } = detectHeader(text);
  const headers = header.fields;
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
  const chunkChars = Math.max(1, options.chunkChars ?? 65_536);
  const others = DELIMITERS.filter((d) => d !== delimiter);
  const delimiterName = (d: Delimiter): string => (d === '\t' ? 'tab' : d);
  const rowColumns = { map: columnMap, headers };
  // A header may end in empty columns (a trailing delimiter); a row needs the named ones only.
  const named = headers.reduce((last, h, i) => (h.trim() === '' ? last : i + 1), 0);
  let line = 2 + header.innerLineBreaks;
  let start = header.end;
  while (start < text.length) {
    const stop = start + chunkChars;
    // Whole records only: a chunk ends where a record ends, however long that record is.
    while (start < text.length && start < stop) {
      const record = readRecord(text, start, delimiter);
      const { fields } = record;
      const rowLine = line;
      line += 1 + record.innerLineBreaks;
      start = record.end;
      if (fields.every((f) => f.trim() === '')) continue; // a blank line, or only delimiters
      preview.rowCount++;
      const fail = (code: RowErrorCode, message: LocalText): void =>
        void preview.errors.push({ line: rowLine, code, message });
      if (record.problem) {
        fail(record.problem, rowError[record.problem]());
        continue;
      }
      if (fields.length > headers.length && fields.slice(headers.length).some((f) => f.trim() !== '')) {
        fail(
          'too-many-columns',
          rowError['too-many-columns'](fields.length, headers.length, delimiterName(delimiter)),
        );
        continue;
      }
      const wrong =
        headers.length > 1 && fields.length === 1 ? others.find((d) => fields[0]!.includes(d)) : undefined;
      if (wrong) {
        fail('wrong-delimiter', rowError['wrong-delimiter'](delimiterName(wrong), delimiterName(delimiter)));
        continue;
      }
      if (fields.length < named) {
        const missing = headers.slice(fields.length, named).filter((h) => h.trim() !== '');
        fail('missing-columns', rowError['missing-columns'](fields.length, named, missing));
        continue;
      }
      const result = readRow(fields, rowLine, rowColumns, defaultLanguage);
      preview.errors.push(...result.errors);
      preview.warnings.push(...result.warnings);
      if (result.subject) preview.subjects.push(result.subject);
    }
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
