import { instantFromWallTime, isValidTimeZone, parseLocalInput } from '../time/zoned';
import { TITLE_MAX_LENGTH, type Role } from './model';

// The fast intake: a title and the moment of awareness are enough to start the clock; everything
// else may be "not known yet". Validation is pure so the form, imports and tests agree.

export interface IntakeInput {
  title: string;
  /** `<input type="datetime-local">` value, read as wall-clock time in `timeZone`. */
  awareAt: string;
  role?: Role;
}

export interface Intake {
  title: string;
  awareAt: string; // UTC ISO
  role: Role;
}

export type IntakeErrorCode =
  | 'title-required'
  | 'title-too-long'
  | 'aware-required'
  | 'aware-invalid'
  | 'aware-in-future';

export type IntakeErrors = Partial<Record<keyof IntakeInput, IntakeErrorCode>>;

export type IntakeResult = { ok: true; value: Intake } | { ok: false; errors: IntakeErrors };

/** A minute of slack: a user who types "now" is not in the future because seconds passed. */
const FUTURE_TOLERANCE_MS = 60_000;

// Control characters would print as garbage in PDFs and could hide text; tabs and newlines in a
// one-line title are folded to spaces.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

export function cleanTitle(raw: string): string {
  return raw.replace(CONTROL_CHARS, ' ').replace(/\s+/g, ' ').trim();
}

export function validateIntake(input: IntakeInput, now: Date, timeZone: string): IntakeResult {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const errors: IntakeErrors = {};

  const title = cleanTitle(input.title);
  if (title.length === 0) errors.title = 'title-required';
  else if (title.length > TITLE_MAX_LENGTH) errors.title = 'title-too-long';

  let awareAt: Date | null = null;
  if (input.awareAt.trim() === '') errors.awareAt = 'aware-required';
  else {
    const wall = parseLocalInput(input.awareAt);
    if (!wall) errors.awareAt = 'aware-invalid';
    else {
      awareAt = instantFromWallTime(wall, timeZone);
      if (awareAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) errors.awareAt = 'aware-in-future';
    }
  }

  if (Object.keys(errors).length > 0 || !awareAt) return { ok: false, errors };
  return { ok: true, value: { title, awareAt: awareAt.toISOString(), role: input.role ?? 'controller' } };
}
