import { Input, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ANSWERS, DATA_CATEGORIES, type Answer, type DataCategory } from '../../../../../shared/assessment';
import type { MessageKey } from '../../../../../shared/i18n';
import { useT } from '../../../services/context';
import { CheckboxGroup, Field, RadioGroup } from '../../../ui/fields';

/** A yes / no / not-known-yet question. */
export function AnswerQuestion({
  name,
  question,
  value,
  onChange,
}: {
  name: string;
  question: string;
  value: Answer;
  onChange: (value: Answer) => void;
}) {
  const t = useT();
  return (
    <RadioGroup<Answer>
      className="question"
      legend={question}
      name={name}
      value={value}
      onChange={onChange}
      options={ANSWERS.map((answer) => ({ value: answer, label: t(`incident.answer.${answer}`) }))}
    />
  );
}

/** A choice among the vocabulary's values, as a select. */
export function ChoiceQuestion<V extends string>({
  question,
  value,
  values,
  label,
  onChange,
}: {
  question: string;
  value: V;
  values: readonly V[];
  label: (value: V) => string;
  onChange: (value: V) => void;
}) {
  return (
    <Field label={question} className="question">
      {(props) => (
        <Select {...props} value={value} onChange={(e) => onChange(e.target.value as V)}>
          {values.map((v) => (
            <Select.Option key={v} value={v}>
              {label(v)}
            </Select.Option>
          ))}
        </Select>
      )}
    </Field>
  );
}

/**
 * A number that may be unknown (empty). The assessment follows it as it is typed; it is saved when
 * the field is left or Enter is pressed.
 */
export function NumberQuestion({
  question,
  value,
  text,
  decimals = false,
  onType,
  onCommit,
}: {
  question: string;
  /** The number the record holds. */
  value: number | null;
  /** What is typed and not saved yet; undefined when nothing is. */
  text: string | undefined;
  decimals?: boolean;
  onType: (text: string) => void;
  /** Saves what is typed; false when it is not a number. */
  onCommit: () => boolean;
}) {
  const t = useT();
  const [invalid, setInvalid] = useState(false);
  const commit = () => setInvalid(!onCommit());
  return (
    <Field
      label={question}
      className="question question--number"
      help={t('incident.facts.numberHelp')}
      error={invalid ? t('incident.facts.numberInvalid') : null}
    >
      {(props) => (
        <Input
          {...props}
          type="text"
          inputMode={decimals ? 'decimal' : 'numeric'}
          value={text ?? (value === null ? '' : String(value))}
          onChange={(e) => {
            setInvalid(false);
            onType(e.target.value);
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            }
          }}
        />
      )}
    </Field>
  );
}

/** The kinds of data, as checkboxes in the vocabulary's order (so the same ticks always store the
 * same list); none ticked means not known yet. */
export function CategoriesQuestion({
  value,
  onChange,
}: {
  value: readonly DataCategory[];
  onChange: (value: DataCategory[]) => void;
}) {
  const t = useT();
  return (
    <CheckboxGroup<DataCategory>
      className="question categories"
      legend={t('incident.fact.dataCategories')}
      help={t('incident.facts.categoriesHelp')}
      value={value}
      onChange={onChange}
      options={DATA_CATEGORIES.map((category) => ({
        value: category,
        label: t(`incident.category.${category}` as MessageKey),
      }))}
    />
  );
}
