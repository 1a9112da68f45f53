import { describe, expect, it } from 'vitest';
import {
  checkPerson,
  checkPostalCode,
  describeDuplicate,
  describeRowProblem,
  letterAddress,
  parseSubjectsCsvNow,
  planImport,
  splitLetterAddress,
  type PersonForm,
} from '../../../shared/subjects';
import { subjectCorrectedChange, subjectsErasedChange } from '../../../shared/incident/actions';
import { timelineEventSchema } from '../../../shared/incident/events';
import type { Subject } from '../../../shared/incident/subjects';

// The rules for the people affected: a postal code the post can read, rows that lost columns
// refused by line, the same person twice found, and a correction that names fields, not values.

const HEADER = 'Navn;Adresse;Postnummer;Poststed;E-post';

describe('Norwegian postal codes', () => {
  it('accepts four digits and gives three digits back their leading zero', () => {
    expect(checkPostalCode('0150', '')).toEqual({ ok: true, value: '0150', paddedFrom: null });
    expect(checkPostalCode('150', null)).toEqual({ ok: true, value: '0150', paddedFrom: '150' });
  });

  it.each(['12AB', '01500', '15', '0 150', 'N-0150'])('refuses "%s" for an address in Norway', (code) => {
    expect(checkPostalCode(code, 'Norge').ok).toBe(false);
  });

  it('takes another country\'s postal code as written', () => {
    expect(checkPostalCode('SE-411 01', 'Sverige')).toEqual({ ok: true, value: 'SE-411 01', paddedFrom: null });
    expect(checkPostalCode('SW1A 1AA', 'United Kingdom').ok).toBe(true);
  });

  it('refuses the row in the import, naming line and code in both languages, and imports the others', () => {
    const preview = parseSubjectsCsvNow(`${HEADER}\nKari;Storgata 1;12AB;Oslo;\nOla;Storgata 2;0150;Oslo;\n`);
    expect(preview.subjects.map((s) => s.name)).toEqual(['Ola']);
    expect(preview.errors.map((e) => [e.line, e.code])).toEqual([[2, 'invalid-postal-code']]);
    expect(describeRowProblem(preview.errors[0]!, 'nb')).toBe(
      'Linje 2: Postnummeret «12AB» er ikke et norsk postnummer (fire sifre). Er adressen i et annet land, skriv landet i en kolonne «Land».',
    );
    expect(describeRowProblem(preview.errors[0]!, 'en')).toMatch(/^Line 2: The postal code “12AB” is not a Norwegian postal code/);
  });

  it('reads a country column, and prints the country under the place in the letter', () => {
    const preview = parseSubjectsCsvNow('Navn;Adresse;Postnummer;Poststed;Land\nAnna;Kungsgatan 1;SE-411 01;Göteborg;Sverige\nPer;Storgata 1;0150;Oslo;Norge\n');
    expect(preview.errors).toEqual([]);
    expect(preview.subjects.map((s) => [s.name, s.country])).toEqual([
      ['Anna', 'Sverige'],
      ['Per', null],
    ]);
    expect(letterAddress(preview.subjects[0]!)).toBe('Kungsgatan 1\nSE-411 01 Göteborg\nSverige');
    expect(letterAddress(preview.subjects[1]!)).toBe('Storgata 1\n0150 Oslo');
  });
});

describe('rows with missing columns', () => {
  it('are refused with their line and the columns missing, and nothing of them is imported', () => {
    const preview = parseSubjectsCsvNow(`${HEADER}\nKari;Storgata 1;0150;Oslo;kari@example.no\nOla;Storgata 2\n0150;Oslo;ola@example.no\n`);
    expect(preview.subjects.map((s) => s.line)).toEqual([2]);
    expect(preview.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'missing-columns'],
      [4, 'missing-columns'],
    ]);
    expect(describeRowProblem(preview.errors[0]!, 'nb')).toBe(
      'Linje 3: Raden har 2 av 5 kolonner; «Postnummer», «Poststed», «E-post» mangler. Kanskje et linjeskift har delt raden i to: rett den i filen og importer på nytt.',
    );
    expect(describeRowProblem(preview.errors[1]!, 'en')).toBe(
      'Line 4: The row has 3 of 5 columns; “Poststed”, “E-post” are missing. A line break may have split the row in two: correct it in the file and import again.',
    );
  });

  it('do not count the empty columns a trailing delimiter leaves in the header', () => {
    const preview = parseSubjectsCsvNow('Navn;E-post;\nKari;kari@example.no\n');
    expect(preview.errors).toEqual([]);
    expect(preview.subjects).toHaveLength(1);
  });
});

