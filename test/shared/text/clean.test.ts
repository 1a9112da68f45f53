import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointName,
  documentText,
  findUnsafeCharacter,
  multiLine,
  singleLine,
  withoutFormatting,
} from '../../../shared/text/clean';

// Text that can hide what it says never reaches a record or a letter; real names always do.

const NAMES = [
  'Máret Čuovga',
  'Łukasz Øvergård',
  'Åse Šandor–Žiga',
  'Ŋuolja Ánte',
  'Zoë O’Brien-Ærø',
  'Kari 🦌 Nordmann',
];

describe('finding what has no place in a name', () => {
  it.each(NAMES)('leaves %s alone', (name) => {
    expect(findUnsafeCharacter(name)).toBeNull();
    expect(singleLine(name)).toBe(name);
    expect(documentText(name)).toBe(name);
  });

  it.each([
    ['NUL', 'Kari\u0000Nordmann', 4, 0x0000, 'control'],
    ['an escape', '\u001b[31mKari', 0, 0x001b, 'control'],
    ['a C1 control from a Windows-1252 file', 'Kari\u0081', 4, 0x0081, 'control'],
    ['a right-to-left override', 'Kari\u202Efdp.exe', 4, 0x202e, 'bidi'],
    ['a directional isolate', 'Ola\u2067x', 3, 0x2067, 'bidi'],
    ['a right-to-left mark', 'Ola\u200F', 3, 0x200f, 'bidi'],
    ['a zero-width space', 'Ka\u200Bri', 2, 0x200b, 'invisible'],
    ['a zero-width joiner', 'Ka\u200Dri', 2, 0x200d, 'invisible'],
    ['a word joiner', 'Ka\u2060ri', 2, 0x2060, 'invisible'],
    ['a byte order mark inside the text', 'Ka\uFEFFri', 2, 0xfeff, 'invisible'],
    ['half a surrogate pair', 'Kari \uD83E', 5, 0xd83e, 'broken'],
  ])('finds %s', (_name, text, index, codePoint, kind) => {
    expect(findUnsafeCharacter(text)).toEqual({ index, codePoint, kind });
  });

  it('allows tabs and line breaks, which the callers fold or keep', () => {
    expect(findUnsafeCharacter('Storgata 1\r\n0150\tOslo')).toBeNull();
  });

  it('names a character as character tables do', () => {
    expect(codePointName(0x202e)).toBe('U+202E');
    expect(codePointName(0)).toBe('U+0000');
  });
});

describe('free text typed into the app', () => {
  it('a title: one line, invisible characters removed, controls as spaces', () => {
    expect(singleLine('Tapt\u0000 PC\n\t\u202Egnp.exe')).toBe('Tapt PC gnp.exe');
    // Removed, not replaced with a space: a zero-width space inside a word must not split it.
    expect(singleLine('Ka\u200Bri Nord\u00ADmann')).toBe('Kari Nord\u00ADmann');
  });

  it('a description keeps its lines', () => {
    expect(multiLine('a\u0000b\r\n\u202Ec\rd\u2028e')).toBe('a b\nc\nd\ne');
  });

  it('an emoji survives, whole', () => {
    expect(multiLine('Hei 👋🏽 – 👨‍👩‍👧')).toBe('Hei 👋🏽 – 👨👩👧');
  });
});

describe('the text a document prints', () => {
  it('keeps lines and tabs for the layout and drops everything invisible', () => {
    expect(documentText('Kari\u202E\u0000 Nordmann\n\tStorgata 1\r\n')).toBe('Kari Nordmann\n\tStorgata 1\n');
  });

  it('whatever the input, nothing unsafe is left and nothing else changes (property)', () => {
    const hostile = fc.constantFrom(
      '\u0000',
      '\u0007',
      '\u009b',
      '\u202e',
      '\u2066',
      '\u200b',
      '\ufeff',
      '\ud800',
      '\udc00',
      '\r',
    );
    const text = fc
      .array(fc.oneof(fc.string(), fc.constantFrom(...NAMES), hostile))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        for (const clean of [documentText, singleLine, multiLine]) {
          const out = clean(value);
          expect(findUnsafeCharacter(out)).toBeNull();
          expect(clean(out)).toBe(out);
        }
        expect(withoutFormatting(value).length).toBeLessThanOrEqual(value.length);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        // Line breaks of every kind become "\n" by design; any other safe text passes unchanged.
        if (findUnsafeCharacter(value) === null && !/[\r\u2028\u2029]/.test(value))
          expect(documentText(value)).toBe(value);
      }),
    );
  });
});
