import { describe, expect, it } from 'vitest';
import {
  decodeCsvBytes,
  decodeUtf8,
  describeRowProblem,
  parseSubjectsCsv,
  parseSubjectsCsvNow,
  subjectsCsvSteps,
} from '../../../shared/subjects';

// Importing the people affected from what Excel and others write: a preview with every bad row
// and why, nothing stored until the user accepts.

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** Windows-1252 for the characters these tests use. */
function cp1252(text: string): Uint8Array {
  const map: Record<string, number> = {
    '€': 0x80,
    '‚': 0x82,
    Š: 0x8a,
    š: 0x9a,
    Ž: 0x8e,
    ž: 0x9e,
    '–': 0x96,
    '’': 0x92,
  };
  return Uint8Array.from([...text].map((c) => map[c] ?? c.charCodeAt(0)));
}

const HEADER = 'Navn;Adresse;Postnummer;Poststed;E-post;Språk';

describe('a clean export from Excel in Norway (semicolons)', () => {
  const preview = parseSubjectsCsvNow(
    utf8(
      `${HEADER}\r\nMáret Čuovga;Fálesnuorri 3;9730;Kárášjohka;maret@example.no;nb\r\nŁukasz Øvergård;Nygårdsgaten 12;5015;Bergen;lukasz@example.pl;en\r\n`,
    ),
  );

  it('finds the columns by their Norwegian headers', () => {
    expect(preview.delimiter).toBe(';');
    expect(preview.columns.map((c) => c.field)).toEqual([
      'name',
      'address',
      'postalCode',
      'city',
      'email',
      'language',
    ]);
  });

  it('reads every person with their language, names intact', () => {
    expect(preview.subjects).toEqual([
      {
        line: 2,
        name: 'Máret Čuovga',
        address: 'Fálesnuorri 3',
        postalCode: '9730',
        city: 'Kárášjohka',
        country: null,
        email: 'maret@example.no',
        language: 'nb',
      },
      {
        line: 3,
        name: 'Łukasz Øvergård',
        address: 'Nygårdsgaten 12',
        postalCode: '5015',
        city: 'Bergen',
        country: null,
        email: 'lukasz@example.pl',
        language: 'en',
      },
    ]);
    expect(preview.errors).toEqual([]);
    expect(preview.encoding).toBe('utf-8');
  });
});

describe('delimiters and headers', () => {
  it('detects commas and English headers', () => {
    const preview = parseSubjectsCsvNow(
      'name,address,email,language\n"Nordmann, Kari","Storgata 1, 3. etg",kari@example.no,english\n',
    );
    expect(preview.delimiter).toBe(',');
    expect(preview.subjects[0]).toMatchObject({
      name: 'Nordmann, Kari',
      address: 'Storgata 1, 3. etg',
      language: 'en',
    });
  });

  it('detects tabs (Excel "Unicode text")', () => {
    expect(parseSubjectsCsvNow('Navn\tE-post\nKari\tkari@example.no\n').delimiter).toBe('\t');
  });

  it('joins first and last name columns', () => {
    expect(
      parseSubjectsCsvNow('Fornavn;Etternavn;E-post\nKari;Nordmann;kari@example.no\n').subjects[0]!.name,
    ).toBe('Kari Nordmann');
  });

  it('ignores columns it does not know, such as a national identity number, and says so', () => {
    const preview = parseSubjectsCsvNow('Navn;Fødselsnummer;E-post\nKari;01010112345;kari@example.no\n');
    expect(preview.columns).toContainEqual({ header: 'Fødselsnummer', field: null });
    expect(preview.subjects[0]).not.toHaveProperty('Fødselsnummer');
  });

  it('refuses a file with another delimiter, and says which columns it saw', () => {
    const preview = parseSubjectsCsvNow('Navn|E-post\nKari|kari@example.no\n');
    expect(preview.fileError?.code).toBe('no-name-column');
    expect(preview.fileError?.message.nb).toContain('«Navn|E-post»');
    expect(preview.subjects).toEqual([]);
  });

  it('flags a row written with another delimiter than the rest of the file', () => {
    const preview = parseSubjectsCsvNow(`${HEADER}\nKari,Storgata 1,0150,Oslo,kari@example.no,nb\n`);
    expect(preview.errors).toEqual([expect.objectContaining({ line: 2, code: 'wrong-delimiter' })]);
  });
});

describe('encodings', () => {
  it('reads UTF-8 with a byte order mark (Excel "CSV UTF-8")', () => {
    const preview = parseSubjectsCsvNow(
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Navn;E-post\nØystein Ærø;o@example.no\n')]),
    );
    expect(preview.encoding).toBe('utf-8-bom');
    expect(preview.columns[0]).toEqual({ header: 'Navn', field: 'name' });
    expect(preview.subjects[0]!.name).toBe('Øystein Ærø');
  });

  it('reads Windows-1252 (Excel "CSV (semikolonseparert)"), Sámi š and ž included', () => {
    const preview = parseSubjectsCsvNow(cp1252('Navn;Poststed\nÅse Šandor–Žiga;Tromsø\n'));
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.subjects[0]).toMatchObject({ name: 'Åse Šandor–Žiga', city: 'Tromsø' });
  });

  it('reads UTF-16 (Excel "Unicode text")', () => {
    const text = 'Navn\tE-post\nMáret Čuovga\tm@example.no\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((c, i) => {
      bytes[2 + i * 2] = c.charCodeAt(0) & 0xff;
      bytes[3 + i * 2] = c.charCodeAt(0) >> 8;
    });
    expect(parseSubjectsCsvNow(bytes).subjects[0]!.name).toBe('Máret Čuovga');
  });

  it('tells UTF-8 from bytes that only look like it', () => {
    expect(decodeUtf8(utf8('Łukasz 🦌'))).toBe('Łukasz 🦌');
    expect(decodeUtf8(new Uint8Array([0xc0, 0xaf]))).toBeNull(); // overlong
    expect(decodeUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBeNull(); // a surrogate
    expect(decodeUtf8(new Uint8Array([0xc3]))).toBeNull(); // cut short
    expect(decodeCsvBytes(new Uint8Array([0xd8, 0x79]))).toEqual({ text: 'Øy', encoding: 'windows-1252' });
  });

  it('refuses an Excel workbook and says how to save it as CSV', () => {
    const preview = parseSubjectsCsvNow(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    expect(preview.fileError?.code).toBe('spreadsheet-file');
    expect(preview.fileError?.message.nb).toContain('CSV UTF-8');
  });

  it('refuses an empty file', () => {
    expect(parseSubjectsCsvNow(new Uint8Array()).fileError?.code).toBe('empty-file');
  });
});

