import { useT } from '../../services/context';

export interface PersonRow {
  key: string;
  line?: number;
  name: string;
  address: string;
  email: string | null;
  language: 'nb' | 'en' | 'both';
}

const SHOWN = 50;

/** People as a table: the imported ones, or a CSV preview (with the file's line numbers). */
export function PeopleTable({
  people,
  caption,
  withLines = false,
}: {
  people: readonly PersonRow[];
  caption: string;
  withLines?: boolean;
}) {
  const t = useT();
  const shown = people.slice(0, SHOWN);
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
            </tr>
          ))}
        </tbody>
      </table>
      {people.length > SHOWN && (
        <p className="help">{t('letters.people.more', { count: people.length - SHOWN })}</p>
      )}
    </div>
  );
}
