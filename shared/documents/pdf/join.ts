// Joins PDFs, pages in order, without reading what is on the pages. One jsPDF document of many
// thousand pages grows faster than its pages (its page lookup walks every page for every page, and
// it keeps each drawing operator as a string until the end), so a big batch is written as several
// small documents and joined here. Each part's objects are copied byte for byte under new
// numbers; its page tree is hung under one new root. Embedded font programs that are byte for
// byte the same in several parts are kept once.
//
// What it reads is what jsPDF writes: a classic cross-reference table (no cross-reference
// streams, no object streams, no incremental updates). Anything else is refused, not misread.

import { joinBytes } from '../../bytes';

const enum Byte {
  Tab = 9,
  LineFeed = 10,
  FormFeed = 12,
  Return = 13,
  Space = 32,
  Percent = 37,
  OpenParen = 40,
  CloseParen = 41,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Less = 60,
  Greater = 62,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  OpenBrace = 123,
  CloseBrace = 125,
}

const ROOT_PAGES = 1;
const CATALOG = 2;

export class PdfJoinError extends Error {}

function isWhite(byte: number): boolean {
  return (
    byte === Byte.Space ||
    byte === Byte.LineFeed ||
    byte === Byte.Return ||
    byte === Byte.Tab ||
    byte === Byte.FormFeed ||
    byte === 0
  );
}

function isDelimiter(byte: number): boolean {
  return (
    byte === Byte.OpenParen ||
    byte === Byte.CloseParen ||
    byte === Byte.Less ||
    byte === Byte.Greater ||
    byte === Byte.OpenBracket ||
    byte === Byte.CloseBracket ||
    byte === Byte.OpenBrace ||
    byte === Byte.CloseBrace ||
    byte === Byte.Slash ||
    byte === Byte.Percent
  );
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i += 8192)
    text += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + 8192)));
  return text;
}

function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** A regular token in the head of an object, by position in the PDF: a whole number, R, or else. */
interface Token {
  start: number;
  end: number;
  /** The number, for a token of digits only; -1 for R; NaN for anything else. */
  value: number;
}

const REFERENCE = -1;

interface ScannedObject {
  id: number;
  /** Where the value starts (after "N G obj") and where the keyword `stream` or `endobj` starts. */
  headStart: number;
  headEnd: number;
  /** The end of the object's bytes: the start of the next object or of the cross-reference table. */
  end: number;
  isStream: boolean;
  tokens: Token[];
}

function isKeyword(pdf: Uint8Array, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (pdf[start + i] !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * The regular tokens of an object's value up to `stream` or `endobj`, skipping strings, names and
 * comments, so that a reference ("12 0 R") is found only where it is one.
 */
function scanObject(pdf: Uint8Array, id: number, offset: number, end: number): ScannedObject {
  const tokens: Token[] = [];
  let at = offset;
  const regular = (): Token => {
    const start = at;
    let value = 0;
    for (; at < end && !isWhite(pdf[at]!) && !isDelimiter(pdf[at]!); at++) {
      const byte = pdf[at]!;
      value = byte >= Byte.Zero && byte <= Byte.Nine ? value * 10 + byte - Byte.Zero : NaN;
    }
    if (at - start === 1 && pdf[start] === 0x52 /* R */) value = REFERENCE;
    return { start, end: at, value: at > start ? value : NaN };
  };
  const skipWhite = (): void => {
    while (at < end && isWhite(pdf[at]!)) at++;
  };
  // "N G obj"
  skipWhite();
  const number = regular().value;
  skipWhite();
  regular();
  skipWhite();
  const keyword = regular();
  if (number !== id || !isKeyword(pdf, keyword.start, keyword.end, 'obj'))
    throw new PdfJoinError(`Object ${id} is not where the cross-reference table says.`);
  const headStart = at;
  while (at < end) {
    const byte = pdf[at]!;
    if (isWhite(byte)) at++;
    else if (byte === Byte.Percent)
      while (at < end && pdf[at] !== Byte.LineFeed && pdf[at] !== Byte.Return) at++;
    else if (byte === Byte.OpenParen) {
      // A literal string: balanced parentheses, backslash escapes.
      let depth = 0;
      for (; at < end; at++) {
        const c = pdf[at]!;
        if (c === Byte.Backslash) at++;
        else if (c === Byte.OpenParen) depth++;
        else if (c === Byte.CloseParen && --depth === 0) break;
      }
      at++;
    } else if (byte === Byte.Less) {
      // "<<" opens a dictionary; "<" alone, a hex string.
      if (pdf[at + 1] === Byte.Less) at += 2;
      else {
        while (at < end && pdf[at] !== Byte.Greater) at++;
        at++;
      }
    } else if (byte === Byte.Slash) {
      at++;
      regular();
    } else if (isDelimiter(byte)) at++;
    else {
      const token = regular();
      const isStream = isKeyword(pdf, token.start, token.end, 'stream');
      if (isStream || isKeyword(pdf, token.start, token.end, 'endobj'))
        return { id, headStart, headEnd: token.start, end, isStream, tokens };
      tokens.push(token);
    }
  }
  throw new PdfJoinError(`Object ${id} has no end.`);
}

const isWhole = (token: Token): boolean => token.value >= 0;

/** The object's value with every reference renumbered: `renumber` gives the new number. */
function rewriteHead(pdf: Uint8Array, object: ScannedObject, renumber: (id: number) => number): string {
  let out = '';
  let from = object.headStart;
  const { tokens } = object;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, b, r] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (r.value !== REFERENCE || !isWhole(a) || !isWhole(b)) continue;
    out += latin1(pdf, from, a.start) + `${renumber(a.value)} 0 R`;
    from = r.end;
    i += 2;
  }
  return out + latin1(pdf, from, object.headEnd);
}

