import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseSubjectsCsvNow } from '../../../../shared/subjects';
import { subjectSchema } from '../../../../shared/incident/subjects';
import { affectedPerson, personFromImport } from '../../../../shared/documents/record/letters';

describe('people imported for the letters keep what the file said', () => {
  const csv = 'navn;adresse;postnummer;poststed;e-post;språk\nMáret Čuovga;Storgata 1;9520;Kautokeino;maret@example.no;begge\n';

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