describe('a stored address, taken apart to be corrected', () => {
  it.each([
    ['Storgata 1\n0150 Oslo', { street: 'Storgata 1', postalCode: '0150', city: 'Oslo', country: '' }],
    ['c/o Hansen\nStorgata 1\n0150 Oslo', { street: 'c/o Hansen\nStorgata 1', postalCode: '0150', city: 'Oslo', country: '' }],
    ['Kungsgatan 1\nSE-411 01 Göteborg\nSverige', { street: 'Kungsgatan 1', postalCode: 'SE-411 01', city: 'Göteborg', country: 'Sverige' }],
    ['Postboks 12\nOslo', { street: 'Postboks 12\nOslo', postalCode: '', city: '', country: '' }],
  ])('reads %j back into its parts', (address, parts) => {
    expect(splitLetterAddress(address)).toEqual(parts);
  });

  it('puts back the same address it took apart', () => {
    for (const address of ['Storgata 1\n0150 Oslo', 'Kungsgatan 1\nSE-411 01 Göteborg\nSverige', 'Postboks 12\nOslo']) {
      const parts = splitLetterAddress(address);
      expect(letterAddress({ address: parts.street || null, postalCode: parts.postalCode, city: parts.city, country: parts.country })).toBe(address);
    }
  });
});

describe('a person corrected by hand', () => {
  const form: PersonForm = { name: 'Kari Nordmann', street: 'Storgata 1', postalCode: '0150', city: 'Oslo', country: '', email: 'kari@example.no', language: 'nb' };

  it('gives the details the store keeps', () => {
    expect(checkPerson(form)).toEqual({
      ok: true,
      person: { name: 'Kari Nordmann', address: 'Storgata 1\n0150 Oslo', email: 'kari@example.no', language: 'nb' },
    });
  });

  it('says what is wrong with each field, in both languages', () => {
    const checked = checkPerson({ ...form, name: ' ', postalCode: '12AB', email: 'kari(at)example.no' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.problems).sort()).toEqual(['email', 'name', 'postalCode']);
    expect(checked.problems.name).toEqual({ nb: 'Skriv navnet.', en: 'Write the name.' });
    expect(checked.problems.postalCode?.en).toContain('not a Norwegian postal code');
  });

  it('allows a foreign postal code when the country is given', () => {
    expect(checkPerson({ ...form, postalCode: 'SE-411 01', city: 'Göteborg', country: 'Sverige' }).ok).toBe(true);
  });
});

