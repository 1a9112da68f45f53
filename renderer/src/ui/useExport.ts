import { useCallback, useState } from 'react';

// A document or file leaving the app (a PDF, the register as CSV, an evidence bundle): busy while it
// is made and saved, then what was saved or why it failed, in the words of the screen that asked.
// Shown with ActionOutcome, like a save to the record.

export interface ExportAction {
  busy: boolean;
  /** The work in progress, then what was saved; null before, after a cancel and after a failure. */
  done: string | null;
  /** Why the last export failed, in words; null otherwise. */
  error: string | null;
  /** Runs an export: `job` returns what to say when it is saved, or null when the user cancelled. */
  run(job: () => Promise<string | null>): Promise<void>;
}

export function useExport(texts: { busy: string; failed: (message: string) => string }): ExportAction {
  const { busy: busyText, failed } = texts;
  const [state, setState] = useState<Omit<ExportAction, 'run'>>({ busy: false, done: null, error: null });
  const run = useCallback(
    async (job: () => Promise<string | null>) => {
      setState({ busy: true, done: busyText, error: null });
      try {
        const done = await job();
        setState({ busy: false, done, error: null });
      } catch (caught) {
        setState({
          busy: false,
          done: null,
          error: failed(caught instanceof Error ? caught.message : String(caught)),
        });
      }
    },
    [busyText, failed],
  );
  return { ...state, run };
}
