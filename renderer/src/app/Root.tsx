import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_TIME_ZONE } from '../../../shared/deadline';
import type { OpenResult } from '../db/open';
import { getSettings } from '../db/repository';
import { requestPersistentStorage } from '../storage';
import { useUi } from '../state/ui';
import { AppFrame, AppMain } from './App';
import { ServicesProvider, type AppServices } from './context';
import { Waiting } from './Screens';

/**
 * Provides the services with the user's name and time zone taken live from settings, so an edit in
 * Settings shows at once in every countdown and in the actor of the next event.
 */
export function LiveServices({ base, children }: { base: Omit<AppServices, 'actor' | 'timeZone'>; children: ReactNode }) {
  const settings = useLiveQuery(() => getSettings(base.db), [base.db]);
  const services = useMemo<AppServices>(
    () => ({ ...base, actor: settings?.userName ?? '', timeZone: settings?.timeZone ?? DEFAULT_TIME_ZONE }),
    [base, settings?.userName, settings?.timeZone],
  );
  return <ServicesProvider services={services}>{children}</ServicesProvider>;
}

/** Shown instead of the app when the database cannot be opened; nothing has been changed. */
export function OpenFailure({ text, detail }: { text: string; detail: string | null }) {
  return (
    <main className="open-failure">
      <h1>Avvik</h1>
      <p role="alert">{text}</p>
      {detail && (
        <details>
          <summary>Detaljer / Details</summary>
          <pre>{detail}</pre>
        </details>
      )}
    </main>
  );
}

/**
 * The app from its first frame: the header and menu show at once, the screens once the record is
 * open. A database written by a newer Avvik, or one that cannot be upgraded, is not opened: the
 * user is told what to do and nothing is changed.
 */
export function Boot({ opening }: { opening: Promise<OpenResult> }) {
  const lang = useUi((s) => s.lang);
  const [opened, setOpened] = useState<OpenResult | null>(null);
  useEffect(() => {
    let current = true;
    void opening.then((result) => {
      if (!current) return;
      // Ask the browser to keep the record (Settings shows whether it did).
      if (result.ok) void requestPersistentStorage();
      setOpened(result);
    });
    return () => {
      current = false;
    };
  }, [opening]);
  const base = useMemo(
    () => (opened?.ok ? { db: opened.db, now: () => new Date(), newId: () => crypto.randomUUID() } : null),
    [opened],
  );

  if (opened && !opened.ok) return <OpenFailure text={opened.error.text[lang]} detail={opened.error.detail} />;
  return (
    <AppFrame>
      {base ? (
        <LiveServices base={base}>
          <AppMain />
        </LiveServices>
      ) : (
        <Waiting message="app.opening" />
      )}
    </AppFrame>
  );
}
