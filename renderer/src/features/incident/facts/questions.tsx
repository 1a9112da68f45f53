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

const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(?:[.,]\d+)?$/;

/** A number that may be unknown (empty). Saved when the field is left or Enter is pressed. */
export function NumberQuestion({
  question,
  value,
  decimals = false,
  onChange,
}: {
  question: string;
  value: number | null;
  decimals?: boolean;
  onChange: (value: number | null) => void;
}) {
  const t = useT();
  const shown = value === null ? '' : String(value);
  const [text, setText] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);

  function commit() {
    if (text === null) return;
    const trimmed = text.trim();
    if (trimmed === '') {
      if (value !== null) onChange(null);
    } else if ((decimals ? DECIMAL : WHOLE).test(trimmed)) {
      const parsed = Number(trimmed.replace(',', '.'));
      if (parsed !== value) onChange(parsed);
    } else {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setText(null);
  }

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
          value={text ?? shown}
          onChange={(e) => setText(e.target.value)}
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
