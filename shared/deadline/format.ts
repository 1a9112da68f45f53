// Display only: instants are UTC in storage and in every calculation; a time zone exists here and
// nowhere else, and it is always printed so nobody has to guess.

export const DEFAULT_TIME_ZONE = 'Europe/Oslo';

export type Lang = 'nb' | 'en';

const LOCALE: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

// Building a formatter costs far more than using one; registers and letters format thousands.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: Lang, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[lang], {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    formatters.set(key, format);
  }
  return format;
}

/**
 * An instant as wall-clock time in a named zone, always with the zone's abbreviation:
 * "28.11.2026 14:30 CET" (nb), "28/11/2026 14:30 CET" (en). Throws RangeError for an unknown zone.
 */
export function formatInstant(instant: Date, lang: Lang, timeZone: string = DEFAULT_TIME_ZONE): string {
  const parts = formatterFor(lang, timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const date =
    lang === 'nb'
      ? `${get('day')}.${get('month')}.${get('year')}`
      : `${get('day')}/${get('month')}/${get('year')}`;
  return `${date} ${get('hour')}:${get('minute')} ${get('timeZoneName')}`;
}

/** A duration for a countdown: "2 d 03 t 12 min" / "2 d 03 h 12 min". Sign is ignored. */
export function formatDuration(ms: number, lang: Lang): string {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(totalMinutes / (24 * 60));
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  const minutes = totalMinutes % 60;
  const h = lang === 'nb' ? 't' : 'h';
  const hh = String(hours).padStart(2, '0');
  const mm = String(minutes).padStart(2, '0');
  return days > 0 ? `${days} d ${hh} ${h} ${mm} min` : `${hh} ${h} ${mm} min`;
}
