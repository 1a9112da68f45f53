import { personFromImport } from '../../shared/documents/record/letters';
import { SUBJECT_LIMITS, subjectSchema } from '../../shared/incident/subjects';
import {
  describeRowProblem,
  parseSubjectsCsvNow,
  type ImportedSubject,
  type SubjectsCsvPreview,
} from '../../shared/subjects';
import { findUnsafeCharacter } from '../../shared/text/clean';
import { count, emptyReport, isWorded, seeded, type FuzzReport, type Random } from './random';

// Hostile CSV files for the import preview: random quotes, delimiters, encodings, line breaks,
// control and invisible characters, huge fields, missing and extra columns, damaged bytes. For
// each: no exception; every problem a typed code with words in both languages; every person the
// preview offers one the store takes whole (so accepting never fails half-way); each data row
// either a person or a refusal, never both or neither; the same preview however the file is
// stepped through.

const ROW_CODES = new Set([
  'missing-name',
  'invalid-email',
  'unknown-language',
  'too-many-columns',
  'wrong-delimiter',
  'unclosed-quote',
  'malformed-quote',
  'unsafe-character',
  'too-long',
  'address-too-long',
  'invalid-postal-code',
  'missing-columns',
]);
const WARNING_CODES = new Set(['postal-code-padded', 'no-address', 'nynorsk']);
const FILE_CODES = new Set(['empty-file', 'not-text', 'spreadsheet-file', 'no-name-column']);

const HEADERS = [
  'Navn',
  'navn',
  'Name',
  'Fornavn',
  'Etternavn',
  'Adresse',
  'Adresse 2',
  'Postnummer',
  'Poststed',
  'E-post',
  'Språk',
  'Fødselsnummer',
  'Merknad',
  '',
  '"Navn"',
  'E-post ',
  '\uFEFFNavn',
];

/** What people and Excel put in a cell. */
const PLAIN = [
  'Máret Čuovga',
  'Łukasz Øvergård',
  'Åse Šandor–Žiga',
  'Kari Nordmann',
  'Siobhán O"Brien',
  'Storgata 1, 3. etg',
  'c/o Hansen\nPostboks 12',
  'kari@example.no',
  'ola(at)example',
  '0150',
  '150',
  '9520',
  'Oslo',
  'Guovdageaidnu',
  'nb',
  'en',
  'begge',
  'nynorsk',
  'tysk',
  '',
  ' ',
  '🦌',
  '€ 100',
];

/** What a hostile or broken file adds: quotes, delimiters, line breaks, controls, invisible text. */
const HOSTILE = [
  '"',
  '""',
  ';',
  ',',
  '\t',
  '|',
  '\n',
  '\r\n',
  '\r',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u0085',
  '\u202E',
  '\u2066',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u2060',
  '👨‍👩‍👧',
  '\uD800',
  '\uDC00',
];

interface Budget {
  /** Huge fields left for this file: one at most, so a run stays quick. */
  huge: number;
  /** How often a cell gets something hostile: files range from clean to riddled. */
  hostile: number;
}

function field(rng: Random, budget: Budget): string {
  if (budget.huge > 0 && rng.chance(0.02)) {
    budget.huge--;
    return 'x'.repeat(rng.pick([301, 321, 1001, 70_000]));
  }
  let out = rng.pick(PLAIN);
  if (rng.chance(0.2)) out += rng.pick(PLAIN);
  for (let n = rng.chance(budget.hostile) ? rng.int(1, 3) : 0; n > 0; n--) {
    const at = rng.int(0, out.length);
    out = out.slice(0, at) + rng.pick(HOSTILE) + out.slice(at);
  }
  return out;
}

function quoted(value: string, rng: Random): string {
  // Mostly well-formed quoting, sometimes none, sometimes broken.
  const roll = rng.next();
  if (roll < 0.75) return /[";,\t\r\n|]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  if (roll < 0.95) return value;
  if (roll < 0.97) return `"${value}`;
  return `"${value}"${rng.pick(['x', ' ', '"', ''])}`;
}

function encode(text: string, rng: Random): Uint8Array {
  const kind = rng.int(0, 5);
  if (kind <= 1) return new TextEncoder().encode(text);
  if (kind === 2) return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
  if (kind === 3) {
    // Windows-1252 as Excel writes it; what Latin-1 cannot hold becomes '?'.
    return Uint8Array.from(
      [...text].map((c) => (c.length === 1 && c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)),
    );
  }
  const little = kind === 4;
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + i * 2] = little ? unit & 0xff : unit >> 8;
    bytes[3 + i * 2] = little ? unit >> 8 : unit & 0xff;
  }
  return bytes;
}

