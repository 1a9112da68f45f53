import { useId, type KeyboardEvent, type ReactNode } from 'react';
import {
  Checkbox as DsCheckbox,
  Field as DsField,
  Fieldset,
  Input,
  Label,
  Radio,
  Select,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useT } from '../services/context';
import '../theme/forms.css';
import './forms.css';

// The one form field kit, on Designsystemet's Field, Label, Input, Select, Textarea, Fieldset, Radio
// and Checkbox. Every field's help, warning and error are tied to its control by aria-describedby
// and an error marks it aria-invalid, here and at once (not left to Designsystemet's field element,
// which wires them a moment later), so a screen reader reads what a sighted user sees beside the
// field. Our descriptions carry no data-field attribute, so that element leaves them to us.

export interface FieldText {
  label: string;
  help?: string | null | undefined;
  /** Shown under the field; marks the control invalid. */
  error?: string | null | undefined;
  /** Worth a second look, but not wrong. */
  warning?: string | null | undefined;
  /** Marked in the label's row and as aria-required; the check itself is the form's. */
  required?: boolean | undefined;
}

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

/** The ids of what describes a control: help first, then a warning, then the error. */
function describedBy(id: string, { help, warning, error }: Pick<FieldText, 'help' | 'warning' | 'error'>) {
  return (
    [help && `${id}-help`, warning && `${id}-warning`, error && `${id}-error`].filter(Boolean).join(' ') ||
    undefined
  );
}

/** "Required" beside a label; hidden from screen readers, which hear aria-required instead. */
function RequiredMark() {
  const t = useT();
  return (
    <span className="ds-tag field-required" data-color="warning" data-size="sm" aria-hidden="true">
      {t('form.required')}
    </span>
  );
}

/** Help, warning and error under a control, each with the id its control points to. */
function Messages({
  id,
  help,
  warning,
  error,
}: { id: string } & Pick<FieldText, 'help' | 'warning' | 'error'>) {
  return (
    <>
      {help && (
        <p id={`${id}-help`} className="ds-paragraph help" data-size="sm">
          {help}
        </p>
      )}
      {warning && (
        <ValidationMessage
          id={`${id}-warning`}
          data-color="warning"
          data-field={undefined}
          className="field-warning"
        >
          {warning}
        </ValidationMessage>
      )}
      {error && (
        <ValidationMessage id={`${id}-error`} data-field={undefined} className="field-error">
          {error}
        </ValidationMessage>
      )}
    </>
  );
}

/**
 * A labelled field around any control: `children` gets the id and aria attributes to spread on it.
 * `id` when a form moves focus to the field (its first error); otherwise one is made.
 */
