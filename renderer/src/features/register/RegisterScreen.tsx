import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { filterRegister, type RegisterRow } from '../../../../shared/register';
import { verifyAllTimelines } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import { useDocumentSettings } from '../../documents/useSettings';
import type { Route } from '../../state/routes';
import { EMPTY_FILTER, filterFromForm, yearsIn, type RegisterFilterForm } from './filterForm';
import { RegisterExport } from './RegisterExport';
import { RegisterFilters } from './RegisterFilters';
import { RegisterTable } from './RegisterTable';
import { useRegisterRows } from './useRegisterRows';
import '../../documents/screens.css';
import './register.css';

function withVerdicts(
  rows: RegisterRow[] | undefined,
  verified: ReadonlyMap<string, boolean> | undefined,
): RegisterRow[] | undefined {
  if (!rows || !verified) return rows;
  return rows.map((row) => ({ ...row, historyVerified: verified.get(row.incidentId) ?? null }));
}

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
    // A check that could not run (the record closed meanwhile) leaves every history "not checked".
    return verifyAllTimelines(db)
      .then(
        (result) => mounted.current && setVerified(result),
        () => mounted.current && setVerified(undefined),
      )
      .finally(() => mounted.current && setChecking(false));
  }, [db]);
  // The table first: the check reads every event, so it starts once the rows are all read.
  const { rows: loaded, total, complete } = useRegisterRows(db);
  const checkedOnce = useRef(false);
  useEffect(() => {
    if (!complete || checkedOnce.current) return;
    checkedOnce.current = true;
    void verify();
  }, [complete, verify]);

  // The history check's verdicts are laid over the rows, not read again with them.
  const all = useMemo(() => withVerdicts(loaded, verified), [loaded, verified]);
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
          <RegisterExport rows={rows} ready={complete} {...(period ? { period } : {})} />
          {broken > 0 && (
            <p role="alert" className="notice notice--danger">
              {t('register.history.brokenNote', { count: broken })}
            </p>
          )}
          {!complete && (
            <p role="status" className="help">
              {t('register.reading', { read: all.length, total })}
            </p>
          )}
          {/* Announced once the whole register is read, not after every slice. */}
          <p className="result-count" aria-live={complete ? 'polite' : 'off'}>
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
