import { en, nb, type MessageKey } from './messages/index';

import type { Lang } from './lang';
export { DEFAULT_LANG, isLang, languages, type Lang } from './lang';
export type { MessageKey };

const tables: Record<Lang, Record<MessageKey, string>> = { nb, en };


/** A message in a language, with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
