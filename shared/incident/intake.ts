import { instantFromWallTime, isValidTimeZone, parseLocalInput } from '../time/zoned';
import { multiLine, singleLine } from '../text/clean';
import { TITLE_MAX_LENGTH, type Role } from './model';
import type { Lang } from '../i18n/lang';

// The fast intake: a title and the moment of awareness are enough to start the clock; everything
// else may be "not known yet". Validation is pure so the form, imports and tests agree.
// Occurred, detected and aware are three different moments (EDPB Guidelines 9/2022 "When does a
// controller become aware?"): only awareness starts the 72 hours of Art. 33(1).

export interface IntakeInput {
  title: string;
  /** `<input type="datetime-local">` value, read as wall-clock time in `timeZone`. */
  awareAt: string;
  role?: Role;
  /** When the breach began and ended; '' or absent when not known yet (datetime-local values). */
  occurredFrom?: string;
  occurredTo?: string;
  /** When the incident was first detected; '' or absent when not known yet. */
  discoveredAt?: string;
  /** A short description of what happened; '' when not known yet. */
  description?: string;
}

/** What the intake knows beyond title, awareness and role: only the fields that were given. */
export interface IntakeDetails {
  occurredFrom?: string; // UTC ISO
  occurredTo?: string;
  discoveredAt?: string;
  description?: string;
}

export interface Intake {
  title: string;
  awareAt: string; // UTC ISO
  role: Role;
  /** The language the description is written in; bokmål when not said. */
  lang?: Lang;
  /** Present only when something beyond the minimum was given. */
  details?: IntakeDetails;
}

export type IntakeErrorCode =
  | 'title-required'
  | 'title-too-long'
  | 'aware-required'
  | 'aware-invalid'
  | 'aware-in-future'
  | 'occurred-from-invalid'
  | 'occurred-from-in-future'
  | 'occurred-to-invalid'
  | 'occurred-to-in-future'
  | 'occurred-to-before-from'
  | 'discovered-invalid'
  | 'discovered-in-future'
  | 'description-too-long';

/** Not wrong, but worth a second look; the intake still saves. */
export type IntakeWarningCode = 'discovered-after-aware' | 'occurred-after-aware';

type DatedField = 'awareAt' | 'occurredFrom' | 'occurredTo' | 'discoveredAt';
export type IntakeErrors = Partial<Record<keyof IntakeInput, IntakeErrorCode>>;
export type IntakeWarnings = Partial<Record<DatedField, IntakeWarningCode>>;

export type IntakeResult =
  | { ok: true; value: Intake; warnings?: IntakeWarnings }
  | { ok: false; errors: IntakeErrors; warnings?: IntakeWarnings };

/** A minute of slack: a user who types "now" is not in the future because seconds passed. */
const FUTURE_TOLERANCE_MS = 60_000;
export const INTAKE_DESCRIPTION_MAX_LENGTH = 5000;

// Free text typed or pasted into the form: what hides text is removed rather than refused, as the
// user cannot see it (shared/text/clean.ts says why). A title is one line; a description keeps its lines.
export function cleanTitle(raw: string): string {
  return singleLine(raw);
}

export function cleanDescription(raw: string): string {
  return multiLine(raw);
}

type Parsed = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'instant'; at: Date };

function parseInstant(value: string | undefined, timeZone: string): Parsed {
  if (value === undefined || value.trim() === '') return { kind: 'empty' };
  const wall = parseLocalInput(value);
  return wall ? { kind: 'instant', at: instantFromWallTime(wall, timeZone) } : { kind: 'invalid' };
}

/** An optional moment: not known yet (null), or a real instant no later than now. */
function optionalPast(
  value: string | undefined,
  codes: { invalid: IntakeErrorCode; future: IntakeErrorCode },
  now: Date,
  timeZone: string,
): { at: Date | null; error?: IntakeErrorCode } {
  const parsed = parseInstant(value, timeZone);
  if (parsed.kind === 'empty') return { at: null };
  if (parsed.kind === 'invalid') return { at: null, error: codes.invalid };
  if (parsed.at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return { at: null, error: codes.future };
  return { at: parsed.at };
}

export function validateIntake(input: IntakeInput, now: Date, timeZone: string): IntakeResult {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const errors: IntakeErrors = {};
  const warnings: IntakeWarnings = {};

  const title = cleanTitle(input.title);
  if (title.length === 0) errors.title = 'title-required';
  else if (title.length > TITLE_MAX_LENGTH) errors.title = 'title-too-long';

  let awareAt: Date | null = null;
  const aware = parseInstant(input.awareAt, timeZone);
  if (aware.kind === 'empty') errors.awareAt = 'aware-required';
  else if (aware.kind === 'invalid') errors.awareAt = 'aware-invalid';
  else if (aware.at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) errors.awareAt = 'aware-in-future';
  else awareAt = aware.at;

  const from = optionalPast(
    input.occurredFrom,
    { invalid: 'occurred-from-invalid', future: 'occurred-from-in-future' },
    now,
    timeZone,
  );
  const to = optionalPast(
    input.occurredTo,
    { invalid: 'occurred-to-invalid', future: 'occurred-to-in-future' },
    now,
    timeZone,
  );
  const discovered = optionalPast(
    input.discoveredAt,
    { invalid: 'discovered-invalid', future: 'discovered-in-future' },
    now,
    timeZone,
  );
  if (from.error) errors.occurredFrom = from.error;
  if (to.error) errors.occurredTo = to.error;
  if (discovered.error) errors.discoveredAt = discovered.error;
  if (from.at && to.at && from.at.getTime() > to.at.getTime()) errors.occurredTo = 'occurred-to-before-from';

  const description = cleanDescription(input.description ?? '');
  if (description.length > INTAKE_DESCRIPTION_MAX_LENGTH) errors.description = 'description-too-long';

  // Detection usually comes first and a short investigation may follow before one is aware; the
  // other way round is possible (told by someone else) but worth a second look.
  if (awareAt && discovered.at && discovered.at.getTime() > awareAt.getTime())
    warnings.discoveredAt = 'discovered-after-aware';
  if (awareAt && from.at && from.at.getTime() > awareAt.getTime())
    warnings.occurredFrom = 'occurred-after-aware';

  const warned = Object.keys(warnings).length > 0 ? { warnings } : {};
  if (Object.keys(errors).length > 0 || !awareAt) return { ok: false, errors, ...warned };

  const details: IntakeDetails = {};
  if (from.at) details.occurredFrom = from.at.toISOString();
  if (to.at) details.occurredTo = to.at.toISOString();
  if (discovered.at) details.discoveredAt = discovered.at.toISOString();
  if (description !== '') details.description = description;
  const value: Intake = { title, awareAt: awareAt.toISOString(), role: input.role ?? 'controller' };
  if (Object.keys(details).length > 0) value.details = details;
  return { ok: true, value, ...warned };
}
