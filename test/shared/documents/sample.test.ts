import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
// The script's TypeScript (documents-sample.mjs is its runner).
import { main } from '../../../scripts/documents-sample.js';
import { flatText } from './pdf';

// `npm run documents:sample -- --out DIR`: every document of the sample, recorded through the app's
// change functions and mapped by shared/documents/record, read back as a person would.

const root = join(import.meta.dirname, '../../..');
const out = mkdtempSync(join(tmpdir(), 'avvik-sample-'));
vi.spyOn(console, 'log').mockImplementation(() => undefined);
await main(['--out', out], root);
afterAll(() => rmSync(out, { recursive: true, force: true }));
const read = (name: string) => flatText(new Uint8Array(readFileSync(join(out, name))));

describe('the sample documents', () => {
  it('are all written', () => {
    expect(readdirSync(out).sort()).toEqual(
      expect.arrayContaining([
        'notification-nb.pdf',
        'notification-en.pdf',
        'notification-follow-up-nb.pdf',
        'notification-half-known-en.pdf',
        'letters-print-file.pdf',
        'public-notice.pdf',
        'processor-notice-nb.pdf',
        'timeline-nb.pdf',
        'register-nb.pdf',
      ]),
    );
  });

  it('have a complete incident whose notification, in bokmål and English, has nothing "not yet known"', () => {
    expect(read('notification-nb.pdf')).not.toContain('ikke kjent ennå');
    expect(read('notification-en.pdf')).not.toContain('not yet known');
  });

  it('have a half-known incident whose notification says what is not known yet', () => {
    expect(read('notification-half-known-nb.pdf')).toContain('ikke kjent ennå');
    expect(read('notification-half-known-en.pdf')).toContain('not yet known');
  });

  it('have a follow-up saying what is new since the first notice', () => {
    expect(read('notification-follow-up-nb.pdf')).toContain('Nytt siden forrige melding');
    expect(read('notification-follow-up-en.pdf')).toContain('New since the last notice');
  });
});