export function Field({
  label,
  help,
  error,
  warning,
  required,
  id: givenId,
  className,
  children,
}: FieldText & {
  id?: string | undefined;
  className?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const madeId = useId();
  const id = givenId ?? madeId;
  const control: ControlProps = { id };
  const described = describedBy(id, { help, warning, error });
  if (described) control['aria-describedby'] = described;
  if (error) control['aria-invalid'] = true;
  if (required) control['aria-required'] = true;
  return (
    <DsField className={className ? `field ${className}` : 'field'}>
      <div className="field-label">
        <Label htmlFor={id}>{label}</Label>
        {required && <RequiredMark />}
      </div>
      {children(control)}
      <Messages id={id} help={help} warning={warning} error={error} />
    </DsField>
  );
}

type InputType = 'text' | 'email' | 'tel' | 'number' | 'datetime-local' | 'date' | 'search' | 'password';

/** A one-line text field (also e-mail, phone, date and time). */
export function TextField({
  value,
  onChange,
  onBlur,
  onKeyDown,
  type = 'text',
  id,
  name,
  maxLength,
  autoFocus,
  autoComplete = 'off',
  inputMode,
  list,
  className,
  ...text
}: FieldText & {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  type?: InputType;
  id?: string;
  name?: string;
  maxLength?: number;
  autoFocus?: boolean;
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email' | 'tel';
  /** The id of a <datalist> of suggestions. */
  list?: string;
  className?: string;
}) {
  return (
    <Field {...text} id={id} className={className}>
      {(props) => (
        <Input
          {...props}
          name={name ?? id}
          type={type}
          value={value}
          maxLength={maxLength}
          autoFocus={autoFocus}
          autoComplete={autoComplete}
          inputMode={inputMode}
          list={list}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          onKeyDown={onKeyDown}
        />
      )}
    </Field>
  );
}

/** Text over several lines; it grows with what is written. */
export function TextAreaField({
  value,
  onChange,
  id,
  name,
  maxLength,
  rows = 4,
  className,
  ...text
}: FieldText & {
  value: string;
  onChange: (value: string) => void;
  id?: string;
  name?: string;
  maxLength?: number;
  rows?: number;
  className?: string;
}) {
  return (
    <Field {...text} id={id} className={className}>
      {(props) => (
        <Textarea
          {...props}
          name={name ?? id}
          rows={rows}
          value={value}
          maxLength={maxLength}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export interface Option<V extends string> {
  value: V;
  label: string;
}

/** One choice from a list, as a native select (keyboard and screen readers know it). */
export function SelectField<V extends string>({
  value,
  onChange,
  options,
  id,
  name,
  className,
  ...text
}: FieldText & {
  value: V;
  onChange: (value: V) => void;
  options: readonly Option<V>[];
  id?: string;
  name?: string;
  className?: string;
}) {
  return (
    <Field {...text} id={id} className={className}>
      {(props) => (
        <Select {...props} name={name ?? id} value={value} onChange={(e) => onChange(e.target.value as V)}>
          {options.map((option) => (
            <Select.Option key={option.value} value={option.value}>
              {option.label}
            </Select.Option>
          ))}
        </Select>
      )}
    </Field>
  );
}

interface GroupProps {
  legend: string;
  help?: string | null | undefined;
  error?: string | null | undefined;
  disabled?: boolean | undefined;
  className?: string | undefined;
  children: ReactNode;
}

/**
 * A question answered by several controls: a fieldset named by its legend alone (set here, so
 * Designsystemet's fieldset script does not fold the help into the name), described by its help
 * and error.
 */
export function Group({ legend, help, error, disabled, className, children }: GroupProps) {
  const id = useId();
  return (
    <Fieldset
      className={className}
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy(id, { help, error })}
      disabled={disabled}
    >
      <Fieldset.Legend id={`${id}-legend`}>{legend}</Fieldset.Legend>
      {help && (
        <p id={`${id}-help`} className="ds-paragraph help" data-size="sm">
          {help}
        </p>
      )}
      <div className="choices">{children}</div>
      {error && (
        <ValidationMessage id={`${id}-error`} data-field={undefined}>
          {error}
        </ValidationMessage>
      )}
    </Fieldset>
  );
}

/** A group of radio buttons: a fieldset whose legend is the question. */
export function RadioGroup<V extends string>({
  name,
  value,
  onChange,
  options,
  ...group
}: Omit<GroupProps, 'children'> & {
  name: string;
  value: V;
  onChange: (value: V) => void;
  options: readonly Option<V>[];
}) {
  return (
    <Group {...group} className={group.className ? `radio-group ${group.className}` : 'radio-group'}>
      {options.map((option) => (
        <Radio
          key={option.value}
          label={option.label}
          name={name}
          value={option.value}
          checked={value === option.value}
          aria-invalid={group.error ? true : undefined}
          onChange={() => onChange(option.value)}
        />
      ))}
    </Group>
  );
}

/** One yes-or-no choice, its label beside the box. */
export function Checkbox({
  id,
  label,
  checked,
  onChange,
  disabled,
  className,
}: {
  id?: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  className?: string;
}) {
  return (
    <DsCheckbox
      id={id}
      label={label}
      checked={checked}
      disabled={disabled}
      className={className ? `checkbox-line ${className}` : 'checkbox-line'}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}

/** Several choices of one question: a fieldset of checkboxes whose legend is the question. */
export function CheckboxGroup<V extends string>({
  value,
  onChange,
  options,
  ...group
}: Omit<GroupProps, 'children'> & {
  value: readonly V[];
  onChange: (value: V[]) => void;
  options: readonly Option<V>[];
}) {
  const toggle = (option: V, on: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === option ? on : value.includes(v))));
  return (
    <Group {...group} className={group.className ? `checkbox-group ${group.className}` : 'checkbox-group'}>
      {options.map((option) => (
        <DsCheckbox
          key={option.value}
          label={option.label}
          value={option.value}
          checked={value.includes(option.value)}
          onChange={(e) => toggle(option.value, e.target.checked)}
        />
      ))}
    </Group>
  );
}