/** The first reference after `/Key` among the tokens of a dictionary written as text. */
function referenceIn(text: string, key: string): number | null {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(text);
  return match ? Number(match[1]) : null;
}

/** FNV-1a over the bytes: a quick key; equal keys are compared byte for byte. */
function hashBytes(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash >>> 0;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface Part {
  objects: Map<number, number>;
  xrefAt: number;
  root: number;
  info: number | null;
  id: string | null;
}

/** The cross-reference table and trailer of a PDF written in one go. */
function readPart(pdf: Uint8Array): Part {
  const tail = latin1(pdf, Math.max(0, pdf.length - 1024), pdf.length);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!startxref) throw new PdfJoinError('Not a PDF: no startxref at the end.');
  const xrefAt = Number(startxref[1]);
  const table = latin1(pdf, xrefAt, pdf.length);
  if (!table.startsWith('xref'))
    throw new PdfJoinError('Only a classic cross-reference table can be joined.');
  const trailerAt = table.indexOf('trailer');
  if (trailerAt === -1) throw new PdfJoinError('The PDF has no trailer.');
  const objects = new Map<number, number>();
  const lines = table
    .slice(4, trailerAt)
    .trim()
    .split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length;) {
    const [first, count] = lines[i]!.trim().split(/\s+/).map(Number);
    i++;
    for (let n = 0; n < count!; n++, i++) {
      const [offset, , kind] = lines[i]!.trim().split(/\s+/);
      if (kind === 'n') objects.set(first! + n, Number(offset));
    }
  }
  const trailer = table.slice(trailerAt, table.lastIndexOf('startxref'));
  if (/\/Prev\s/.test(trailer)) throw new PdfJoinError('A PDF with incremental updates cannot be joined.');
  const root = referenceIn(trailer, 'Root');
  if (root === null) throw new PdfJoinError('The PDF has no catalog.');
  return {
    objects,
    xrefAt,
    root,
    info: referenceIn(trailer, 'Info'),
    id: /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1] ?? null,
  };
}

/**
 * A joined PDF, built part by part: `add` each part in order, then `finish` for the bytes. The
 * first part gives the file its header, catalog (language, opening view), information dictionary
 * and identifier.
 */
export class PdfJoin {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  /** Byte offset of each object, by its number in the joined file. */
  private readonly offsets: number[] = [0, 0, 0];
  private readonly trees: { id: number; count: number }[] = [];
  private readonly fontPrograms = new Map<number, { id: number; bytes: Uint8Array }[]>();
  private catalog: string | null = null;
  private info: number | null = null;
  private fileId: string | null = null;

  get pageCount(): number {
    return this.trees.reduce((sum, tree) => sum + tree.count, 0);
  }

  private write(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
  }

