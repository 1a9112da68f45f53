import { useId, type ReactNode } from 'react';
import './forms.css';

// Labelled form fields with help, error and warning text tied to the control by aria-describedby,
// so a screen reader reads what a sighted user sees next to the field. Used by the intake and the
// incident screen.

export interface FieldText {
  label: string;
  help?: string;
  /** Shown next to the field; marks the control invalid. */
  error?: string | null;
  /** Worth a second look, but not wrong. */
  warning?: string | null;
}

interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export function Field({
  label,
  help,
  error,
  warning,
  children,
  className,
}: FieldText & { className?: string; children: (props: ControlProps) => ReactNode }) {
  const id = useId();
  const described = [help && `${id}-help`, warning && `${id}-warning`, error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': described || undefined, 'aria-invalid': error ? true : undefined })}
      {help && (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      )}
      {warning && (
        <p id={`${id}-warning`} className="field-warning">
          {warning}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

type InputType = 'text' | 'datetime-local' | 'number' | 'password';

export function TextField({
  value,
  onChange,
  onBlur,
  type = 'text',
  name,
  maxLength,
  autoFocus,
  required,
  inputMode,
  ...text
}: FieldText & {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  type?: InputType;
  name?: string;
  maxLength?: number;
  autoFocus?: boolean;
  required?: boolean;
  inputMode?: 'numeric';
}) {
  return (
    <Field {...text}>
      {(props) => (
        <input
          {...props}
          name={name}
          type={type}
          value={value}
          maxLength={maxLength}
          autoFocus={autoFocus}
          aria-required={required || undefined}
          inputMode={inputMode}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}

export function TextAreaField({
  value,
  onChange,
  name,
  maxLength,
  rows = 4,
  required,
  ...text
}: FieldText & {
  value: string;
  onChange: (value: string) => void;
  name?: string;
  maxLength?: number;
  rows?: number;
  required?: boolean;
}) {
  return (
    <Field {...text}>
      {(props) => (
        <textarea
          {...props}
          name={name}
          rows={rows}
          value={value}
          maxLength={maxLength}
          aria-required={required || undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function SelectField<V extends string>({
  value,
  onChange,
  options,
  name,
  ...text
}: FieldText & {
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
  name?: string;
}) {
  return (
    <Field {...text}>
      {(props) => (
        <select {...props} name={name} value={value} onChange={(e) => onChange(e.target.value as V)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A group of radio buttons: a fieldset whose legend is the question. */
export function RadioGroup<V extends string>({
  legend,
  name,
  value,
  onChange,
  options,
  help,
  disabled,
  className,
}: {
  legend: string;
  name: string;
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
  help?: string;
  disabled?: boolean;
  className?: string;
}) {
  const id = useId();
  return (
    <fieldset
      className={`radio-group${className ? ` ${className}` : ''}`}
      aria-describedby={help ? `${id}-help` : undefined}
      disabled={disabled}
    >
      <legend>{legend}</legend>
      <div className="choices">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {help && (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      )}
    </fieldset>
  );
}

export function Checkbox({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="choice checkbox-line">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** Several choices of one question: a fieldset of checkboxes whose legend is the question. */
export function CheckboxGroup<V extends string>({
  legend,
  value,
  onChange,
  options,
  help,
  disabled,
}: {
  legend: string;
  value: readonly V[];
  onChange: (value: V[]) => void;
  options: readonly { value: V; label: string }[];
  help?: string;
  disabled?: boolean;
}) {
  const id = useId();
  const toggle = (option: V, on: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === option ? on : value.includes(v))));
  return (
    <fieldset className="checkbox-group" aria-describedby={help ? `${id}-help` : undefined} disabled={disabled}>
      <legend>{legend}</legend>
      <div className="choices">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input type="checkbox" checked={value.includes(option.value)} onChange={(e) => toggle(option.value, e.target.checked)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {help && (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      )}
    </fieldset>
  );
}
