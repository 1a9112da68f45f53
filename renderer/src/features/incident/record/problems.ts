import type { z } from 'zod';
import { formatInstant } from '../../../../../shared/deadline';
import type { Lang, MessageKey } from '../../../../../shared/i18n';
import { detailSchemas, type DetailField } from '../../../../../shared/incident/details';
import { toLocalInput } from '../../../../../shared/time/zoned';
import { checkOptionalPastTime } from '../actions/validate';

// The checks of the record's editors, pure so they test without a screen. The limits are the
// record's own: every answer is read by its field's schema (shared/incident/details.ts), the same
// schema the repository refuses with, and each refusal becomes a message next to its field.

/** What is wrong with one answer: a message and its values. */
export interface Problem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** Problems by where they belong: 'police.caseNumber', 'otherParties.0.name', 'howItHappened.en'. */
export type Problems = Record<string, Problem>;

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (at, key) =>
      at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined,
    value,
  );
}

function problemOf(issue: z.core.$ZodIssue, at: unknown): Problem {
  if (issue.code === 'too_big' && issue.origin === 'string')
    return {
      key: 'record.error.too-long',
      params: { max: Number(issue.maximum), count: typeof at === 'string' ? at.length : 0 },
    };
  if (issue.code === 'too_big' && issue.origin === 'array')
    return { key: 'record.error.too-many', params: { max: Number(issue.maximum) } };
  if (issue.code === 'too_small' && issue.origin === 'string') return { key: 'record.error.required' };
  return { key: 'record.error.invalid' };
}

/** Whatever the field's schema refuses in `value`, by path; empty when the record would take it. */
export function schemaProblems(field: DetailField, value: unknown): Problems {
  const parsed = (detailSchemas[field] as z.ZodType).safeParse(value);
  if (parsed.success) return {};
  const problems: Problems = {};
  for (const issue of parsed.error.issues) {
    const path = [field, ...issue.path.map(String)].join('.');
    problems[path] ??= problemOf(issue, valueAt(value, issue.path));
  }
  return problems;
}

/** A list typed as text, one item per line or separated by commas: its items, blanks left out. */
export function splitList(text: string, separator: '\n' | ','): string[] {
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * The problems of a list's items, gathered under the list's own path: on screen the list is one
 * field, so its message names the item that is wrong.
 */
export function foldListProblems(problems: Problems, listPath: string, items: readonly string[]): Problems {
  const folded: Problems = {};
  for (const [path, problem] of Object.entries(problems)) {
    const index = path.startsWith(`${listPath}.`) ? Number(path.slice(listPath.length + 1)) : NaN;
    if (!Number.isInteger(index)) {
      folded[path] ??= problem;
      continue;
    }
    const item = items[index] ?? '';
    folded[listPath] ??=
      problem.key === 'record.error.too-long'
        ? {
            key: 'record.error.item-too-long',
            params: { item: `${item.slice(0, 24)}…`, max: Number(problem.params?.max) },
          }
        : problem;
  }
  return folded;
}

export interface TimeEnv {
  now: Date;
  timeZone: string;
  lang: Lang;
}

/**
 * An optional time typed in the user's zone: empty is "not known yet"; otherwise not in the future
 * and, where the record says so, not before another moment (the police report not before the
 * breach began, as shared/incident/changes.ts refuses).
 */
export function timeAnswer(
  local: string,
  env: TimeEnv,
  notBefore: string | null = null,
): { value: string | null; problem: Problem | null } {
  const checked = checkOptionalPastTime(local, { now: env.now, timeZone: env.timeZone });
  if (!checked.ok) return { value: null, problem: { key: `incident.error.${checked.error}` } };
  const value = checked.value?.toISOString() ?? null;
  if (value !== null && notBefore !== null && Date.parse(value) < Date.parse(notBefore)) {
    const at = formatInstant(new Date(notBefore), env.lang, env.timeZone);
    return { value: null, problem: { key: 'record.error.before-breach', params: { at } } };
  }
  return { value, problem: null };
}

/** A stored instant as the datetime-local input shows it; '' when not known. */
export function localTime(instant: string | null, timeZone: string): string {
  return instant ? toLocalInput(new Date(instant), timeZone) : '';
}
