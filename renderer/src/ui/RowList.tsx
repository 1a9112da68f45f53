import { Button } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

/**
 * A list the user builds row by row (the parties involved, the authorities told): a fieldset whose
 * legend is the question, each row a fieldset of its own with a button to remove it, and a button
 * to add one. Rows carry a `key` so each keeps its fields when another is removed.
 */
export function RowList<R extends { key: string }>({
  legend,
  help,
  empty,
  rows,
  onChange,
  newRow,
  rowLegend,
  addLabel,
  removeLabel,
  error,
  children,
}: {
  legend: string;
  help?: string;
  /** Said when there are no rows. */
  empty: string;
  rows: readonly R[];
  onChange: (rows: R[]) => void;
  newRow: () => R;
  rowLegend: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
  /** What is wrong with the list as a whole (e.g. too many rows). */
  error?: string | null;
  children: (row: R, index: number, change: (patch: Partial<R>) => void) => ReactNode;
}) {
  const id = useId();
  const described = [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ');
  const change = (key: string) => (patch: Partial<R>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    // Named by its legend alone, so Designsystemet's fieldset script does not fold the help into the name.
    <fieldset className="row-list" aria-labelledby={`${id}-legend`} aria-describedby={described || undefined}>
      <legend id={`${id}-legend`}>{legend}</legend>
      {help && (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      )}
      {rows.length === 0 && <p className="muted">{empty}</p>}
      {rows.map((row, index) => (
        <fieldset key={row.key} className="row-list-row">
          <legend>{rowLegend(index + 1)}</legend>
          {children(row, index, change(row.key))}
          <Button
            variant="tertiary"
            className="link-button"
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            {removeLabel(index + 1)}
          </Button>
        </fieldset>
      ))}
      <div className="actions">
        <Button variant="secondary" onClick={() => onChange([...rows, newRow()])}>
          {addLabel}
        </Button>
      </div>
      {error && (
        <p id={`${id}-error`} className="ds-validation-message field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
