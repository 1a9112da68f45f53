import { codePointName, singleLine, type UnsafeCharacter, type UnsafeKind } from '../text/clean';
import type { Lang } from '../i18n/lang';

// What the CSV import tells the user, in bokmål and English: what is wrong, and what to do.

export interface LocalText {
  nb: string;
  en: string;
}

/** A row that cannot be imported. */
export type RowErrorCode =
  | 'missing-name'
  | 'invalid-email'
  | 'unknown-language'
  | 'too-many-columns'
  | 'wrong-delimiter'
  | 'unclosed-quote'
  | 'malformed-quote'
  | 'unsafe-character'
  | 'too-long'
  | 'address-too-long'
  | 'invalid-postal-code'
  | 'missing-columns';
/** A row imported with a remark. */
export type RowWarningCode = 'postal-code-padded' | 'no-address' | 'nynorsk';
/** The file cannot be read at all. */
export type FileErrorCode = 'empty-file' | 'not-text' | 'spreadsheet-file' | 'no-name-column';

/** A value from the file, quoted: on one line, without what could hide text, and not too long to read. */
function quote(value: string, lang: Lang): string {
  const line = singleLine(value);
  const shown = line.length > 80 ? `${line.slice(0, 79)}…` : line;
  return lang === 'nb' ? `«${shown}»` : `“${shown}”`;
}
const both = (f: (lang: Lang) => string): LocalText => ({ nb: f('nb'), en: f('en') });

const CHARACTER_KINDS: Record<UnsafeKind, LocalText> = {
  control: { nb: 'et kontrolltegn', en: 'a control character' },
  bidi: {
    nb: 'et usynlig tegn som snur skriveretningen',
    en: 'an invisible character that changes the text direction',
  },
  invisible: { nb: 'et usynlig tegn med null bredde', en: 'an invisible zero-width character' },
  broken: { nb: 'et ødelagt tegn', en: 'a broken character' },
};

export const rowError = {
  'missing-name': () => ({ nb: 'Navn mangler.', en: 'The name is missing.' }),
  'invalid-email': (value: string) =>
    both((l) =>
      l === 'nb'
        ? `Ugyldig e-postadresse: ${quote(value, l)}.`
        : `Invalid e-mail address: ${quote(value, l)}.`,
    ),
  'unknown-language': (value: string) =>
    both((l) =>
      l === 'nb'
        ? `Ukjent språk: ${quote(value, l)}. Bruk nb, en eller begge.`
        : `Unknown language: ${quote(value, l)}. Use nb, en or both.`,
    ),
  'too-many-columns': (found: number, expected: number, delimiter: string) =>
    both((l) =>
      l === 'nb'
        ? `For mange kolonner: ${found}, men overskriften har ${expected}. En verdi som inneholder ${quote(delimiter, l)}, må stå i anførselstegn.`
        : `Too many columns: ${found}, but the header has ${expected}. A value containing ${quote(delimiter, l)} must be in quotes.`,
    ),
  'wrong-delimiter': (found: string, expected: string) =>
    both((l) =>
      l === 'nb'
        ? `Raden ser ut til å bruke et annet skilletegn (${quote(found, l)}) enn resten av filen (${quote(expected, l)}).`
        : `The row seems to use another delimiter (${quote(found, l)}) than the rest of the file (${quote(expected, l)}).`,
    ),
  'unclosed-quote': () => ({
    nb: 'Et anførselstegn er ikke lukket, så resten av filen kan ha blitt lest som én verdi. Rett raden og importer på nytt.',
    en: 'A quote is not closed, so the rest of the file may have been read as one value. Correct the row and import again.',
  }),
  'malformed-quote': () => ({
    nb: 'Anførselstegn er brukt feil i raden.',
    en: 'Quotes are used wrongly in the row.',
  }),
  'unsafe-character': (column: string, found: UnsafeCharacter) =>
    both((l) =>
      l === 'nb'
        ? `Kolonnen ${quote(column, l)} har ${CHARACTER_KINDS[found.kind].nb} (${codePointName(found.codePoint)}) som tegn nr. ${found.index + 1}. Det hører ikke hjemme i et navn eller en adresse og kan skjule hva som står der. Fjern det i filen og importer på nytt.`
        : `The column ${quote(column, l)} has ${CHARACTER_KINDS[found.kind].en} (${codePointName(found.codePoint)}) as character no. ${found.index + 1}. It has no place in a name or an address and can hide what is written. Remove it from the file and import again.`,
    ),
  'too-long': (column: string | null, length: number, max: number) =>
    both((l) =>
      l === 'nb'
        ? `${column ? quote(column, l) : 'Navnet'} er for langt: ${length} tegn, høyst ${max} er tillatt.`
        : `${column ? quote(column, l) : 'The name'} is too long: ${length} characters, at most ${max} are allowed.`,
    ),
  'address-too-long': (length: number, max: number) =>
    both((l) =>
      l === 'nb'
        ? `Adressen er for lang: ${length} tegn med postnummer og poststed, høyst ${max} er tillatt.`
        : `The address is too long: ${length} characters with postal code and place, at most ${max} are allowed.`,
    ),
  'invalid-postal-code': (value: string) =>
    both((l) =>
      l === 'nb'
        ? `Postnummeret ${quote(value, l)} er ikke et norsk postnummer (fire sifre). Er adressen i et annet land, skriv landet i en kolonne «Land».`
        : `The postal code ${quote(value, l)} is not a Norwegian postal code (four digits). If the address is in another country, give the country in a column “Country”.`,
    ),
  'missing-columns': (found: number, expected: number, missing: readonly string[]) =>
    both((l) =>
      l === 'nb'
        ? `Raden har ${found} av ${expected} kolonner; ${missing.map((h) => quote(h, l)).join(', ')} mangler. Kanskje et linjeskift har delt raden i to: rett den i filen og importer på nytt.`
        : `The row has ${found} of ${expected} columns; ${missing.map((h) => quote(h, l)).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. A line break may have split the row in two: correct it in the file and import again.`,
    ),
} satisfies Record<RowErrorCode, (...args: never[]) => LocalText>;

