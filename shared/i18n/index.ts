import { en, nb, type MessageKey } from './messages/index';

export type Lang = 'nb' | 'en';
export const languages: readonly Lang[] = ['nb', 'en'];
export const DEFAULT_LANG: Lang = 'nb';
export type { MessageKey };

const tables: Record<Lang, Record<MessageKey, string>> = { nb, en };

export function isLang(value: unknown): value is Lang {
  return value === 'nb' || value === 'en';
}

/** A message in a language, with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
