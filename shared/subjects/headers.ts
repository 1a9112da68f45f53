// Which column holds what, by its header, in Norwegian or English, as people and Excel write them.

export type SubjectField =
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'address'
  | 'address2'
  | 'postalCode'
  | 'city'
  | 'country'
  | 'email'
  | 'language';

const ALIASES: Record<SubjectField, string[]> = {
  name: ['navn', 'fullt navn', 'fullstendig navn', 'mottaker', 'name', 'full name', 'fullname', 'recipient'],
  firstName: ['fornavn', 'first name', 'firstname', 'given name'],
  lastName: ['etternavn', 'last name', 'lastname', 'surname', 'family name'],
  address: [
    'adresse',
    'gateadresse',
    'postadresse',
    'adresse 1',
    'adresselinje 1',
    'address',
    'street',
    'street address',
    'address 1',
    'address line 1',
  ],
  address2: ['adresse 2', 'adresselinje 2', 'address 2', 'address line 2'],
  postalCode: [
    'postnummer',
    'postnr',
    'post nr',
    'postal code',
    'postcode',
    'post code',
    'zip',
    'zip code',
    'zipcode',
  ],
  city: ['poststed', 'sted', 'by', 'city', 'town', 'post town'],
  country: ['land', 'country', 'landkode', 'country code'],
  email: [
    'e-post',
    'epost',
    'e-postadresse',
    'epostadresse',
    'e-mail',
    'email',
    'mail',
    'email address',
    'e-mail address',
  ],
  language: ['språk', 'sprak', 'målform', 'language', 'lang', 'preferred language'],
};

/** "E-post " → "e-post", "Post_Nr." → "post nr": case, spacing and punctuation do not matter. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLocaleLowerCase('nb-NO')
    .replace(/[_.:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const LOOKUP = new Map<string, SubjectField>(
  (Object.entries(ALIASES) as [SubjectField, string[]][]).flatMap(([field, names]) =>
    names.map((name) => [name, field] as const),
  ),
);

export function fieldForHeader(header: string): SubjectField | null {
  return LOOKUP.get(normaliseHeader(header)) ?? null;
}

/** The header names we understand, for the message when none are found. */
export const KNOWN_HEADERS = [
  'navn/name',
  'fornavn + etternavn',
  'adresse/address',
  'postnummer',
  'poststed',
  'land/country',
  'e-post/email',
  'språk/language',
];