/** A hostile file, and a short name for the kind of damage in it. */
export function hostileCsv(rng: Random): { bytes: Uint8Array; kind: string } {
  const delimiter = rng.pick([';', ';', ',', '\t', '|']);
  const columns = rng.int(0, 8);
  const header = Array.from({ length: columns }, () => rng.pick(HEADERS));
  if (rng.chance(0.7) && !header.includes('Navn')) header.unshift('Navn');
  const lineBreak = rng.pick(['\n', '\r\n', '\r']);
  // Most files are small; some cross the 64 KiB steps of the reader.
  const rows = rng.chance(0.03) ? rng.int(500, 2500) : rng.int(0, 30);
  const budget: Budget = { huge: rows > 100 ? 0 : 1, hostile: rng.pick([0, 0.002, 0.01, 0.05, 0.2]) };
  const lines = [header.map((h) => quoted(h, rng)).join(delimiter)];
  for (let r = 0; r < rows; r++) {
    const width = Math.max(0, header.length + (rng.chance(0.1) ? rng.pick([-1, 1, 3]) : 0));
    const cells = Array.from({ length: width }, () => quoted(field(rng, budget), rng));
    lines.push(cells.join(rng.chance(0.03) ? rng.pick([';', ',', '\t']) : delimiter));
  }
  let text = lines.join(rng.chance(0.1) ? rng.pick(['\n', '\r\n', '\r']) : lineBreak);
  if (rng.chance(0.5)) text += lineBreak;
  let bytes = encode(text, rng);
  let kind = `${delimiter === '\t' ? 'tab' : delimiter} ${rows > 100 ? 'large' : 'small'}`;
  if (rng.chance(0.1)) {
    bytes = bytes.slice();
    for (let n = rng.int(1, 20); n > 0 && bytes.length > 0; n--)
      bytes[rng.int(0, bytes.length - 1)]! ^= 1 << rng.int(0, 7);
    kind += ', bits flipped';
  }
  if (rng.chance(0.05)) {
    bytes = bytes.slice(0, rng.int(0, bytes.length));
    kind += ', cut short';
  }
  if (rng.chance(0.02)) {
    bytes = Uint8Array.from({ length: rng.int(0, 2000) }, () => rng.int(0, 255));
    kind = 'random bytes';
  }
  return { bytes, kind };
}

/** The person as importSubjects checks them before it stores anyone. */
export function asStored(subject: ImportedSubject) {
  return subjectSchema.safeParse({
    ...personFromImport(subject),
    id: 'fuzz',
    incidentId: 'fuzz',
    createdAt: '2026-11-25T09:00:00.000Z',
    updatedAt: '2026-11-25T09:00:00.000Z',
  });
}

/** What is wrong with a preview, or null: the checks every file must pass. */
function fault(preview: SubjectsCsvPreview, again: () => SubjectsCsvPreview): string | null {
  if (preview.fileError) {
    if (!FILE_CODES.has(preview.fileError.code) || !isWorded(preview.fileError.message))
      return 'untyped file error';
    return preview.subjects.length === 0 ? null : 'people offered from a refused file';
  }
  for (const problem of [...preview.errors, ...preview.warnings]) {
    const codes = preview.errors.includes(problem as never) ? ROW_CODES : WARNING_CODES;
    if (!codes.has(problem.code) || !isWorded(problem.message)) return `untyped problem ${problem.code}`;
    if (!Number.isInteger(problem.line) || problem.line < 2) return `problem on line ${problem.line}`;
    if (!describeRowProblem(problem, 'nb').startsWith(`Linje ${problem.line}: `)) return 'unworded problem';
  }
  const refusedLines = new Set(preview.errors.map((e) => e.line));
  if (preview.subjects.some((s) => refusedLines.has(s.line))) return 'a row both refused and offered';
  if (preview.subjects.length + refusedLines.size !== preview.rowCount)
    return 'a row neither refused nor offered';
  for (const subject of preview.subjects) {
    const stored = asStored(subject);
    if (!stored.success) return `the store refuses line ${subject.line}: ${stored.error.issues[0]?.message}`;
    const texts = [subject.name, subject.address, subject.postalCode, subject.city, subject.email];
    if (texts.some((t) => t !== null && findUnsafeCharacter(t) !== null))
      return `hidden characters on line ${subject.line}`;
    if (subject.name.length > SUBJECT_LIMITS.name) return 'name over the limit';
  }
  if (JSON.stringify(again()) !== JSON.stringify(preview)) return 'another preview when stepped differently';
  return null;
}

export interface CsvFuzzOptions {
  runs: number;
  seed?: number;
  onProgress?: (done: number) => void;
}

export function fuzzCsv(options: CsvFuzzOptions): FuzzReport & { bytes: number; people: number } {
  const started = performance.now();
  const rng = seeded(options.seed ?? 1);
  const report = { ...emptyReport(), bytes: 0, people: 0 };
  for (let run = 0; run < options.runs; run++) {
    const { bytes, kind } = hostileCsv(rng);
    count(report.mutations, kind);
    report.runs++;
    report.bytes += bytes.length;
    const chunkChars = rng.pick([1, 7, 64, 1000, 4096]);
    try {
      const preview = parseSubjectsCsvNow(bytes);
      const problem = fault(preview, () => parseSubjectsCsvNow(bytes, { chunkChars }));
      if (problem) report.crashes.push({ run, mutation: kind, error: problem });
      if (preview.fileError) count(report.refused, preview.fileError.code);
      else {
        for (const error of preview.errors) count(report.refused, error.code);
        report.people += preview.subjects.length;
        if (preview.subjects.length > 0) report.accepted++;
      }
    } catch (error) {
      report.crashes.push({
        run,
        mutation: kind,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
    }
    options.onProgress?.(run + 1);
  }
  report.ms = performance.now() - started;
  return report;
}