describe('broken rows', () => {
  const csv = [
    HEADER,
    'Kari Nordmann;Storgata 1;0150;Oslo;kari@example.no;nb', // 2: fine
    ';Storgata 2;0150;Oslo;x@example.no;nb', // 3: no name
    'Ola;Storgata 3;0150;Oslo;ola(at)example.no;nb', // 4: bad e-mail
    'Per;Storgata 4;0150;Oslo;per@example.no;tysk', // 5: unknown language
    'Pål;Storgata 5, 2. etg;0150;Oslo;pal@example.no;nb;ekstra', // 6: too many columns
    '', // 7: blank
    '"Anne\nMarie";Storgata 6;150;Oslo;;en', // 8–9: a name over two lines, postal code without its zero
    'Eva;"Storgata 7;0150;Oslo;eva@example.no;nb', // 10: a quote never closed
  ].join('\r\n');
  const preview = parseSubjectsCsvNow(utf8(csv));

  it('reports every bad row with its line number and reason', () => {
    expect(preview.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'missing-name'],
      [4, 'invalid-email'],
      [5, 'unknown-language'],
      [6, 'too-many-columns'],
      [10, 'unclosed-quote'],
    ]);
    expect(describeRowProblem(preview.errors[1]!, 'nb')).toBe(
      'Linje 4: Ugyldig e-postadresse: «ola(at)example.no».',
    );
    expect(describeRowProblem(preview.errors[2]!, 'en')).toBe(
      'Line 5: Unknown language: “tysk”. Use nb, en or both.',
    );
  });

  it('imports the good rows, counting lines as the file has them', () => {
    expect(preview.subjects.map((s) => [s.line, s.name])).toEqual([
      [2, 'Kari Nordmann'],
      [8, 'Anne Marie'],
    ]);
    expect(preview.rowCount).toBe(7);
  });

  it('puts back the leading zero Excel drops from postal codes, and says so', () => {
    expect(preview.subjects[1]!.postalCode).toBe('0150');
    expect(preview.warnings).toContainEqual(expect.objectContaining({ line: 8, code: 'postal-code-padded' }));
  });

  it('warns about a person it cannot reach, and leaves the same person twice to the import plan', () => {
    const twice = parseSubjectsCsvNow('Navn;E-post\nKari;kari@example.no\nKari;KARI@example.no\nOla;\n');
    expect(twice.warnings.map((w) => [w.line, w.code])).toEqual([[4, 'no-address']]);
    expect(twice.subjects).toHaveLength(3);
  });

  it('accepts the many ways people write a language', () => {
    const preview = parseSubjectsCsvNow('Navn;Språk\nA;Norsk\nB;ENG\nC;begge\nD;\nE;nynorsk\n', {
      defaultLanguage: 'en',
    });
    expect(preview.subjects.map((s) => s.language)).toEqual(['nb', 'en', 'both', 'en', 'nb']);
    expect(preview.warnings).toContainEqual(expect.objectContaining({ line: 6, code: 'nynorsk' }));
  });
});

// Parse time is the benchmark's job (bench/letters.bench.mjs); here only that it completes in steps.
describe('a large file', () => {
  const rows = 100_000;
  const text = [
    HEADER,
    ...Array.from(
      { length: rows },
      (_, i) => `Person ${i};Gate ${i};0150;Oslo;p${i}@example.no;${i % 2 ? 'nb' : 'en'}`,
    ),
  ].join('\n');

  it('reads 100 000 rows in steps, reporting progress, so a worker can stay responsive', () => {
    const steps = subjectsCsvSteps(text);
    let count = 0;
    let last = 0;
    let step = steps.next();
    while (!step.done) {
      expect(step.value.done).toBeGreaterThan(last);
      last = step.value.done;
      count++;
      step = steps.next();
    }
    expect(count).toBeGreaterThan(50);
    expect(last).toBe(step.value.rowCount === rows ? text.length : -1);
    expect(step.value.subjects).toHaveLength(rows);
    expect(step.value.subjects.at(-1)!.line).toBe(rows + 1);
  }, 60_000);

  it('stops when cancelled and says it was', async () => {
    const signal = { aborted: false };
    const seen: number[] = [];
    const preview = await parseSubjectsCsv(text, {
      signal,
      onProgress: (p) => {
        seen.push(p.rows);
        if (seen.length === 3) signal.aborted = true;
      },
    });
    expect(preview.cancelled).toBe(true);
    expect(preview.subjects).toEqual([]);
    expect(seen).toHaveLength(3);
  }, 60_000);
});