  add(pdf: Uint8Array): void {
    const part = readPart(pdf);
    const starts = [...part.objects.entries()].sort((a, b) => a[1] - b[1]);
    if (starts.length === 0) throw new PdfJoinError('The PDF has no objects.');
    const scanned = starts.map(([id, offset], i) =>
      scanObject(pdf, id, offset, i + 1 < starts.length ? starts[i + 1]![1] : part.xrefAt),
    );
    const byId = new Map(scanned.map((object) => [object.id, object]));
    const catalog = byId.get(part.root);
    if (!catalog) throw new PdfJoinError('The catalog is missing.');
    const tree = referenceIn(latin1(pdf, catalog.headStart, catalog.headEnd), 'Pages');
    const treeObject = tree === null ? undefined : byId.get(tree);
    if (!treeObject) throw new PdfJoinError('The page tree is missing.');
    const first = this.catalog === null;
    if (first) this.write(pdf.subarray(0, starts[0]![1]));

    // Numbers in the joined file: font programs seen before are not written again; the catalog
    // and information dictionary of any part but the first are left out.
    const renumbered = new Map<number, number>();
    const written: ScannedObject[] = [];
    for (const object of scanned) {
      if (object.id === part.root) continue;
      if (object.id === part.info && !first) continue;
      const program = object.isStream ? this.knownFontProgram(pdf, object) : null;
      if (program?.known) {
        renumbered.set(object.id, program.id);
        continue;
      }
      const id = this.offsets.length;
      this.offsets.push(-1);
      renumbered.set(object.id, id);
      program?.remember(id);
      written.push(object);
    }
    const renumber = (id: number): number => {
      const to = renumbered.get(id);
      if (to === undefined) throw new PdfJoinError(`Object ${id} is referred to but missing.`);
      return to;
    };

    for (const object of written) {
      const id = renumber(object.id);
      let head = rewriteHead(pdf, object, renumber);
      if (object === treeObject) {
        const count = /\/Count\s+(\d+)/.exec(head);
        if (!count) throw new PdfJoinError('The page tree has no count.');
        this.trees.push({ id, count: Number(count[1]) });
        head = head.replace('<<', `<<\n/Parent ${ROOT_PAGES} 0 R`);
      }
      this.offsets[id] = this.length;
      this.write(latin1Bytes(`${id} 0 obj${head}`));
      this.write(pdf.subarray(object.headEnd, object.end));
    }
    if (first) {
      this.catalog = rewriteHead(pdf, catalog, (id) => (id === tree ? ROOT_PAGES : renumber(id)));
      this.info = part.info === null ? null : renumber(part.info);
      this.fileId = part.id;
    }
  }

  /**
   * For an embedded TrueType program (a stream with /Length1), whether the same bytes were
   * written before, and a way to remember these.
   */
  private knownFontProgram(
    pdf: Uint8Array,
    object: ScannedObject,
  ): { known: true; id: number; remember?: undefined } | { known: false; remember(id: number): void } | null {
    if (!/\/Length1\s/.test(latin1(pdf, object.headStart, object.headEnd))) return null;
    const bytes = pdf.subarray(object.headStart, object.end);
    const hash = hashBytes(bytes);
    const same = this.fontPrograms.get(hash)?.find((seen) => sameBytes(seen.bytes, bytes));
    if (same) return { known: true, id: same.id };
    return {
      known: false,
      remember: (id) => {
        const list = this.fontPrograms.get(hash) ?? [];
        list.push({ id, bytes });
        this.fontPrograms.set(hash, list);
      },
    };
  }

  /** The joined PDF. */
  finish(): Uint8Array {
    if (this.catalog === null) throw new PdfJoinError('Nothing to join.');
    const kids = this.trees.map((tree) => `${tree.id} 0 R`).join(' ');
    this.offsets[ROOT_PAGES] = this.length;
    this.write(
      latin1Bytes(
        `${ROOT_PAGES} 0 obj\n<</Type /Pages\n/Kids [${kids}]\n/Count ${this.pageCount}\n>>\nendobj\n`,
      ),
    );
    this.offsets[CATALOG] = this.length;
    this.write(latin1Bytes(`${CATALOG} 0 obj${this.catalog}endobj\n`));
    const xrefAt = this.length;
    let xref = `xref\n0 ${this.offsets.length}\n0000000000 65535 f \n`;
    for (let id = 1; id < this.offsets.length; id++)
      xref += `${String(this.offsets[id]).padStart(10, '0')} 00000 n \n`;
    const info = this.info === null ? '' : `/Info ${this.info} 0 R\n`;
    const fileId = this.fileId === null ? '' : `/ID ${this.fileId}\n`;
    xref += `trailer\n<<\n/Size ${this.offsets.length}\n/Root ${CATALOG} 0 R\n${info}${fileId}>>\nstartxref\n${xrefAt}\n%%EOF`;
    this.write(latin1Bytes(xref));
    const out = joinBytes(this.chunks);
    this.chunks.length = 0;
    return out;
  }
}
