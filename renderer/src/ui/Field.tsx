import type { ReactNode } from 'react';

// A labelled form field with its help and its error wired for screen readers. Used by every
// form on the document and settings screens.

interface FieldProps {
  id: string;
  label: string;
  help?: string | undefined;
  error?: string | null | undefined;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'email' | 'tel' | 'number' | 'datetime-local' | 'date' | 'search';
  multiline?: boolean;
  list?: string;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel';
  required?: boolean;
  maxLength?: number;
  children?: ReactNode;
}

export function Field({
  id,
  label,
  help,
  error,
  value,
  onChange,
  type = 'text',
  multiline,
  list,
  autoComplete,
  inputMode,
  required,
  maxLength,
  children,
}: FieldProps) {
  const describedBy =
    [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': required ? true : undefined,
    autoComplete: autoComplete ?? 'off',
    maxLength,
  } as const;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          list={list}
          inputMode={inputMode}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {help && (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

/** A labelled select; `options` are [value, label] pairs. */
export function SelectField<V extends string>({
  id,
  label,
  help,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  help?: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange(value: V): void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={id}
        value={value}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      {help && (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      )}
    </div>
  );
}
