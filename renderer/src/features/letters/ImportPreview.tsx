import { Button } from '@digdir/designsystemet-react';
import type { SubjectsCsvPreview } from '../../../../shared/subjects';
import { describeRowProblem } from '../../../../shared/subjects';
import { useT } from '../../services/context';
import { useUi } from '../../state/ui';
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

/** What the CSV holds, before anything is stored: columns, every bad row with its line, a sample. */
export function ImportPreview({
  name,
  preview,
  onAccept,
  onDiscard,
  busy,
}: {
  name: string;
  preview: SubjectsCsvPreview;
  onAccept(): void;
  onDiscard(): void;
  busy: boolean;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
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
      <div className="actions">
        <Button onClick={onAccept} disabled={busy || preview.subjects.length === 0}>
          {t('letters.import.accept', { count: preview.subjects.length })}
        </Button>
        <Button variant="secondary" onClick={onDiscard} disabled={busy}>
          {t('letters.import.discard')}
        </Button>
      </div>
    </section>
  );
}
