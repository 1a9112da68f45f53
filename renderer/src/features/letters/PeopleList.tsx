import { Button } from '@digdir/designsystemet-react';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Subject } from '../../../../shared/incident/subjects';
import { useT } from '../../services/context';
import { TextField } from '../../ui/fields';
import { PEOPLE_SHOWN, PeopleTable } from './PeopleTable';
import { PersonEditor } from './PersonEditor';
import { PersonErasure } from './PersonErasure';

type Open = { kind: 'edit' | 'erase'; id: string } | { kind: 'erase-all' } | null;

const fold = (text: string | null) => (text ?? '').toLocaleLowerCase('nb-NO');

/**
 * The people imported for this incident: how many (counted from the list itself, so it can never
 * go stale), a search when there are more than the table shows, and for each person a way to
 * correct or erase them.
 */
export function PeopleList({ subjects }: { subjects: readonly Subject[] }) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const search = useDeferredValue(query.trim());
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState<string | null>(null);
  const found = useMemo(() => {
    const words = fold(search).split(/\s+/).filter(Boolean);
    if (words.length === 0) return subjects;
    return subjects.filter((s) => {
      const text = `${fold(s.name)} ${fold(s.address)} ${fold(s.email)}`;
      return words.every((word) => text.includes(word));
    });
  }, [subjects, search]);
  // A person erased elsewhere (or by this list) closes their form.
  const person = open && open.kind !== 'erase-all' ? subjects.find((s) => s.id === open.id) : undefined;
  const done = (text: string | null) => {
    setOpen(null);
    setMessage(text);
  };

  return (
    <section aria-labelledby={`${id}-people`} className="panel">
      <h2 id={`${id}-people`}>{t('letters.people.title')}</h2>
      <p data-testid="people-count">
        {subjects.length > 0 ? t('letters.people.count', { count: subjects.length }) : t('letters.people.none')}
      </p>
      {subjects.length > PEOPLE_SHOWN && (
        <div className="no-print">
          <TextField label={t('people.search')} help={t('people.search.help')} value={query} onChange={setQuery} />
          {search && <p className="help">{t('people.search.matches', { count: found.length })}</p>}
        </div>
      )}
      {found.length > 0 && (
        <PeopleTable
          caption={t('letters.people.title')}
          people={found.map((s) => ({ key: s.id, name: s.name, address: s.address ?? '', email: s.email, language: s.language }))}
          // Art. 16 and 17: correcting and erasing stay possible after the incident is closed.
          actions={(row) => (
            <>
              <Button variant="tertiary" data-size="sm" aria-label={t('people.edit.label', { name: row.name })} onClick={() => setOpen({ kind: 'edit', id: row.key })}>
                {t('people.edit')}
              </Button>
              <Button variant="tertiary" data-size="sm" data-color="danger" aria-label={t('people.erase.label', { name: row.name })} onClick={() => setOpen({ kind: 'erase', id: row.key })}>
                {t('people.erase')}
              </Button>
            </>
          )}
        />
      )}
      {subjects.length > 1 && (
        <div className="actions no-print">
          <Button variant="secondary" data-color="danger" onClick={() => setOpen({ kind: 'erase-all' })}>
            {t('people.eraseAll', { count: subjects.length })}
          </Button>
        </div>
      )}
      {person && open?.kind === 'edit' && <PersonEditor key={person.id} subject={person} onDone={done} />}
      {person && open?.kind === 'erase' && <PersonErasure key={person.id} subjects={[person]} onDone={done} />}
      {open?.kind === 'erase-all' && subjects.length > 0 && <PersonErasure subjects={subjects} onDone={done} />}
      <div role="status">{message && <p className="ds-alert notice" data-color="success">{message}</p>}</div>
    </section>
  );
}
