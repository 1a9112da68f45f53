import type { RecordAction } from './useRecordAction';

/** What happened to the last save: a quiet confirmation, or an alert with the reason. */
export function ActionOutcome({ action }: { action: Pick<RecordAction, 'done' | 'error'> }) {
  return (
    <>
      <p aria-live="polite" className="action-done">
        {action.done}
      </p>
      {action.error && (
        <p role="alert" className="form-error">
          {action.error}
        </p>
      )}
    </>
  );
}
