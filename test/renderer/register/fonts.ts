import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FontBytes } from '../../../shared/documents';

// The PDF font as the app ships it, read from disk (jsdom has no fetch for the app's files), and
// pdftotext to read a PDF back as the user would see it.

const FONTS = resolve(import.meta.dirname, '../../../assets/fonts');

export function testFonts(): FontBytes {
  return {
    regular: new Uint8Array(readFileSync(join(FONTS, 'DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(join(FONTS, 'DejaVuSans-Bold.ttf'))),
  };
}

export function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'avvik-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
