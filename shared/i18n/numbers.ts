import type { Lang } from './lang';

// Numbers in words: the reasons', the documents', the screens'. An Intl formatter is costly to build (the first one loads the
// locale's data), so each is built when a text first needs it, never when a module is imported,
// and then kept: the engine runs on every keystroke and for every incident on the dashboard.

const LOCALE = { nb: 'nb-NO', en: 'en-GB' } as const;
const formatters = new Map<string, Intl.NumberFormat>();

/** `n` as the language writes it: "1 000" / "1,000", with at most `maximumFractionDigits` decimals. */
export function formatNumber(lang: Lang, n: number, maximumFractionDigits = 0): string {
  const key = `${lang}|${maximumFractionDigits}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits })));
  return format.format(n);
}
