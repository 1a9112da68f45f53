import type { Lang } from '../i18n/lang';
// Display only: instants are UTC in storage and in every calculation; a time zone exists here and
// nowhere else, and it is always printed so nobody has to guess.

export const DEFAULT_TIME_ZONE = 'Europe/Oslo';


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

const UNITS: Record<Lang, { day: [string, string]; hour: [string, string]; minute: [string, string]; and: string }> = {
  nb: { day: ['døgn', 'døgn'], hour: ['time', 'timer'], minute: ['minutt', 'minutter'], and: 'og' },
  en: { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'], and: 'and' },
};

/**
 * A duration in words, for documents: "2 døgn, 4 timer og 15 minutter" / "2 days, 4 hours and
 * 15 minutes". Parts that are zero are left out; under a minute is "0 minutter". Sign is ignored.
 */
export function formatDurationWords(ms: number, lang: Lang): string {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  const u = UNITS[lang];
  const part = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    Math.floor(totalMinutes / (24 * 60)) > 0 ? part(Math.floor(totalMinutes / (24 * 60)), u.day) : '',
    Math.floor((totalMinutes % (24 * 60)) / 60) > 0 ? part(Math.floor((totalMinutes % (24 * 60)) / 60), u.hour) : '',
    totalMinutes % 60 > 0 ? part(totalMinutes % 60, u.minute) : '',
  ].filter(Boolean);
  if (parts.length === 0) return part(0, u.minute);
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} ${u.and} ${parts.at(-1)}`;
}
