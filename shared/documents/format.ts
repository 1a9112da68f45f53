import { formatInstant } from '../deadline';
import type { CountPrecision } from '../incident/vocabulary';
import { ONLY_IN_OTHER_LANGUAGE } from '../incident/text';
import { NOT_KNOWN } from './text/common';
import { COUNT_PRECISION } from './text/record';
import type { ContactPerson, FreeText, Instant, Organisation } from './types';
import type { Lang } from '../i18n/lang';
import { formatNumber } from '../i18n/numbers';

// Small formatting helpers the documents share. Whatever is missing prints as "not yet known".

const LOCALE: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

const trimmed = (text: string | null | undefined): string | null => {
  const value = text?.trim() ?? '';
  return value === '' ? null : value;
};

/**
 * The user's text in a language; null when there is none. A plain string is one text for every
 * language (a name, a number). A text written only in the other language is given with a note
 * saying so (ONLY_IN_OTHER_LANGUAGE), so no document mixes languages without telling the reader.
 */
export function pick(text: FreeText | undefined, lang: Lang): string | null {
  if (text === null || text === undefined) return null;
  if (typeof text === 'string') return trimmed(text);
  const own = trimmed(text[lang]);
  if (own !== null) return own;
  const other = trimmed(text[lang === 'nb' ? 'en' : 'nb']);
  return other === null ? null : `${ONLY_IN_OTHER_LANGUAGE[lang]} ${other}`;
}

/** The text, or "ikke kjent ennå" / "not yet known". */
export function orNotKnown(text: string | null | undefined, lang: Lang): string {
  return text === null || text === undefined || text.trim() === '' ? NOT_KNOWN[lang] : text;
}

export function freeText(text: FreeText | undefined, lang: Lang): string {
  return orNotKnown(pick(text, lang), lang);
}

/** The document's own date: it must be a real instant, or nothing can be dated. */
export function requireDate(value: Instant, what: string): Date {
  const date = toDate(value);
  if (!date) throw new RangeError(`${what} is not a valid instant: ${JSON.stringify(value)}`);
  return date;
}

export function toDate(instant: Instant | null | undefined): Date | null {
  if (!instant) return null;
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "28.11.2026 14:30 CET" in the document's zone, with its abbreviation; or "not yet known". */
export function instant(value: Instant | Date | null | undefined, lang: Lang, timeZone: string): string {
  const date = value instanceof Date ? value : toDate(value);
  return date ? formatInstant(date, lang, timeZone) : NOT_KNOWN[lang];
}

// Making an Intl formatter costs far more than using one (~300 µs against ~10 µs): thousands of
// letters share a few.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'long' | 'short', lang: Lang, timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${lang}|${timeZone}`;
  let cached = formatters.get(key);
  if (!cached) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'long'
        ? { timeZone, day: 'numeric', month: 'long', year: 'numeric' }
        : { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' };
    cached = new Intl.DateTimeFormat(LOCALE[lang], options);
    formatters.set(key, cached);
  }
  return cached;
}

/** "25. november 2026" / "25 November 2026": the date of a letter. */
export function longDate(value: Instant | Date, lang: Lang, timeZone: string): string {
  const date = value instanceof Date ? value : requireDate(value, 'The date');
  return formatter('long', lang, timeZone).format(date);
}

/** "25.11.2026" / "25/11/2026". */
export function shortDate(value: Instant | Date | null | undefined, lang: Lang, timeZone: string): string {
  const date = value instanceof Date ? value : toDate(value);
  if (!date) return NOT_KNOWN[lang];
  const parts = formatter('short', lang, timeZone).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return lang === 'nb'
    ? `${get('day')}.${get('month')}.${get('year')}`
    : `${get('day')}/${get('month')}/${get('year')}`;
}

/** "27.03 14:30" / "27/03 14:30": a compact wall-clock time for a drawing (the zone is said once). */
export function dayAndTime(value: Date, lang: Lang, timeZone: string): string {
  const full = formatInstant(value, lang, timeZone); // "27.03.2026 14:30 CET"
  return `${full.slice(0, 5)} ${full.slice(11, 16)}`;
}

export function number(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return formatNumber(lang, value, maximumFractionDigits);
}

/** "ca. 1 200" / "approx. 1,200", or "not yet known". */
export function approxCount(value: number | null, lang: Lang): string {
  if (value === null) return NOT_KNOWN[lang];
  return `${lang === 'nb' ? 'ca.' : 'approx.'} ${number(value, lang, 0)}`;
}

/**
 * Art. 33(3)(a) asks for approximate numbers: "ca. 1 200" unless the record says the number is
 * exact; "kan ikke fastslås" when it cannot be determined; otherwise "not yet known".
 */
export function count(value: number | null, precision: CountPrecision | null, lang: Lang): string {
  if (precision === 'undeterminable' && value === null) return COUNT_PRECISION[lang].undeterminable;
  if (value === null) return NOT_KNOWN[lang];
  return precision === 'exact' ? number(value, lang, 0) : approxCount(value, lang);
}

/** "a, b og c" / "a, b and c". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${lang === 'nb' ? 'og' : 'and'} ${items.at(-1)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nb-NO') + text.slice(1);
}

/** Name, role, phone and e-mail on one line each, skipping what is missing. */
export function contactLines(person: ContactPerson | null, lang: Lang): string[] {
  if (!person) return [];
  const phone = lang === 'nb' ? 'Telefon' : 'Phone';
  const email = lang === 'nb' ? 'E-post' : 'E-mail';
  return [
    [person.name, pick(person.role, lang)].filter(Boolean).join(', '),
    person.phone ? `${phone}: ${person.phone}` : '',
    person.email ? `${email}: ${person.email}` : '',
  ].filter((line) => line !== '');
}

/** The organisation's name and postal address, one line each. */
export function organisationLines(organisation: Organisation): string[] {
  return [organisation.name, ...(organisation.address ?? '').split('\n')]
    .map((line) => line.trim())
    .filter(Boolean);
}

/** "12 timer" / "12 hours". */
export function hours(value: number | null, lang: Lang): string {
  if (value === null) return NOT_KNOWN[lang];
  const unit = lang === 'nb' ? (value === 1 ? 'time' : 'timer') : value === 1 ? 'hour' : 'hours';
  return `${number(value, lang, 1)} ${unit}`;
}
