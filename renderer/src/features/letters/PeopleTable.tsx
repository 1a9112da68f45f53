import type { ReactNode } from 'react';
import { useT } from '../../services/context';

export interface PersonRow {
  key: string;
  line?: number;
  name: string;
  address: string;
  email: string | null;
  language: 'nb' | 'en' | 'both';
}

/** At most this many rows: a search finds the others. */
export const PEOPLE_SHOWN = 50;

/**
 * People as a table: the imported ones (with what can be done to each), or a CSV preview (with the
 * file's line numbers).
 */
export function PeopleTable({
  people,
  caption,
  withLines = false,
  actions,
}: {
  people: readonly PersonRow[];
  caption: string;
  withLines?: boolean;
  actions?: (person: PersonRow) => ReactNode;
}) {
  const t = useT();
  const shown = people.slice(0, PEOPLE_SHOWN);
  return (
    <div className="table-scroll">
      <table className="ds-table data-table people-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {withLines && (
              <th scope="col" className="num">
                {t('letters.col.line')}
              </th>
            )}
            <th scope="col">{t('letters.col.name')}</th>
            <th scope="col">{t('letters.col.address')}</th>
            <th scope="col">{t('letters.col.email')}</th>
            <th scope="col">{t('letters.col.language')}</th>
            {actions && <th scope="col">{t('people.col.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {shown.map((person) => (
            <tr key={person.key} data-testid="person-row">
              {withLines && <td className="num">{person.line}</td>}
              <td>{person.name}</td>
              <td className="address">{person.address}</td>
              <td>{person.email ?? ''}</td>
              <td>{t(`letters.language.${person.language}`)}</td>
              {actions && <td className="row-actions">{actions(person)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {people.length > PEOPLE_SHOWN && (
        <p className="help">{t('letters.people.more', { count: people.length - PEOPLE_SHOWN })}</p>
      )}
    </div>
  );
}
