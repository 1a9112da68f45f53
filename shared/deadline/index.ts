import { addHours } from 'date-fns';

// Art. 33(1): notify "not later than 72 hours after having become aware". Elapsed hours on the UTC
// instant: a daylight-saving change moves the wall clock, never the deadline.
export const AUTHORITY_DEADLINE_HOURS = 72;
/** Under this much time left, a deadline is "due soon". */
export const DUE_SOON_HOURS = 24;
export const DEFAULT_TIME_ZONE = 'Europe/Oslo';

export type Lang = 'nb' | 'en';

export function authorityDeadline(awareAt: Date): Date {
  return addHours(awareAt, AUTHORITY_DEADLINE_HOURS);
}

export type DeadlineState = 'open' | 'due-soon' | 'overdue' | 'met' | 'met-late';

export interface DeadlineStatus {
  state: DeadlineState;
  /** Milliseconds from `now` to the deadline; negative once it has passed. */
  msLeft: number;
}

/**
 * Where a deadline stands at `now`. Once the duty is done (`doneAt`), the deadline is met or met
 * late, whatever the clock says afterwards.
 */
export function deadlineStatus(deadline: Date, now: Date, doneAt: Date | null = null): DeadlineStatus {
  const msLeft = deadline.getTime() - now.getTime();
  if (doneAt) return { state: doneAt.getTime() <= deadline.getTime() ? 'met' : 'met-late', msLeft };
  if (msLeft <= 0) return { state: 'overdue', msLeft };
  if (msLeft < DUE_SOON_HOURS * 3_600_000) return { state: 'due-soon', msLeft };
  return { state: 'open', msLeft };
}

const LOCALE: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

/**
 * An instant as wall-clock time in a named zone, always with the zone's abbreviation so nobody has
 * to guess: "28.11.2026, 14:30 CET". Throws RangeError for an unknown zone.
 */
export function formatInstant(instant: Date, lang: Lang, timeZone: string = DEFAULT_TIME_ZONE): string {
  const format = new Intl.DateTimeFormat(LOCALE[lang], {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
  const parts = format.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const date = lang === 'nb' ? `${get('day')}.${get('month')}.${get('year')}` : `${get('day')}/${get('month')}/${get('year')}`;
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
