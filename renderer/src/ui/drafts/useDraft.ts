import { useCallback, useEffect, useRef, useState } from 'react';
import { canonicalJson } from '../../../../shared/canonical';
import { deleteDraft, draftId, readDraft, writeDraft, type DraftForm } from '../../db/drafts';
import { useServices } from '../../services/context';

// A form's unsaved input, kept on this machine as it is typed (db/drafts.ts), so a reload or a
// crash loses nothing; restored when the form opens again, until it is saved or discarded.

/** Typing pauses this long before what is typed is written down. */
export const DRAFT_DELAY_MS = 300;

export interface Draft<T> {
  value: T;
  set(update: T | ((current: T) => T)): void;
  /** False until the stored draft (if any) has been read: show the form only then. */
  ready: boolean;
  /** When the draft restored on opening was written; null when the form opened empty. */
  restoredAt: Date | null;
  /** What is typed is written down on this machine (nothing is waiting to be). */
  kept: boolean;
  /** Throws the draft away: the form is as it was before anything was typed. */
  discard(): void;
  /** After a save: the draft has become the record; the form starts afresh (from `saved` when given). */
  clear(saved?: T): void;
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** A stored draft over the form's empty state: a field added since the draft was written starts empty. */
function restoreOver<T>(stored: unknown, initial: T): T | null {
  if (
    initial &&
    typeof initial === 'object' &&
    !Array.isArray(initial) &&
    stored &&
    typeof stored === 'object'
  )
    return { ...initial, ...(stored as Partial<T>) };
  return stored as T;
}

/**
 * One form's draft: `initial` is the form as it opens without one. Pass `incidentId` for a form of
 * an incident ('' for the intake). `restore` may check a stored draft (null: ignore it).
 */
export function useDraft<T>(
  form: DraftForm,
  incidentId: string,
  initial: () => T,
  restore: (stored: unknown, initial: T) => T | null = restoreOver,
): Draft<T> {
  const { db, now } = useServices();
  const id = draftId(form, incidentId);
  // The form without a draft: as it opened, or as it was last saved.
  const baseline = useRef<T | null>(null);
  baseline.current ??= initial();
  const [state, setState] = useState<{ value: T; ready: boolean; restoredAt: Date | null; kept: boolean }>({
    value: baseline.current,
    ready: false,
    restoredAt: null,
    kept: false,
  });
  // Writes and deletions run one after another, so a draft cleared after a save is never written back.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<T>(baseline.current);
  const generation = useRef(0);

  const enqueue = useCallback((job: () => Promise<unknown>) => {
    queue.current = queue.current.then(job).catch(() => {
      // A draft that cannot be written is a convenience lost, not the record: the form still saves.
    });
    return queue.current;
  }, []);

  const persist = useCallback(() => {
    timer.current = null;
    const value = latest.current;
    const mine = generation.current;
    const unchanged = same(value, baseline.current);
    void enqueue(() =>
      unchanged
        ? deleteDraft(db, id)
        : writeDraft(db, { id, incidentId, form, value, savedAt: now().toISOString() }),
    ).then(() => {
      if (generation.current === mine && latest.current === value)
        setState((s) => ({ ...s, kept: !unchanged }));
    });
  }, [db, id, incidentId, form, now, enqueue]);

  useEffect(() => {
    let current = true;
    void readDraft(db, id)
      .catch(() => undefined)
      .then((stored) => {
        if (!current) return;
        const empty = baseline.current as T;
        const value = stored ? restore(stored.value, empty) : null;
        const restored = stored !== undefined && value !== null && !same(value, empty);
        if (restored) latest.current = value;
        setState({
          value: latest.current,
          ready: true,
          restoredAt: restored ? new Date(stored.savedAt) : null,
          kept: restored,
        });
      });
    return () => {
      current = false;
    };
    // The draft is read once per form; `restore` belongs to that form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, id]);

  // Leaving the page while a pause is pending: write it down now.
  useEffect(
    () => () => {
      if (timer.current !== null) {
        clearTimeout(timer.current);
        persist();
      }
    },
    [persist],
  );

  const set = useCallback(
    (update: T | ((current: T) => T)) => {
      const next = typeof update === 'function' ? (update as (current: T) => T)(latest.current) : update;
      latest.current = next;
      setState((s) => ({ ...s, value: next, kept: false }));
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(persist, DRAFT_DELAY_MS);
    },
    [persist],
  );

  const clear = useCallback(
    (saved?: T) => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      generation.current += 1;
      if (saved !== undefined) baseline.current = saved;
      latest.current = baseline.current as T;
      setState({ value: latest.current, ready: true, restoredAt: null, kept: false });
      void enqueue(() => deleteDraft(db, id));
    },
    [db, id, enqueue],
  );
  const discard = useCallback(() => clear(), [clear]);

  return { ...state, set, discard, clear };
}
