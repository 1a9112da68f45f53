import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSubjectsCsvNow } from '../../../shared/subjects';
import { readRecord } from '../../../shared/subjects/records';

// A big file is read in steps of about 64 KiB, and a step must never end inside a record: a cut
// in the wrong place loses a person and invents another from the pieces.

const CHUNK = 65_536;

/** Windows-1252 for Latin-1 text (all these tests need). */
const latin1 = (text: string): Uint8Array => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * People with a quote inside an unquoted name early on, and a quoted address over several lines
 * that spans the 64 KiB mark: the layout that made the old cut land inside the address.
 */
function boundaryFile(): { lines: string[]; names: string[]; addressAt: [number, number] } {
  const lines = ['Navn;Adresse;Postnummer;Poststed;E-post'];
  const names: string[] = [];
  const add = (name: string, row: string) => {
    names.push(name);
    lines.push(row);
  };
  add('Siobhán O"Brien', 'Siobhán O"Brien;Kirkegata 1;0153;Oslo;siobhan@example.ie');
  let length = lines.join('\n').length + 1;
  for (let i = 0; length < CHUNK - 120; i++) {
    const name = `Person ${i} Ødegård`;
    add(name, `${name};Gate ${i};0150;Oslo;p${i}@example.no`);
    length += lines.at(-1)!.length + 1;
  }
  const address = Array.from({ length: 12 }, (_, i) => `c/o Linje ${i + 1}`).join('\n');
  const start = lines.join('\n').length + 1;
  add('Anne Marie Ås', `Anne Marie Ås;"${address}";0150;Oslo;anne@example.no`);
  const end = lines.join('\n').length;
  for (let i = 0; i < 40; i++) add(`Etter ${i}`, `Etter ${i};Vei ${i};5015;Bergen;e${i}@example.no`);
  return { lines, names, addressAt: [start, end] };
}

describe('a file over 64 KiB, cut in steps', () => {
  const file = boundaryFile();

  it('is built so the address spans the first step’s end', () => {
    const header = file.lines[0]!.length + 1;
    expect(file.addressAt[0]).toBeLessThan(header + CHUNK);
    expect(file.addressAt[1]).toBeGreaterThan(header + CHUNK);
  });

  it.each([
    ['UTF-8, Unix line breaks', () => utf8(file.lines.join('\n'))],
    [
      'UTF-8 with a byte order mark, Windows line breaks',
      () => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(file.lines.join('\r\n'))]),
    ],
    ['Windows-1252, Windows line breaks', () => latin1(file.lines.join('\r\n'))],
  ])('%s: loses no one and invents no one', (_name, bytes) => {
    const preview = parseSubjectsCsvNow(bytes());
    expect(preview.errors).toEqual([]);
    expect(preview.subjects.map((s) => s.name)).toEqual(file.names);
    const anne = preview.subjects.find((s) => s.name === 'Anne Marie Ås')!;
    expect(anne.address).toBe(Array.from({ length: 12 }, (_, i) => `c/o Linje ${i + 1}`).join(' '));
    // Line numbers count the address's own lines.
    const after = preview.subjects[preview.subjects.indexOf(anne) + 1]!;
    expect(after.line).toBe(anne.line + 12);
  });
});

// Fields people and Excel write: quotes, delimiters and line breaks anywhere, Sámi and Polish letters.
const fieldText = fc
  .array(fc.constantFrom('a', 'Ø', 'č', 'Ł', ' ', '"', ';', ',', '\t', '\n', '\r\n', '🦌', 'x'), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

/** RFC 4180 writing: quoted when it must be; a quote inside an otherwise plain field left as it is. */
function writeField(value: string, delimiter: string): string {
  const mustQuote = value.startsWith('"') || value.includes(delimiter) || /[\r\n]/.test(value);
  return mustQuote ? `"${value.replaceAll('"', '""')}"` : value;
}

describe('reading records (property)', () => {
  it('gives back exactly the records written, however the file is stepped through', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(';', ',', '\t'),
        fc.array(fc.array(fieldText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 300 }),
        (delimiter, records, chunkChars) => {
          // A record of one empty field is a blank line, which the reader skips like the import does.
          const kept = records.filter((r) => !(r.length === 1 && r[0] === ''));
          const text = kept.map((r) => r.map((f) => writeField(f, delimiter)).join(delimiter)).join('\n');
          const expected = kept.map((r) => r.map((f) => f.replace(/\r\n/g, '\n')));
          const read: string[][] = [];
          const normalised = text.replace(/\r\n?/g, '\n');
          for (let at = 0; at < normalised.length;) {
            const record = readRecord(normalised, at, delimiter);
            expect(record.problem).toBeNull();
            read.push(record.fields);
            at = record.end;
          }
          expect(read).toEqual(expected);

          // The import gives the same preview in one step as in steps of any size.
          const csv = `Navn${delimiter}Adresse\n${text}`;
          expect(parseSubjectsCsvNow(csv, { chunkChars })).toEqual(
            parseSubjectsCsvNow(csv, { chunkChars: 1e9 }),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps a broken quote to its own record', () => {
    const preview = parseSubjectsCsvNow('Navn;E-post\n"Kari" Nordmann;k@example.no\nOla;o@example.no\n');
    expect(preview.errors.map((e) => [e.line, e.code])).toEqual([[2, 'malformed-quote']]);
    expect(preview.subjects.map((s) => s.name)).toEqual(['Ola']);
  });

  it('reads spaces after a closing quote as Excel does', () => {
    expect(readRecord('"Kari, N" ,x\n', 0, ',')).toEqual({
      fields: ['Kari, N', 'x'],
      end: 13,
      innerLineBreaks: 0,
      problem: null,
    });
  });
});
