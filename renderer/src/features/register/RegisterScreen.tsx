import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { filterRegister } from '../../../../shared/register';
import { loadRegister, verifyAllTimelines } from '../../db/repository';
import { useServices, useT } from '../../app/context';
import { useDocumentSettings } from '../../documents/useSettings';
import type { Route } from '../../state/routes';
import { EMPTY_FILTER, filterFromForm, yearsIn, type RegisterFilterForm } from './filterForm';
import { RegisterExport } from './RegisterExport';
import { RegisterFilters } from './RegisterFilters';
import { RegisterTable } from './RegisterTable';
import '../../documents/screens.css';

/** Art. 33(5): every incident ever, notified or not, filterable and exportable. */
export function RegisterScreen(_props: { route: Route }) {
  const t = useT();
  const { db } = useServices();
  const { timeZone } = useDocumentSettings();
  const [form, setForm] = useState<RegisterFilterForm>(EMPTY_FILTER);
  const [verified, setVerified] = useState<ReadonlyMap<string, boolean> | undefined>(undefined);
  const [checking, setChecking] = useState(true);

  // Reading every event of every incident: done when the register opens and when asked. It can
  // outlast the screen (the user moves on): its answer is then dropped.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const verify = useCallback(() => {
    setChecking(true);
    return verifyAllTimelines(db)
      .then((result) => mounted.current && setVerified(result))
      .finally(() => mounted.current && setChecking(false));
  }, [db]);
  useEffect(() => {
    void verify();
  }, [verify]);

  const all = useLiveQuery(() => loadRegister(db, {}, verified), [db, verified]);
  const { filter, problem, period } = useMemo(() => filterFromForm(form, timeZone), [form, timeZone]);
  const rows = useMemo(() => (all ? filterRegister(all, filter) : []), [all, filter]);
  const years = useMemo(() => (all ? yearsIn(all, timeZone) : []), [all, timeZone]);
  const broken = rows.filter((row) => row.historyVerified === false).length;

  return (
    <section aria-labelledby="register-title" className="screen">
      <h1 id="register-title">{t('register.title')}</h1>
      <p>{t('register.intro')}</p>
      {all === undefined ? (
        <p>{t('register.loading')}</p>
      ) : all.length === 0 ? (
        <p className="empty">{t('register.empty')}</p>
      ) : (
        <>
          <RegisterFilters form={form} years={years} problem={problem} onChange={setForm} />
          <RegisterExport rows={rows} {...(period ? { period } : {})} />
          {broken > 0 && (
            <p role="alert" className="notice notice--danger">
              {t('register.history.brokenNote', { count: broken })}
            </p>
          )}
          <p className="result-count" aria-live="polite">
            {t('register.count', { shown: rows.length, total: all.length })}{' '}
            {t('timeline.zone', { zone: timeZone })}
          </p>
          {rows.length === 0 ? (
            <p className="empty">{t('register.noMatch')}</p>
          ) : (
            <RegisterTable rows={rows} timeZone={timeZone} checking={checking} />
          )}
          <button type="button" className="no-print" onClick={() => void verify()} disabled={checking}>
            {t('register.verify')}
          </button>
        </>
      )}
    </section>
  );
}
