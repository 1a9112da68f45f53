import { useCallback, useState } from 'react';
import type { Lang } from '../../../shared/i18n';
import { RecordError, recordErrorText } from '../../../shared/incident/errors';
import type { WriteContext } from '../db/repository';
import { useServices, useT } from '../services/context';
import { useUi } from '../state/ui';

/** What went wrong, in the user's language: the record's refusal worded by its code. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof RecordError) return recordErrorText(error, lang);
  return error instanceof Error ? error.message : String(error);
}

/** A fresh write context for each write: the time of the change, who made it, new ids. */
export function useWriteContext(): () => WriteContext {
  const { now, actor, newId } = useServices();
  return useCallback(() => ({ now: now(), actor, newId }), [now, actor, newId]);
}

export interface RecordAction {
  busy: boolean;
  /** The last failure, in words; null after a success. */
  error: string | null;
  /** The last success message, until the next attempt. */
  done: string | null;
  /** Runs a write; true when it was saved. */
  run(write: (ctx: () => WriteContext) => Promise<unknown>, doneMessage?: string): Promise<boolean>;
}

/**
 * One form's write through the repository: busy while saving, and the outcome in words. A success
 * message speaks of its moment: it goes when the language changes. A failure stays, worded anew in
 * the language of the screen.
 */
export function useRecordAction(): RecordAction {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const ctx = useWriteContext();
  const [state, setState] = useState<{ busy: boolean; failure: { error: unknown } | null; done: { text: string; lang: Lang } | null }>({
    busy: false,
    failure: null,
    done: null,
  });
  const run = useCallback(
    async (write: (ctx: () => WriteContext) => Promise<unknown>, doneMessage?: string) => {
      setState({ busy: true, failure: null, done: null });
      try {
        await write(ctx);
        setState({ busy: false, failure: null, done: doneMessage ? { text: doneMessage, lang } : null });
        return true;
      } catch (error) {
        setState({ busy: false, failure: { error }, done: null });
        return false;
      }
    },
    [ctx, lang],
  );
  return {
    busy: state.busy,
    error: state.failure ? t('incident.action.failed', { message: errorText(state.failure.error, lang) }) : null,
    done: state.done && state.done.lang === lang ? state.done.text : null,
    run,
  };
}
