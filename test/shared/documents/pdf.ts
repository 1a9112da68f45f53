import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { FontBytes } from '../../../shared/documents';

// Reading the documents back the way a person or a search would: poppler's pdftotext (node only).

const root = join(import.meta.dirname, '../../..');

/** The fonts the app ships, from assets/fonts. */
export function shippedFonts(): FontBytes {
  return {
    regular: new Uint8Array(readFileSync(join(root, 'assets/fonts/DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(join(root, 'assets/fonts/DejaVuSans-Bold.ttf'))),
  };
}

function withFile<T>(pdf: Uint8Array, use: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'avvik-pdf-'));
  const file = join(dir, 'document.pdf');
  try {
    writeFileSync(file, pdf);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pdftotext -layout file -`: the text as laid out on the pages, pages separated by \f. */
export function pdfText(pdf: Uint8Array): string {
  return withFile(pdf, (file) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
}

/** The text with every run of white space (line breaks, layout gaps, no-break spaces) as one space. */
export function flatText(pdf: Uint8Array): string {
  return squash(withFile(pdf, (file) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })));
}

/**
 * The text of each page, white space squashed. With `bodyOnly`, what lies above `footerTop` points
 * from the top of the page: the flowing text without the footers stamped under it.
 */
export function pageTexts(pdf: Uint8Array, bodyOnly?: { footerTop: number }): string[] {
  const crop = bodyOnly
    ? ['-x', '0', '-y', '0', '-W', '100000', '-H', String(Math.floor(bodyOnly.footerTop))]
    : [];
  const text = withFile(pdf, (file) => execFileSync('pdftotext', [...crop, file, '-'], { encoding: 'utf8' }));
  return text.split('\f').slice(0, -1).map(squash);
}

export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export function pageCount(pdf: Uint8Array): number {
  const info = withFile(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

/** `unzip -l`: the files in a zip, with their sizes and dates. */
export function zipListing(zip: Uint8Array): string {
  return withFile(zip, (file) => execFileSync('unzip', ['-l', file], { encoding: 'utf8' }));
}

/** `pdffonts` rows: name, type, encoding, embedded, subset, unicode. */
export function pdfFonts(pdf: Uint8Array): string[] {
  return withFile(pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }))
    .split('\n')
    .slice(2)
    .filter(Boolean);
}

/** Renders every page with pdftoppm and returns what poppler complained about (empty when clean). */
export function renderErrors(pdf: Uint8Array): string {
  return withFile(pdf, (file) => {
    const dir = join(file, '..');
    try {
      execFileSync('pdftoppm', ['-r', '30', '-png', file, join(dir, 'page')], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return '';
    } catch (error) {
      return String((error as { stderr?: string }).stderr ?? error);
    }
  });
}

/** The decompressed content streams (drawing operators) of the PDF, concatenated. */
export function contentStreams(pdf: Uint8Array): string {
  const bytes = Buffer.from(pdf);
  const text = bytes.toString('latin1');
  let out = '';
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      out += inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      // not a deflated stream
    }
  }
  return out;
}

/** Asserts the items appear in this order in the text; returns the first missing or misplaced one. */
export function firstOutOfOrder(text: string, items: readonly string[]): string | null {
  let from = 0;
  for (const item of items) {
    const at = text.indexOf(item, from);
    if (at === -1) return item;
    from = at + item.length;
  }
  return null;
}
