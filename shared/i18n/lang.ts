// The languages Avvik speaks, written, and prints in: bokmål and English. Defined once here; a
// module that needs only the type imports it from this file, which pulls in no messages.

export type Lang = 'nb' | 'en';
export const languages: readonly Lang[] = ['nb', 'en'];
export const DEFAULT_LANG: Lang = 'nb';

export function isLang(value: unknown): value is Lang {
  return value === 'nb' || value === 'en';
}
