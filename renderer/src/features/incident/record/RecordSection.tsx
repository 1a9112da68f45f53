import { Button } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import type { DetailField } from '../../../../../shared/incident/details';
import type { Bilingual } from '../../../../../shared/incident/text';
import { YES_NO, type YesNo } from '../../../../../shared/incident/vocabulary';
import { useT } from '../../../services/context';
import { useUi } from '../../../state/ui';
import { ActionOutcome } from '../../../ui/ActionOutcome';
import { BilingualField } from '../../../ui/BilingualField';
import { RadioGroup } from '../../../ui/fields';
import { FoldedGroup } from './FoldedGroup';
import type { DetailsSection } from './useDetailsSection';

/**
 * A group of the record's questions as a panel of its own: heading, how many are answered and how
 * many are not known yet (shown while folded), the questions, one save button and its outcome.
 * Self-contained, so a group can move to another screen or step as it is.
 */
export function RecordSection<D>({
  testId,
  title,
  intro,
  progress,
  section,
  saveLabel,
  children,
}: {
  testId: string;
  title: string;
  intro?: string;
  /** How many of the group's questions the record answers. */
  progress: { answered: number; total: number };
  section: DetailsSection<D>;
  saveLabel: string;
  children: ReactNode;
}) {
  const t = useT();
  const unknown = progress.total - progress.answered;
  return (
    <FoldedGroup
      testId={testId}
      title={title}
      summary={
        <>
          <span>{t('record.progress', progress)}</span>
          {unknown > 0 && <span>{t('record.unknownCount', { count: unknown })}</span>}
        </>
      }
    >
      {intro && <p className="help">{intro}</p>}
      <form onSubmit={section.submit} noValidate>
        <fieldset className="record-body" disabled={section.closed}>
          <legend className="visually-hidden">{title}</legend>
          {children}
        </fieldset>
        {!section.closed && (
          <div className="actions">
            <Button type="submit" disabled={section.busy}>
              {saveLabel}
            </Button>
          </div>
        )}
        <ActionOutcome action={section.outcome} />
      </form>
    </FoldedGroup>
  );
}

/** A free text of the record that reaches a document: in the user's language, the other one offered. */
export function TextAnswer<D>({
  section,
  field,
  path = field,
  label,
  help,
  value,
  onChange,
  rows = 3,
}: {
  section: DetailsSection<D>;
  field: DetailField;
  /** Where the answer sits, when it is not the field itself (e.g. 'otherParties.0.detail'). */
  path?: string;
  label: string;
  help?: string;
  value: Bilingual;
  onChange: (value: Bilingual) => void;
  rows?: number;
}) {
  const lang = useUi((s) => s.lang);
  const other = lang === 'nb' ? 'en' : 'nb';
  return (
    <BilingualField
      label={label}
      help={help}
      rows={rows}
      value={value}
      onChange={onChange}
      error={section.problem(`${path}.${lang}`)}
      otherError={section.problem(`${path}.${other}`)}
    />
  );
}

/** Yes, no, or not answered yet: a question a list alone cannot answer with "none". */
export function YesNoAnswer({
  legend,
  help,
  value,
  onChange,
}: {
  legend: string;
  help?: string;
  value: YesNo | '';
  onChange: (value: YesNo | '') => void;
}) {
  const t = useT();
  const name = useId();
  return (
    <RadioGroup<YesNo | ''>
      legend={legend}
      help={help}
      name={name}
      value={value}
      onChange={onChange}
      options={[
        ...YES_NO.map((answer) => ({ value: answer, label: t(`record.yesNo.${answer}`) })),
        { value: '', label: t('record.notAnswered') },
      ]}
    />
  );
}
