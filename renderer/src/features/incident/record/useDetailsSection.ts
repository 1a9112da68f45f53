import { useState, type FormEvent } from 'react';
import { canonicalJson } from '../../../../../shared/canonical';
import { emptyDetails, type DetailField, type DetailsInput } from '../../../../../shared/incident/details';
import type { Incident } from '../../../../../shared/incident/model';
import { updateDetails } from '../../../db/repository';
import { useServices, useT } from '../../../services/context';
import { useUi } from '../../../state/ui';
import { useRecordAction } from '../../../ui/useRecordAction';
import type { Problems, TimeEnv } from './problems';

/** What a section's answers become: the patch to save, or the problems that stop it. */
export type BuildPatch<D> = (
  draft: D,
  env: TimeEnv & { incident: Incident },
) => { patch: Partial<DetailsInput>; problems: Problems };

export interface DetailsSection<D> {
  draft: D;
  set(patch: Partial<D>): void;
  /** The message for the answer at `path`, in the user's language; null when it is fine. */
  problem(path: string): string | null;
  submit(event: FormEvent): Promise<void>;
  /** The outcome of the last save, or why nothing was saved. */
  outcome: { done: string | null; error: string | null };
  busy: boolean;
  closed: boolean;
}

/**
 * One group of the record's questions, edited as a form and saved with one button: all its answers
 * go through `updateDetails` together, so a save is one `details-changed` event (none when nothing
 * changed). Bad answers are refused next to their fields before anything is written.
 */
export function useDetailsSection<D>(
  incident: Incident,
  initial: (incident: Incident) => D,
  build: BuildPatch<D>,
): DetailsSection<D> {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db, now, timeZone } = useServices();
  const action = useRecordAction();
  const [draft, setDraft] = useState<D>(() => initial(incident));
  const [problems, setProblems] = useState<Problems>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const built = build(draft, { now: now(), timeZone, lang, incident });
    setProblems(built.problems);
    if (Object.keys(built.problems).length > 0) return;
    await action.run((ctx) => updateDetails(db, incident.id, built.patch, ctx()), t('record.saved'));
  }

  const invalid = Object.keys(problems).length > 0;
  return {
    draft,
    set: (patch) => setDraft((current) => ({ ...current, ...patch })),
    problem: (path) => (problems[path] ? t(problems[path].key, problems[path].params) : null),
    submit,
    outcome: invalid ? { done: null, error: t('record.invalid') } : action,
    busy: action.busy,
    closed: incident.status === 'closed',
  };
}

const EMPTY = emptyDetails() as Record<string, unknown>;

/** How many of `fields` the record answers (holds something other than "not known yet"). */
export function answeredCount(incident: Incident, fields: readonly DetailField[]): number {
  return fields.filter((field) => {
    const value = incident[field];
    if (value !== null && typeof value === 'object' && 'nb' in value && 'en' in value)
      return value.nb.trim() !== '' || value.en.trim() !== '';
    return canonicalJson(value) !== canonicalJson(EMPTY[field]);
  }).length;
}

/** "n of m answered" for a group whose questions are its fields. */
export function progressOf(
  incident: Incident,
  fields: readonly DetailField[],
): { answered: number; total: number } {
  return { answered: answeredCount(incident, fields), total: fields.length };
}
