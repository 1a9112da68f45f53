import { instantFromWallTime, parseLocalInput } from '../../../../../shared/time/zoned';

// Checks of the action forms, pure so they test without a screen. Codes map to
// `incident.error.<code>` messages.

export type TimeError = 'time-required' | 'time-invalid' | 'time-in-future' | 'before-aware';
export type Checked<T, E extends string> = { ok: true; value: T } | { ok: false; error: E };

/** A minute of slack: "now" typed a few seconds ago is not in the future. */
const FUTURE_TOLERANCE_MS = 60_000;

/** A datetime-local value in `timeZone`: when something was sent or done; not later than now, not before awareness. */
export function checkPastTime(
  value: string,
  { now, timeZone, notBefore }: { now: Date; timeZone: string; notBefore?: Date },
): Checked<Date, TimeError> {
  if (value.trim() === '') return { ok: false, error: 'time-required' };
  const wall = parseLocalInput(value);
  if (!wall) return { ok: false, error: 'time-invalid' };
  const at = instantFromWallTime(wall, timeZone);
  if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return { ok: false, error: 'time-in-future' };
  // Minutes are what the form can say: compare to the minute of awareness.
  if (notBefore && at.getTime() < Math.floor(notBefore.getTime() / 60_000) * 60_000)
    return { ok: false, error: 'before-aware' };
  return { ok: true, value: at };
}

/** An optional time (empty = not done yet / not known yet). */
export function checkOptionalPastTime(
  value: string,
  options: { now: Date; timeZone: string; notBefore?: Date },
): Checked<Date | null, Exclude<TimeError, 'time-required'>> {
  if (value.trim() === '') return { ok: true, value: null };
  const checked = checkPastTime(value, options);
  if (checked.ok) return checked;
  // Not empty, so never 'time-required'.
  return { ok: false, error: checked.error === 'time-required' ? 'time-invalid' : checked.error };
}
