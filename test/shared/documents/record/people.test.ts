import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSubjectsCsvNow } from '../../../../shared/subjects';
import { subjectSchema } from '../../../../shared/incident/subjects';
import { affectedPerson, personFromImport } from '../../../../shared/documents/record/letters';
import { asStored } from '../../../fuzz/csv';

describe('people imported for the letters keep what the file said', () => {
  const csv =
    'navn;adresse;postnummer;poststed;e-post;språk\nMáret Čuovga;Storgata 1;9520;Kautokeino;maret@example.no;begge\n';

  it('keeps a wish for letters in both languages, and the postal code and town on the last address line', () => {
    const preview = parseSubjectsCsvNow(csv);
    expect(preview.subjects).toHaveLength(1);
    const person = personFromImport(preview.subjects[0]!);
    expect(person).toEqual({
      name: 'Máret Čuovga',
      address: 'Storgata 1\n9520 Kautokeino',
      email: 'maret@example.no',
      language: 'both',
    });
    const stored = subjectSchema.parse({
      ...person,
      id: 's1',
      incidentId: 'i1',
      createdAt: '2026-11-25T09:00:00.000Z',
      updatedAt: '2026-11-25T09:00:00.000Z',
    });
    expect(affectedPerson(stored).language).toBe('both');
  });
});

describe('a row the preview accepts is a row the store takes', () => {
  const value = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ minLength: 250, maxLength: 1100 }),
    fc.constantFrom('Máret Čuovga', 'Łukasz Øvergård', 'kari@example.no', '0150', 'Oslo', 'begge'),
  );
  const field = (text: string) => `"${text.replaceAll('"', '""')}"`;

  it('for any values in any column (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, value, value, value, value, value, value), { minLength: 1, maxLength: 4 }),
        (rows) => {
          const csv = [
            'Navn;Adresse;Adresse 2;Postnummer;Poststed;E-post;Språk',
            ...rows.map((row) => row.map(field).join(';')),
          ].join('\n');
          for (const subject of parseSubjectsCsvNow(csv).subjects) {
            expect(asStored(subject).error?.issues ?? []).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
