import { SUBJECT_LIMITS } from '../incident/subjects';
import { findUnsafeCharacter } from '../text/clean';
import type { SubjectField } from './headers';
import { rowError, rowWarning } from './messages';
import type { LocalText, RowErrorCode, RowWarningCode } from './messages';
import { checkPostalCode, isEmailAddress, isNorway as isNorwayName, letterAddress } from './person';

// One CSV row → one person, or the reasons it cannot be. Every reason is kept, so the user can
// correct a row in one go.

export type SubjectLanguage = 'nb' | 'en' | 'both';

export interface ImportedSubject {
  /** The file line the row starts on (the header is line 1). */
  line: number;
  name: string;
  /** Street address, lines separated by "\n". */
  address: string | null;
  postalCode: string | null;
  city: string | null;
  /** Null for Norway (or no country given). */
  country: string | null;
  email: string | null;
  language: SubjectLanguage;
}

export interface RowProblem<Code extends string = RowErrorCode | RowWarningCode> {
  line: number;
  code: Code;
  message: LocalText;
}

export type ColumnMap = Partial<Record<SubjectField, number>>;

/** Where a row's values are: the column of each field, and the file's own header names. */
export interface RowColumns {
  map: ColumnMap;
  headers: readonly string[];
}

const LANGUAGES: Record<string, SubjectLanguage | 'nynorsk'> = {
  nb: 'nb',
  no: 'nb',
  nob: 'nb',
  bokmål: 'nb',
  bokmal: 'nb',
  norsk: 'nb',
  norwegian: 'nb',
  'nb-no': 'nb',
  'no-nb': 'nb',
  nn: 'nynorsk',
  nno: 'nynorsk',
  nynorsk: 'nynorsk',
  en: 'en',
  eng: 'en',
  english: 'en',
  engelsk: 'en',
  'en-gb': 'en',
  'en-us': 'en',
  both: 'both',
  begge: 'both',
  'nb+en': 'both',
  'nb/en': 'both',
  'no/en': 'both',
  'nb,en': 'both',
  'norsk og engelsk': 'both',
  'norwegian and english': 'both',
};

const clean = (value: string | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

export interface RowResult {
  subject: ImportedSubject | null;
  errors: RowProblem<RowErrorCode>[];
  warnings: RowProblem<RowWarningCode>[];
}

export function readRow(
  fields: readonly string[],
  line: number,
  columns: RowColumns,
  defaultLanguage: SubjectLanguage,
): RowResult {
  const { map } = columns;
  const get = (field: SubjectField): string => (map[field] === undefined ? '' : clean(fields[map[field]!]));
  const header = (field: SubjectField): string => columns.headers[map[field]!] ?? field;
  const errors: RowProblem<RowErrorCode>[] = [];
  const warnings: RowProblem<RowWarningCode>[] = [];
  const error = (code: RowErrorCode, message: LocalText): void => void errors.push({ line, code, message });
  const warn = (code: RowWarningCode, message: LocalText): void =>
    void warnings.push({ line, code, message });

  // Refused, not cleaned: these are a person's details, and the file is the place to correct them.
  for (const field of Object.keys(map) as SubjectField[]) {
    const unsafe = findUnsafeCharacter(fields[map[field]!] ?? '');
    if (unsafe) error('unsafe-character', rowError['unsafe-character'](header(field), unsafe));
  }

  const name = get('name') || [get('firstName'), get('lastName')].filter(Boolean).join(' ');
  if (!name) error('missing-name', rowError['missing-name']());
  else if (name.length > SUBJECT_LIMITS.name)
    error(
      'too-long',
      rowError['too-long'](map.name === undefined ? null : header('name'), name.length, SUBJECT_LIMITS.name),
    );

  const email = get('email');
  if (email.length > SUBJECT_LIMITS.email)
    error('too-long', rowError['too-long'](header('email'), email.length, SUBJECT_LIMITS.email));
  else if (email && !isEmailAddress(email)) error('invalid-email', rowError['invalid-email'](email));

  const languageText = get('language').toLocaleLowerCase('nb-NO');
  let language: SubjectLanguage = defaultLanguage;
  if (languageText) {
    const found = LANGUAGES[languageText];
    if (found === undefined) error('unknown-language', rowError['unknown-language'](get('language')));
    else if (found === 'nynorsk') {
      language = 'nb';
      warn('nynorsk', rowWarning.nynorsk());
    } else language = found;
  }

  const country = get('country');
  const postal = checkPostalCode(get('postalCode'), country);
  if (!postal.ok) error('invalid-postal-code', rowError['invalid-postal-code'](get('postalCode')));
  else if (postal.paddedFrom)
    warn('postal-code-padded', rowWarning['postal-code-padded'](postal.paddedFrom, postal.value));
  const postalCode = postal.ok ? postal.value : get('postalCode');
  const address = [get('address'), get('address2')].filter(Boolean).join('\n');
  if (!address && !email) warn('no-address', rowWarning['no-address']());
  const stored = letterAddress({ address, postalCode, city: get('city'), country });
  if (stored && stored.length > SUBJECT_LIMITS.address)
    error('address-too-long', rowError['address-too-long'](stored.length, SUBJECT_LIMITS.address));

  if (errors.length > 0) return { subject: null, errors, warnings: [] };
  return {
    subject: {
      line,
      name,
      address: address || null,
      postalCode: postalCode || null,
      city: get('city') || null,
      country: country && !isNorwayName(country) ? country : null,
      email: email || null,
      language,
    },
    errors,
    warnings,
  };
}