describe('the same person twice', () => {
  const subject = (line: number, name: string, email: string | null, address: string | null = null) => ({
    line,
    name,
    address,
    postalCode: address ? '0150' : null,
    city: address ? 'Oslo' : null,
    country: null,
    email,
    language: 'nb' as const,
  });

  it('is the same e-mail, whatever its case', () => {
    const plan = planImport([subject(2, 'Kari Nordmann', 'kari@example.no'), subject(3, 'K. Nordmann', 'KARI@Example.no ')], []);
    expect(plan.fresh.map((s) => s.line)).toEqual([2]);
    expect(plan.duplicates).toEqual([{ subject: expect.objectContaining({ line: 3 }), of: { line: 2, name: 'Kari Nordmann' }, by: 'email' }]);
  });

  it('is the same name and address, whatever the spacing and case', () => {
    const plan = planImport([subject(2, 'Kari Nordmann', null, 'Storgata 1'), subject(3, 'kari  nordmann', 'kari@example.no', 'STORGATA 1')], []);
    expect(plan.duplicates.map((d) => [d.subject.line, d.by])).toEqual([[3, 'name-address']]);
  });

  it('is not the same name alone: two people may share a name', () => {
    const plan = planImport([subject(2, 'Kari Nordmann', null), subject(3, 'Kari Nordmann', null), subject(4, 'Kari Nordmann', null, 'Storgata 1')], []);
    expect(plan.duplicates).toEqual([]);
    expect(plan.fresh).toHaveLength(3);
  });

  it('finds the people already imported, as the store keeps them', () => {
    const stored = [{ name: 'Kari Nordmann', address: 'Storgata 1\n0150 Oslo', email: null }];
    const plan = planImport([subject(2, 'Kari Nordmann', null, 'Storgata 1'), subject(3, 'Ola Nordmann', null, 'Storgata 1')], stored);
    expect(plan.fresh.map((s) => s.name)).toEqual(['Ola Nordmann']);
    expect(plan.duplicates[0]!.of).toEqual({ line: null, name: 'Kari Nordmann' });
    expect(describeDuplicate(plan.duplicates[0]!, 'nb')).toBe('Linje 2: Kari Nordmann har samme navn og adresse som Kari Nordmann, som allerede er importert.');
    expect(describeDuplicate(plan.duplicates[0]!, 'en')).toBe('Line 2: Kari Nordmann has the same name and address as Kari Nordmann, who is already imported.');
  });

  it('finds everyone of a file imported a second time', () => {
    const file = `${HEADER}\nKari;Storgata 1;0150;Oslo;kari@example.no\nOla;Storgata 2;0150;Oslo;\n`;
    const first = parseSubjectsCsvNow(file).subjects;
    const stored = first.map((s) => ({ name: s.name, address: letterAddress(s), email: s.email }));
    const plan = planImport(parseSubjectsCsvNow(file).subjects, stored);
    expect(plan.fresh).toEqual([]);
    expect(plan.duplicates.map((d) => d.by)).toEqual(['email', 'name-address']);
  });
});

describe('what the history keeps of a person', () => {
  const subject: Subject = {
    id: 's1',
    incidentId: 'i1',
    name: 'Kari Nordmann',
    address: 'Storgata 1\n0150 Oslo',
    email: 'kari@example.no',
    language: 'nb',
    createdAt: '2026-11-24T08:00:00.000Z',
    updatedAt: '2026-11-24T08:00:00.000Z',
  };

  it('a correction names the details that changed, never their values (Art. 16)', () => {
    const draft = subjectCorrectedChange(subject, { name: 'Kari Nordmann', address: 'Storgata 2\n0150 Oslo', email: 'kari@example.com', language: 'nb' });
    expect(draft).toEqual({ kind: 'subject-corrected', payload: { subjectId: 's1', fields: ['address', 'email'] } });
    expect(JSON.stringify(draft)).not.toMatch(/Storgata|example/);
  });

  it('a correction that changes nothing is no event', () => {
    expect(subjectCorrectedChange(subject, { name: subject.name, address: subject.address, email: subject.email, language: 'nb' })).toBeNull();
  });

  it('an erasure keeps the ids and the reason chosen (Art. 17), and an older one without a reason still reads', () => {
    const base = { id: 'e1', incidentId: 'i1', installationId: 'in1', seq: 2, at: '2026-11-24T09:00:00.000Z', actor: 'Kari', prevHash: 'a'.repeat(64), hash: 'b'.repeat(64) };
    const erased = subjectsErasedChange(['s1'], 'person-asked');
    expect(erased).toEqual({ kind: 'subjects-erased', payload: { subjectIds: ['s1'], reason: 'person-asked' } });
    expect(timelineEventSchema.safeParse({ ...base, ...erased }).success).toBe(true);
    expect(timelineEventSchema.safeParse({ ...base, kind: 'subjects-erased', payload: { subjectIds: ['s1'] } }).success).toBe(true);
    expect(timelineEventSchema.safeParse({ ...base, kind: 'subjects-erased', payload: { subjectIds: ['s1'], reason: 'Kari asked' } }).success).toBe(false);
  });
});
