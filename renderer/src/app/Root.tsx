import { useEffect, useState, type ComponentType } from 'react';
import type { AvvikDb } from '../db/database';
import type { OpenResult } from '../db/open';
import { requestPersistentStorage } from '../storage';
import { useUi } from '../state/ui';
import { AppFrame, Waiting } from './Frame';

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

/** The record opened (or not), and the screens that show it (app/Opened, fetched apart). */
export interface Opening {
  result: OpenResult;
  OpenedApp: ComponentType<{ db: AvvikDb }>;
}

/**
 * The app from its first frame: the header and menu show at once, the screens once their code is
 * evaluated and the record is open. A database written by a newer Avvik, or one that cannot be
 * upgraded, is not opened: the user is told what to do and nothing is changed.
 */
export function Boot({ opening }: { opening: Promise<Opening> }) {
  const lang = useUi((s) => s.lang);
  const [opened, setOpened] = useState<Opening | null>(null);
  useEffect(() => {
    let current = true;
    void opening.then((next) => {
      if (!current) return;
      // Ask the browser to keep the record (Settings shows whether it did).
      if (next.result.ok) void requestPersistentStorage();
      setOpened(next);
    });
    return () => {
      current = false;
    };
  }, [opening]);

  const result = opened?.result;
  if (result && !result.ok) return <OpenFailure text={result.error.text[lang]} detail={result.error.detail} />;
  return (
    <AppFrame>
      {opened && result?.ok ? <opened.OpenedApp db={result.db} /> : <Waiting message="app.opening" />}
    </AppFrame>
  );
}
