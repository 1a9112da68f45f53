import type { ImportedSubject } from './rows';
import { letterAddress } from './person';
import type { LocalText } from './messages';
import type { Lang } from '../i18n/lang';

// The same person twice: importing a corrected file again, or a list with a person on two rows.
// A person is the same when the e-mail address is the same, or the name and the address are.
// Never decided silently: the user sees every pair and chooses to skip them or import anyway.

/** A person already stored, as far as telling them apart needs. */
export interface KnownPerson {
  name: string;
  /** As stored: street lines, postal code and place, country. */
  address: string | null;
  email: string | null;
}

export type SameBy = 'email' | 'name-address';

export interface Duplicate {
  subject: ImportedSubject;
  /** The earlier row of the file, or a person already imported. */
  of: { line: number; name: string } | { line: null; name: string };
  by: SameBy;
}

export interface ImportPlan {
  /** People not seen before, in file order. */
  fresh: ImportedSubject[];
  /** People seen on an earlier row or already imported, in file order. */
  duplicates: Duplicate[];
}

const fold = (text: string): string => text.normalize('NFC').toLocaleLowerCase('nb-NO').replace(/\s+/g, ' ').trim();

function keys(person: KnownPerson): { email: string | null; nameAddress: string | null } {
  const email = person.email ? fold(person.email) : null;
  // Without an address, a name alone says too little: two Kari Nordmann are two people.
  const nameAddress = person.address ? `${fold(person.name)}\n${fold(person.address)}` : null;
  return { email, nameAddress };
}

/** Which of the people to import are new, and which the list or the incident already holds. */
export function planImport(candidates: readonly ImportedSubject[], stored: readonly KnownPerson[]): ImportPlan {
  type Seen = Duplicate['of'];
  const byEmail = new Map<string, Seen>();
  const byNameAddress = new Map<string, Seen>();
  const remember = (person: KnownPerson, seen: Seen) => {
    const key = keys(person);
    if (key.email && !byEmail.has(key.email)) byEmail.set(key.email, seen);
    if (key.nameAddress && !byNameAddress.has(key.nameAddress)) byNameAddress.set(key.nameAddress, seen);
  };
  for (const person of stored) remember(person, { line: null, name: person.name });

  const plan: ImportPlan = { fresh: [], duplicates: [] };
  for (const subject of candidates) {
    const person = { name: subject.name, address: letterAddress(subject), email: subject.email };
    const key = keys(person);
    const sameEmail = key.email ? byEmail.get(key.email) : undefined;
    const sameNameAddress = key.nameAddress ? byNameAddress.get(key.nameAddress) : undefined;
    if (sameEmail) plan.duplicates.push({ subject, of: sameEmail, by: 'email' });
    else if (sameNameAddress) plan.duplicates.push({ subject, of: sameNameAddress, by: 'name-address' });
    else {
      plan.fresh.push(subject);
      remember(person, { line: subject.line, name: subject.name });
    }
  }
  return plan;
}

/** "Linje 5: Samme e-post som Kari Nordmann på linje 2." */
export function describeDuplicate(duplicate: Duplicate, lang: Lang): string {
  const { subject, of, by } = duplicate;
  const words: Record<SameBy, LocalText> = {
    email: { nb: 'samme e-post', en: 'the same e-mail' },
    'name-address': { nb: 'samme navn og adresse', en: 'the same name and address' },
  };
  const same = words[by][lang];
  if (lang === 'nb')
    return of.line === null
      ? `Linje ${subject.line}: ${subject.name} har ${same} som ${of.name}, som allerede er importert.`
      : `Linje ${subject.line}: ${subject.name} har ${same} som ${of.name} på linje ${of.line}.`;
  return of.line === null
    ? `Line ${subject.line}: ${subject.name} has ${same} as ${of.name}, who is already imported.`
    : `Line ${subject.line}: ${subject.name} has ${same} as ${of.name} on line ${of.line}.`;
}
