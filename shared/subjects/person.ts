import { SUBJECT_LIMITS, type PersonDetails } from '../incident/subjects';
import { findUnsafeCharacter } from '../text/clean';
import { personError } from './messages';
import type { LocalText } from './messages';
import type { SubjectLanguage } from './rows';

// The rules for one person's details, the same whether they come from a CSV row or from the form
// that corrects a person: a name, an e-mail address a letter can go to, a postal code the post
// can read, and nothing longer than the store keeps.

/** How a person's details are typed in (a CSV row or the edit form), before they are stored. */
export interface PersonForm {
  name: string;
  /** Street lines, separated by "\n". */
  street: string;
  postalCode: string;
  city: string;
  /** Empty for Norway. */
  country: string;
  email: string;
  language: SubjectLanguage;
}

export type PersonField = keyof PersonForm;
export type PersonProblems = Partial<Record<PersonField, LocalText>>;

// Deliberately simple: something@something.something, no spaces. The mail system has the last word.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

const NORWAY = new Set(['', 'no', 'nor', 'norge', 'noreg', 'norway', 'norwegen', 'norvège', 'norvege']);

/** Norway, or the address has no country: the post reads it as a Norwegian address. */
export function isNorway(country: string | null | undefined): boolean {
  return NORWAY.has((country ?? '').trim().toLocaleLowerCase('nb-NO'));
}

export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}

export type PostalCodeResult =
  | { ok: true; value: string; paddedFrom: string | null }
  | { ok: false; problem: LocalText };

/**
 * A postal code as the post reads it. A Norwegian one has four digits (Posten); Excel reads 0150
 * as the number 150, so three digits get their zero back, and the caller says so. Another
 * country's code is taken as written: formats differ too much to check here.
 */
export function checkPostalCode(value: string, country: string | null | undefined): PostalCodeResult {
  const code = value.replace(/\s+/g, ' ').trim();
  if (code === '' || !isNorway(country)) return { ok: true, value: code, paddedFrom: null };
  if (/^\d{4}$/.test(code)) return { ok: true, value: code, paddedFrom: null };
  if (/^\d{3}$/.test(code)) return { ok: true, value: `0${code}`, paddedFrom: code };
  return { ok: false, problem: personError['invalid-postal-code'](code) };
}

/**
 * The address as the subjects table stores it and a letter prints it: the street lines, then
 * postal code and place, then the country when it is not Norway.
 */
export function letterAddress(person: {
  address: string | null;
  postalCode: string | null;
  city: string | null;
  country?: string | null;
}): string | null {
  const place = [person.postalCode, person.city].filter(Boolean).join(' ');
  const country = isNorway(person.country) ? '' : (person.country ?? '').trim();
  return [person.address, place, country].filter(Boolean).join('\n') || null;
}

// A place line: a postal code with a digit in it, then the place ("0150 Oslo", "SE-411 01 Göteborg").
const PLACE_LINE = /^(\S*\d\S*(?: \d+)?) (\S.*)$/;

/**
 * A stored address back in its parts, for the form that corrects it. The inverse of
 * letterAddress where the address came from it; an address it cannot read stays whole in the
 * street lines, so nothing is lost by opening and saving the form.
 */
export function splitLetterAddress(address: string | null): Pick<PersonForm, 'street' | 'postalCode' | 'city' | 'country'> {
  const lines = (address ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  const whole = { street: lines.join('\n'), postalCode: '', city: '', country: '' };
  const last = lines.at(-1);
  if (last === undefined) return whole;
  const place = PLACE_LINE.exec(last);
  if (place) return { street: lines.slice(0, -1).join('\n'), postalCode: place[1]!, city: place[2]!, country: '' };
  const before = lines.at(-2);
  const foreign = before === undefined || /\d/.test(last) ? null : PLACE_LINE.exec(before);
  if (foreign) return { street: lines.slice(0, -2).join('\n'), postalCode: foreign[1]!, city: foreign[2]!, country: last };
  return whole;
}

/** The details of one person checked: what the store takes, or what is wrong with each field. */
export function checkPerson(form: PersonForm): { ok: true; person: PersonDetails } | { ok: false; problems: PersonProblems } {
  const problems: PersonProblems = {};
  const clean = (value: string) => value.replace(/[^\S\n]+/g, ' ').trim();
  const fields = {
    name: clean(form.name),
    street: form.street.split('\n').map(clean).filter(Boolean).join('\n'),
    postalCode: clean(form.postalCode),
    city: clean(form.city),
    country: clean(form.country),
    email: clean(form.email),
  };
  for (const [field, value] of Object.entries(fields) as [Exclude<PersonField, 'language'>, string][]) {
    const unsafe = findUnsafeCharacter(value.replace(/\n/g, ' '));
    if (unsafe) problems[field] = personError['unsafe-character'](unsafe);
  }
  if (!fields.name) problems.name ??= personError['missing-name']();
  else if (fields.name.length > SUBJECT_LIMITS.name) problems.name ??= personError['too-long'](fields.name.length, SUBJECT_LIMITS.name);
  if (fields.email.length > SUBJECT_LIMITS.email) problems.email ??= personError['too-long'](fields.email.length, SUBJECT_LIMITS.email);
  else if (fields.email && !isEmailAddress(fields.email)) problems.email ??= personError['invalid-email'](fields.email);
  const postal = checkPostalCode(fields.postalCode, fields.country);
  if (!postal.ok) problems.postalCode ??= postal.problem;
  const address = letterAddress({
    address: fields.street || null,
    postalCode: postal.ok ? postal.value : fields.postalCode,
    city: fields.city || null,
    country: fields.country,
  });
  if (address && address.length > SUBJECT_LIMITS.address) problems.street ??= personError['address-too-long'](address.length, SUBJECT_LIMITS.address);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, person: { name: fields.name, address, email: fields.email || null, language: form.language } };
}