export const rowWarning = {
  'postal-code-padded': (from: string, to: string) =>
    both((l) =>
      l === 'nb'
        ? `Postnummeret ${quote(from, l)} er rettet til ${quote(to, l)} (Excel fjerner ofte nullen foran).`
        : `The postal code ${quote(from, l)} was corrected to ${quote(to, l)} (Excel often drops the leading zero).`,
    ),
  'no-address': () => ({
    nb: 'Verken adresse eller e-post: brevet kan skrives ut, men ikke sendes uten en av dem.',
    en: 'Neither address nor e-mail: the letter can be printed, but not sent without one of them.',
  }),
  nynorsk: () => ({
    nb: 'Brev på nynorsk finnes ikke ennå, så brevet blir på bokmål.',
    en: 'Letters in Nynorsk are not available yet, so the letter will be in Bokmål.',
  }),
} satisfies Record<RowWarningCode, (...args: never[]) => LocalText>;

export const fileError = {
  'empty-file': () => ({ nb: 'Filen er tom.', en: 'The file is empty.' }),
  'not-text': () => ({
    nb: 'Filen ser ikke ut til å være en CSV-fil (tekst).',
    en: 'The file does not look like a CSV (text) file.',
  }),
  'spreadsheet-file': () => ({
    nb: 'Dette ser ut som en Excel-fil (.xlsx). Åpne den i Excel og lagre den som «CSV UTF-8» først.',
    en: 'This looks like an Excel file (.xlsx). Open it in Excel and save it as “CSV UTF-8” first.',
  }),
  'no-name-column': (found: string[], known: string[]) =>
    both((l) =>
      l === 'nb'
        ? `Fant ingen kolonne for navn. Kolonnene i filen: ${found.map((h) => quote(h, l)).join(', ')}. Kolonnenavn vi kjenner: ${known.join(', ')}. Bruker filen et annet skilletegn enn semikolon, komma eller tabulator?`
        : `No name column found. The file's columns: ${found.map((h) => quote(h, l)).join(', ')}. Column names we know: ${known.join(', ')}. Does the file use another delimiter than semicolon, comma or tab?`,
    ),
} satisfies Record<FileErrorCode, (...args: never[]) => LocalText>;

/** What the form that corrects a person says about a field (the field's label says which). */
export const personError = {
  'missing-name': () => ({ nb: 'Skriv navnet.', en: 'Write the name.' }),
  'too-long': (length: number, max: number) =>
    both((l) =>
      l === 'nb' ? `For langt: ${length} tegn, høyst ${max} er tillatt.` : `Too long: ${length} characters, at most ${max} are allowed.`,
    ),
  'invalid-email': (value: string) => rowError['invalid-email'](value),
  'invalid-postal-code': (value: string) =>
    both((l) =>
      l === 'nb'
        ? `Postnummeret ${quote(value, l)} er ikke et norsk postnummer (fire sifre). Er adressen i et annet land, skriv landet.`
        : `The postal code ${quote(value, l)} is not a Norwegian postal code (four digits). If the address is in another country, give the country.`,
    ),
  'address-too-long': (length: number, max: number) => rowError['address-too-long'](length, max),
  'unsafe-character': (found: UnsafeCharacter) =>
    both((l) =>
      l === 'nb'
        ? `Teksten har ${CHARACTER_KINDS[found.kind].nb} (${codePointName(found.codePoint)}) som tegn nr. ${found.index + 1}. Det kan skjule hva som står der; fjern det.`
        : `The text has ${CHARACTER_KINDS[found.kind].en} (${codePointName(found.codePoint)}) as character no. ${found.index + 1}. It can hide what is written; remove it.`,
    ),
};

/** "Linje 12: Navn mangler." / "Line 12: The name is missing." */
export function describeRowProblem(problem: { line: number; message: LocalText }, lang: Lang): string {
  return `${lang === 'nb' ? 'Linje' : 'Line'} ${problem.line}: ${problem.message[lang]}`;
}
