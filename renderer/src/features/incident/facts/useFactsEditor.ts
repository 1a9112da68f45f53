import { useEffect, useMemo, useRef, useState } from 'react';
import type { BreachFacts } from '../../../../../shared/assessment';
import { canonicalJson } from '../../../../../shared/canonical';
import type { Incident } from '../../../../../shared/incident/model';
import { updateFacts } from '../../../db/repository';
import { useServices, useT } from '../../../services/context';
import { useUi } from '../../../state/ui';
import { useDraft, type Draft } from '../../../ui/drafts/useDraft';
import { errorText, useWriteContext } from '../../../ui/useRecordAction';
import { readNumber, withTyped, type NumberFact, type TypedNumbers } from './numbers';

export interface FactsEditor {
  /** The facts as the user sees them: the answer just given, and the number being typed, before they are stored. */
  facts: BreachFacts;
  /** The answers given (saved or on their way), without the numbers still being typed. */
  committed: BreachFacts;
  change(patch: Partial<BreachFacts>): void;
  /** The numbers typed and not saved yet, kept as a draft until they are. */
  typed: Draft<TypedNumbers>;
  type(fact: NumberFact, text: string): void;
  /** Saves the number typed (leaving the field, Enter); false when what is typed is not a number. */
  commit(fact: NumberFact): boolean;
  saving: boolean;
  error: string | null;
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const noneTyped = (): TypedNumbers => ({});

/**
 * Edits the facts: every answer is saved at once through the repository (one chained event per
 * change), in the order given, while the screen already shows it so the assessment follows live.
 * A number is saved when its field is left; while it is typed, the assessment follows it already.
 */
export function useFactsEditor(incident: Incident): FactsEditor {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db } = useServices();
  const ctx = useWriteContext();
  const typed = useDraft<TypedNumbers>('facts', incident.id, noneTyped);
  const [draft, setDraft] = useState<BreachFacts | null>(null);
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef<BreachFacts | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  // Once the record holds what was typed and nothing is on its way, the record is the truth again.
  // Judged on the newest answer (the ref), not on this render's: an effect still pending from an
  // earlier render can run after a click has given a new answer, and must not throw that away.
  useEffect(() => {
    const newest = latest.current;
    if (newest && pending === 0 && same(newest, incident.facts)) {
      latest.current = null;
      setDraft((shown) => (shown === newest ? null : shown));
    }
  }, [draft, pending, incident.facts]);

  function change(patch: Partial<BreachFacts>) {
    const next = { ...(latest.current ?? incident.facts), ...patch };
    latest.current = next;
    setDraft(next);
    setError(null);
    setPending((n) => n + 1);
    queue.current = queue.current
      // Only the answer given: the repository lays it over the facts as stored, so an answer never
      // carries an older screen's facts back into the record.
      .then(() => updateFacts(db, incident.id, patch, ctx()))
      .catch((failure: unknown) => {
        // Show the record as it is, and say why the answer was not kept.
        latest.current = null;
        setDraft(null);
        setError(t('incident.action.failed', { message: errorText(failure, lang) }));
      })
      .finally(() => setPending((n) => n - 1));
  }

  const answered = draft ?? incident.facts;
  const facts = useMemo(() => withTyped(answered, typed.value), [answered, typed.value]);

  function commit(fact: NumberFact): boolean {
    const text = typed.value[fact];
    if (text === undefined) return true;
    const value = readNumber(text, fact);
    if (value === undefined) return false;
    if (value !== answered[fact]) change({ [fact]: value });
    const { [fact]: _saved, ...rest } = typed.value;
    if (Object.keys(rest).length === 0) typed.clear();
    else typed.set(rest);
    return true;
  }

  return {
    facts,
    committed: answered,
    change,
    typed,
    type: (fact, text) => typed.set((current) => ({ ...current, [fact]: text })),
    commit,
    saving: pending > 0,
    error,
  };
}
