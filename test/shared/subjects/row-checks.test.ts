import { describe, expect, it } from 'vitest';
import { describeRowProblem, parseSubjectsCsvNow } from '../../../shared/subjects';
import { SUBJECT_LIMITS } from '../../../shared/incident/subjects';

// A row the preview calls importable must be one the store takes; a row hiding text is refused
// with the line, the column and the character, so the user can correct the file.

const HEADER = 'Navn;Adresse;Postnummer;Poststed;E-post';

describe('the same limits as the store', () => {
  it('refuses a name longer than the store keeps, and says how long it may be', () => {
    const long = 'K'.repeat(SUBJECT_LIMITS.name + 1);
    const preview = parseSubjectsCsvNow(`${HEADER}\n${long};Storgata 1;0150;Oslo;k@example.no\n`);
    expect(preview.subjects).toEqual([]);
    expect(preview.errors.map((e) => e.code)).toEqual(['too-long']);
    expect(describeRowProblem(preview.errors[0]!, 'nb')).toBe(
      `Linje 2: «Navn» er for langt: ${SUBJECT_LIMITS.name + 1} tegn, høyst ${SUBJECT_LIMITS.name} er tillatt.`,
    );
    expect(preview.errors[0]!.message.en).toBe(
      `“Navn” is too long: ${SUBJECT_LIMITS.name + 1} characters, at most ${SUBJECT_LIMITS.name} are allowed.`,
    );
  });

  it('accepts a name exactly as long as the store keeps', () => {
    const name = 'K'.repeat(SUBJECT_LIMITS.name);
    expect(parseSubjectsCsvNow(`Navn\n${name}\n`).subjects.map((s) => s.name)).toEqual([name]);
  });

  it('counts a name joined from first and last name', () => {
    const half = 'a'.repeat(SUBJECT_LIMITS.name / 2);
    const preview = parseSubjectsCsvNow(`Fornavn;Etternavn\n${half};${half}\n`);
    expect(preview.errors[0]?.message.nb).toMatch(/^Navnet er for langt: 301 tegn/);
  });

  it('refuses an e-mail address longer than 320 characters', () => {
    const email = `${'a'.repeat(64)}@${'b'.repeat(253)}.no`;
    const preview = parseSubjectsCsvNow(`Navn;E-post\nKari;${email}\n`);
    expect(preview.errors.map((e) => e.code)).toEqual(['too-long']);
  });

  it('counts the address as a letter prints it, postal code and place included', () => {
    const street = 'g'.repeat(SUBJECT_LIMITS.address - 'Oslo'.length - 6);
    const fits = parseSubjectsCsvNow(`${HEADER}\nKari;${street};0150;Oslo;\n`);
    expect(fits.errors).toEqual([]);
    const over = parseSubjectsCsvNow(`${HEADER}\nKari;${street}x;0150;Oslo;\n`);
    expect(over.errors.map((e) => [e.line, e.code])).toEqual([[2, 'address-too-long']]);
    expect(over.errors[0]!.message.en).toBe(
      'The address is too long: 1001 characters with postal code and place, at most 1000 are allowed.',
    );
  });
});

describe('characters that hide text', () => {
  it.each([
    ['an escape character', 'Kari\u001b[8m Nordmann', 'U+001B', 'et kontrolltegn'],
    ['a right-to-left override', 'Kari\u202Efdp.exe', 'U+202E', 'snur skriveretningen'],
    ['a zero-width space', 'Ka\u200Bri Nordmann', 'U+200B', 'null bredde'],
    ['an isolate', 'Kari\u2066 Nordmann', 'U+2066', 'snur skriveretningen'],
    ['a byte order mark in the middle', 'Kari\uFEFF Nordmann', 'U+FEFF', 'null bredde'],
  ])('refuses a name with %s, naming line, column and character', (_name, name, code, words) => {
    const preview = parseSubjectsCsvNow(
      `${HEADER}\nOla;Storgata 1;0150;Oslo;\n${name};Storgata 2;0150;Oslo;\n`,
    );
    expect(preview.subjects.map((s) => s.name)).toEqual(['Ola']);
    expect(preview.errors.map((e) => [e.line, e.code])).toEqual([[3, 'unsafe-character']]);
    const text = describeRowProblem(preview.errors[0]!, 'nb');
    expect(text).toContain('Linje 3: Kolonnen «Navn»');
    expect(text).toContain(code);
    expect(text).toContain(words);
    expect(preview.errors[0]!.message.en).toContain(`The column “Navn” has`);
  });

  it('refuses a NUL in a name deep in the file (early on, the whole file is not text)', () => {
    const filler = Array.from({ length: 300 }, (_, i) => `Person ${i};Gate ${i};0150;Oslo;`).join('\n');
    const preview = parseSubjectsCsvNow(`${HEADER}\n${filler}\nKari\u0000Nordmann;Gate;0150;Oslo;\n`);
    expect(preview.subjects).toHaveLength(300);
    expect(preview.errors.map((e) => [e.line, e.code])).toEqual([[302, 'unsafe-character']]);
    expect(preview.errors[0]!.message.nb).toContain('U+0000');
  });

  it('checks every column it imports, and names the one at fault', () => {
    const preview = parseSubjectsCsvNow(`${HEADER}\nKari;Storgata\u202E 1;0150;Oslo;\n`);
    expect(preview.errors[0]!.message.nb).toContain('Kolonnen «Adresse»');
  });

  it('leaves alone a column it does not import', () => {
    const preview = parseSubjectsCsvNow('Navn;Merknad\nKari;\u0007\u202E\n');
    expect(preview.subjects.map((s) => s.name)).toEqual(['Kari']);
  });

  it('refuses the unassigned bytes of Windows-1252, which decode to control characters', () => {
    const bytes = Uint8Array.from(
      [...'Navn\nKari', 0x81, 0x0a].map((c) => (typeof c === 'string' ? c.charCodeAt(0) : c)),
    );
    const preview = parseSubjectsCsvNow(bytes);
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.errors.map((e) => e.code)).toEqual(['unsafe-character']);
  });

  it('keeps Sámi and Polish letters and emoji', () => {
    const preview = parseSubjectsCsvNow('Navn\nMáret Čuovga\nŁukasz Øvergård\nKari 🦌 Nordmann\n');
    expect(preview.errors).toEqual([]);
    expect(preview.subjects.map((s) => s.name)).toEqual([
      'Máret Čuovga',
      'Łukasz Øvergård',
      'Kari 🦌 Nordmann',
    ]);
  });

  it('shows a value from the file in a message without what could hide it', () => {
    const preview = parseSubjectsCsvNow(`Navn;E-post\nKari;x\u202E@@${'y'.repeat(200)}\n`);
    const invalid = preview.errors.find((e) => e.code === 'invalid-email')!;
    expect(invalid.message.nb).not.toContain('\u202E');
    expect(invalid.message.nb.length).toBeLessThan(140);
  });
});
