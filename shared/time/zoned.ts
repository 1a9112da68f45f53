// Wall-clock time in a named zone ↔ UTC instants, with Intl only (no clock read, no DOM).
// People type local times ("we knew at 14:30"); storage keeps UTC ISO instants.

const HOUR_MS = 3_600_000;

export interface WallTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True if the runtime knows this IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time an instant shows in a zone. */
export function wallTimeAt(instant: Date, timeZone: string): WallTime {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const n = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: n('year'), month: n('month'), day: n('day'), hour: n('hour'), minute: n('minute') };
}

/** The zone's offset from UTC at an instant, in milliseconds (Oslo in winter: +3 600 000). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const w = wallTimeAt(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  const floored = Math.floor(instant.getTime() / 60_000) * 60_000;
  return asUtc - floored;
}

/**
 * The instant at which a zone's clock shows `wall`. In the autumn hour that happens twice, the
 * earlier instant is returned (an awareness time read early gives the earlier, cautious deadline);
 * in the spring gap the clock never shows it, and the time is read with the offset before the
 * change (02:30 becomes 03:30 summer time).
 */
export function instantFromWallTime(wall: WallTime, timeZone: string): Date {
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const offsets = new Set([
    zoneOffsetMs(new Date(wallAsUtc - 24 * HOUR_MS), timeZone),
    zoneOffsetMs(new Date(wallAsUtc + 24 * HOUR_MS), timeZone),
  ]);
  const matches = [...offsets]
    .map((offset) => wallAsUtc - offset)
    .filter((candidate) => zoneOffsetMs(new Date(candidate), timeZone) === wallAsUtc - candidate)
    .sort((a, b) => a - b);
  if (matches[0] !== undefined) return new Date(matches[0]);
  const before = zoneOffsetMs(new Date(wallAsUtc - 24 * HOUR_MS), timeZone);
  return new Date(wallAsUtc - before);
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,3})?)?$/;

/**
 * Parses the value of an `<input type="datetime-local">` ("2026-11-25T14:30"). Returns null for
 * anything that is not a real calendar date and time (31 February, 24:00, free text).
 */
export function parseLocalInput(value: string): WallTime | null {
  const m = LOCAL_INPUT.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  if (year < 1970 || year > 9999 || month < 1 || month > 12 || hour > 23 || minute > 59) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { year, month, day, hour, minute };
}

/** The `<input type="datetime-local">` value that shows an instant in a zone. */
export function toLocalInput(instant: Date, timeZone: string): string {
  const w = wallTimeAt(instant, timeZone);
  const p = (n: number, len = 2): string => String(n).padStart(len, '0');
  return `${p(w.year, 4)}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}`;
}
