import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { ImportedSubject, ImportPlan, SubjectsCsvPreview } from '../../../../shared/subjects';
import { describeDuplicate, describeRowProblem } from '../../../../shared/subjects';
import { useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { RadioGroup } from '../../ui/fields';
import { PeopleTable } from './PeopleTable';

const PREVIEW_ROWS = 20;
const ENCODING: Record<SubjectsCsvPreview['encoding'], string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252',
  text: 'UTF-8',
};
const MAX_LISTED = 200;

type DuplicateChoice = 'skip' | 'all';

/**
 * What the CSV holds, before anything is stored: columns, every bad row with its line, the people
 * who may be there already (with the choice what to do with them), a sample.
 */
export function ImportPreview({
  name,
  preview,
  plan,
  onAccept,
  onDiscard,
  busy,
}: {
  name: string;
  preview: SubjectsCsvPreview;
  plan: ImportPlan;
  onAccept(people: readonly ImportedSubject[]): void;
  onDiscard(): void;
  busy: boolean;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  // No choice made for the user: skipping could leave out a person who must be told (Art. 34).
  const [choice, setChoice] = useState<DuplicateChoice | ''>('');
  const duplicates = plan.duplicates.length;
  const chosen = duplicates === 0 || choice === 'all' ? preview.subjects : choice === 'skip' ? plan.fresh : null;
  const delimiter = preview.delimiter === '\t' ? 'tab' : `«${preview.delimiter}»`;
  return (
    <section aria-labelledby="import-preview-title" className="import-preview" data-testid="import-preview">
      <h3 id="import-preview-title">
        {t('letters.import.summary', {
          name,
          rows: preview.rowCount,
          encoding: ENCODING[preview.encoding],
          delimiter,
          ok: preview.subjects.length,
          bad: preview.rowCount - preview.subjects.length,
        })}
      </h3>
      <h4>{t('letters.import.columns')}</h4>
      <table className="ds-table data-table">
        <thead>
          <tr>
            <th scope="col">{t('letters.col.header')}</th>
            <th scope="col">{t('letters.col.field')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((column, i) => (
            <tr key={i}>
              <td>{column.header}</td>
              <td>
                {column.field ? (
                  t(`letters.field.${column.field}`)
                ) : (
                  <span className="ds-tag" data-color="neutral">{t('letters.field.ignored')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.errors.length > 0 && (
        <div role="alert" className="ds-alert notice" data-color="danger" data-testid="import-errors">
          <h4>{t('letters.import.errors')}</h4>
          <ul>
            {preview.errors.slice(0, MAX_LISTED).map((problem, i) => (
              <li key={i}>{describeRowProblem(problem, lang)}</li>
            ))}
          </ul>
          {preview.errors.length > MAX_LISTED && (
            <p>{t('letters.people.more', { count: preview.errors.length - MAX_LISTED })}</p>
          )}
          <p>{t('letters.import.errorsHelp')}</p>
        </div>
      )}
      {preview.warnings.length > 0 && (
        <div className="ds-alert notice" data-color="warning" data-testid="import-warnings">
          <h4>{t('letters.import.warnings')}</h4>
          <ul>
            {preview.warnings.slice(0, MAX_LISTED).map((problem, i) => (
              <li key={i}>{describeRowProblem(problem, lang)}</li>
            ))}
          </ul>
          {preview.warnings.length > MAX_LISTED && (
            <p>{t('letters.people.more', { count: preview.warnings.length - MAX_LISTED })}</p>
          )}
        </div>
      )}
      {duplicates > 0 && (
        <div className="ds-alert notice" data-color="warning" data-testid="import-duplicates">
          <h4>{t('people.duplicates.title', { count: duplicates })}</h4>
          <p>{t('people.duplicates.help')}</p>
          <ul>
            {plan.duplicates.slice(0, MAX_LISTED).map((duplicate) => (
              <li key={duplicate.subject.line}>{describeDuplicate(duplicate, lang)}</li>
            ))}
          </ul>
          {duplicates > MAX_LISTED && <p>{t('letters.people.more', { count: duplicates - MAX_LISTED })}</p>}
          <RadioGroup<DuplicateChoice | ''>
            legend={t('people.duplicates.choice')}
            name="import-duplicates"
            value={choice}
            onChange={setChoice}
            disabled={busy}
            options={[
              { value: 'skip', label: t('people.duplicates.skip', { count: plan.fresh.length }) },
              { value: 'all', label: t('people.duplicates.all', { count: preview.subjects.length }) },
            ]}
          />
        </div>
      )}
      <h4>{t('letters.import.preview', { count: Math.min(PREVIEW_ROWS, preview.subjects.length) })}</h4>
      <PeopleTable
        withLines
        caption={t('letters.import.preview', { count: Math.min(PREVIEW_ROWS, preview.subjects.length) })}
        people={preview.subjects.slice(0, PREVIEW_ROWS).map((s) => ({
          key: String(s.line),
          line: s.line,
          name: s.name,
          address: [s.address, [s.postalCode, s.city].filter(Boolean).join(' ')].filter(Boolean).join('\n'),
          email: s.email,
          language: s.language,
        }))}
      />
      {!chosen && <p className="help">{t('people.duplicates.choose')}</p>}
      <div className="actions">
        <Button onClick={() => chosen && onAccept(chosen)} disabled={busy || !chosen || chosen.length === 0}>
          {t('letters.import.accept', { count: (chosen ?? plan.fresh).length })}
        </Button>
        <Button variant="secondary" onClick={onDiscard} disabled={busy}>
          {t('letters.import.discard')}
        </Button>
      </div>
    </section>
  );
}
