import { Alert } from '@digdir/designsystemet-react';

/**
 * What happened to the last save or export: a quiet line while it runs and when it is done (read
 * politely by screen readers), or an alert with the reason it failed.
 */
export function ActionOutcome({ action }: { action: { done: string | null; error: string | null } }) {
  return (
    <>
      <p aria-live="polite" className="ds-paragraph action-done" data-size="sm">
        {action.done}
      </p>
      {action.error && (
        <Alert role="alert" data-color="danger" className="form-error">
          {action.error}
        </Alert>
      )}
    </>
  );
}
