import { useEffect, useRef, useState } from 'react';
import type { BreachFacts } from '../../../../../shared/assessment';
import { canonicalJson } from '../../../../../shared/canonical';
import type { Incident } from '../../../../../shared/incident/model';
import { updateFacts } from '../../../db/repository';
import { useServices, useT } from '../../../services/context';
import { useUi } from '../../../state/ui';
import { errorText, useWriteContext } from '../../../ui/useRecordAction';

export interface FactsEditor {
  /** The facts as the user sees them: the answer just given, even before it is stored. */
  facts: BreachFacts;
  change(patch: Partial<BreachFacts>): void;
  saving: boolean;
  error: string | null;
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * Edits the facts: every answer is saved at once through the repository (one chained event per
 * change), in the order given, while the screen already shows it so the assessment follows live.
 */
export function useFactsEditor(incident: Incident): FactsEditor {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db } = useServices();
  const ctx = useWriteContext();
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

  return { facts: draft ?? incident.facts, change, saving: pending > 0, error };
}
