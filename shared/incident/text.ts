import { z } from 'zod';
import type { Lang } from '../i18n/lang';

// Free text that reaches a document may be written in bokmål, in English, or both. A document in
// one language prints that language's text; where only the other one exists it says so instead of
// silently mixing languages (shared/documents). An empty string is "not written".

export const LONG_TEXT_MAX = 20_000;

export interface Bilingual {
  nb: string;
  en: string;
}

export const EMPTY_TEXT: Bilingual = Object.freeze({ nb: '', en: '' });

const pair = (max: number) => z.strictObject({ nb: z.string().max(max), en: z.string().max(max) });

/**
 * A bilingual text as stored. Records written before texts had an English version hold a plain
 * string; it is read as the bokmål text, so old incidents, events and backups load unchanged.
 */
export function bilingualSchema(max: number = LONG_TEXT_MAX) {
  return z.union([z.string().max(max).transform((nb): Bilingual => ({ nb, en: '' })), pair(max)]);
}

export const bilingual = bilingualSchema();

/**
 * The same, read without changing it: events are hashed exactly as written, so their schemas accept
 * the old plain string and the pair alike and leave the value as it is (see `toBilingual`).
 */
export const bilingualInput = z.union([z.string().max(LONG_TEXT_MAX), pair(LONG_TEXT_MAX)]);
export type BilingualInput = z.infer<typeof bilingualInput>;

/** A stored text in either shape as a pair. */
export function toBilingual(value: BilingualInput): Bilingual {
  return typeof value === 'string' ? { nb: value, en: '' } : { nb: value.nb, en: value.en };
}

/** A plain string as the bokmål text. */
export function inBokmal(text: string): Bilingual {
  return { nb: text, en: '' };
}

/** Both versions trimmed. */
export function trimText(text: Bilingual): Bilingual {
  return { nb: text.nb.trim(), en: text.en.trim() };
}

/** The text in `lang`, or else in the other language; '' when neither is written. */
export function textIn(text: Bilingual, lang: Lang): string {
  const own = text[lang].trim();
  return own !== '' ? own : text[lang === 'nb' ? 'en' : 'nb'].trim();
}

/** Said before a text the record holds only in the other language, instead of silently mixing languages. */
export const ONLY_IN_OTHER_LANGUAGE: Record<Lang, string> = {
  nb: '(Teksten finnes bare på engelsk:)',
  en: '(Only available in Norwegian:)',
};

/**
 * The text for a document or export in `lang`: its own version, or the other language's with a note
 * saying so (ONLY_IN_OTHER_LANGUAGE); '' when neither is written.
 */
export function textFor(text: Bilingual, lang: Lang): string {
  const own = text[lang].trim();
  if (own !== '') return own;
  const other = text[lang === 'nb' ? 'en' : 'nb'].trim();
  return other === '' ? '' : `${ONLY_IN_OTHER_LANGUAGE[lang]} ${other}`;
}

/** Nothing written in either language: "not known yet". */
export function isBlank(text: Bilingual): boolean {
  return text.nb.trim() === '' && text.en.trim() === '';
}
