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

/** One form's write through the repository: busy while saving, and the outcome in words. */
export function useRecordAction(): RecordAction {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const ctx = useWriteContext();
  const [state, setState] = useState<Omit<RecordAction, 'run'>>({ busy: false, error: null, done: null });
  const run = useCallback(
    async (write: (ctx: () => WriteContext) => Promise<unknown>, doneMessage?: string) => {
      setState({ busy: true, error: null, done: null });
      try {
        await write(ctx);
        setState({ busy: false, error: null, done: doneMessage ?? null });
        return true;
      } catch (error) {
        setState({
          busy: false,
          error: t('incident.action.failed', { message: errorText(error, lang) }),
          done: null,
        });
        return false;
      }
    },
    [ctx, t, lang],
  );
  return { ...state, run };
}
