import { useEffect, useState, type ComponentType } from 'react';
import type { AvvikDb } from '../db/database';
import type { StartState } from './startup';
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

type Gated = Exclude<StartState, { kind: 'ready' }>;

/** Where the record's protection stands, and the screens that show it (app/Opened, fetched apart). */
export interface Opening {
  start: StartState;
  OpenedApp: ComponentType<{ db: AvvikDb }>;
  Gate: ComponentType<{ state: Gated; onState: (state: StartState) => void }>;
}

/**
 * The app from its first frame: the header and menu show at once, the screens once their code is
 * evaluated and the record's protection settled and the record open. A database written by a newer
 * Avvik, or one that cannot be upgraded, is not opened: the user is told what to do and nothing is
 * changed.
 */
export function Boot({ opening }: { opening: Promise<Opening> }) {
  const lang = useUi((s) => s.lang);
  const [opened, setOpened] = useState<Opening | null>(null);
  const [state, setState] = useState<StartState | null>(null);
  useEffect(() => {
    let current = true;
    void opening.then((next) => {
      if (!current) return;
      setOpened(next);
      setState(next.start);
    });
    return () => {
      current = false;
    };
  }, [opening]);
  useEffect(() => {
    // Ask the browser to keep the record (Settings shows whether it did).
    if (state?.kind === 'ready') void requestPersistentStorage();
  }, [state?.kind]);

  if (state?.kind === 'failed') return <OpenFailure text={state.error.text[lang]} detail={state.error.detail} />;
  // An encrypted profile is unlocked, or a new one protected, before any screen shows.
  if (opened && state && state.kind !== 'ready') return <opened.Gate state={state} onState={setState} />;
  return (
    <AppFrame>
      {opened && state?.kind === 'ready' ? <opened.OpenedApp db={state.db} /> : <Waiting message="app.opening" />}
    </AppFrame>
  );
}
