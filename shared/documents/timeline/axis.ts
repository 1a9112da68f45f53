import { instantFromWallTime, wallTimeAt } from '../../time/zoned';
import type { Lang } from '../../i18n/lang';

// The geometry of the timeline: a linear time scale and ticks on the display zone's wall clock
// (midnights, or whole hours). Pure arithmetic, no drawing; the labels are placed by layout.ts.

const HOUR = 3_600_000;
const STEPS_HOURS = [1, 2, 3, 6, 12, 24, 48, 168, 336, 720];

export interface TimeScale {
  start: number;
  end: number;
  x0: number;
  x1: number;
}

/** A scale over the instants, padded so nothing sits on the edge. */
export function timeScale(instants: readonly number[], x0: number, x1: number): TimeScale {
  const min = Math.min(...instants);
  const max = Math.max(...instants);
  const span = Math.max(max - min, 6 * HOUR);
  return { start: min - span * 0.05, end: max + span * 0.05, x0, x1 };
}

export function xOf(scale: TimeScale, at: number): number {
  return scale.x0 + ((at - scale.start) / (scale.end - scale.start)) * (scale.x1 - scale.x0);
}

export interface Tick {
  at: number;
  label: string;
}

/** Wall-clock ticks in the zone, at most about `maxTicks`, labelled "27.03" or "27.03 12:00". */
export function ticks(scale: TimeScale, timeZone: string, lang: Lang, maxTicks = 10): Tick[] {
  const span = scale.end - scale.start;
  const step = STEPS_HOURS.find((hours) => span / (hours * HOUR) <= maxTicks) ?? STEPS_HOURS.at(-1)!;
  const first = wallTimeAt(new Date(scale.start), timeZone);
  // Walk the wall clock as if it were UTC, then ask the zone which instant shows each wall time.
  let wall =
    step >= 24
      ? Date.UTC(first.year, first.month - 1, first.day)
      : Date.UTC(first.year, first.month - 1, first.day, Math.floor(first.hour / step) * step);
  const out: Tick[] = [];
  const sep = lang === 'nb' ? '.' : '/';
  for (let guard = 0; guard < 200; guard++, wall += step * HOUR) {
    const w = new Date(wall);
    const at = instantFromWallTime(
      {
        year: w.getUTCFullYear(),
        month: w.getUTCMonth() + 1,
        day: w.getUTCDate(),
        hour: w.getUTCHours(),
        minute: 0,
      },
      timeZone,
    ).getTime();
    if (at > scale.end) break;
    if (at < scale.start) continue;
    const day = `${String(w.getUTCDate()).padStart(2, '0')}${sep}${String(w.getUTCMonth() + 1).padStart(2, '0')}`;
    out.push({ at, label: step >= 24 ? day : `${day} ${String(w.getUTCHours()).padStart(2, '0')}:00` });
  }
  return out;
}
