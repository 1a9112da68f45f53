import { lazy, StrictMode, Suspense, useEffect, useState } from 'react';
import { requestPersistentStorage } from '../storage';
import { useUi } from '../state/ui';
import { App } from './App';
import { useT } from '../services/context';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { LiveServices } from './LiveServices';
import { OpenFailure } from './Root';
import { choose, unlock, type StartState } from './startup';

// The gate's screens are fetched only when the gate shows (a first start, a locked profile): their
// form components would otherwise be paid for on every start before the dashboard.
const ProtectionSetup = lazy(() =>
  import('../features/protection/ProtectionSetup').then((m) => ({ default: m.ProtectionSetup })),
);
const UnlockScreen = lazy(() =>
  import('../features/protection/UnlockScreen').then((m) => ({ default: m.UnlockScreen })),
);

/** Shown until the record is open: the choice of protection, or the unlock screen. */
export function Gate({
  state,
  onState,
}: {
  state: Exclude<StartState, { kind: 'ready' }>;
  onState: (state: StartState) => void;
}) {
  const lang = useUi((s) => s.lang);
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  if (state.kind === 'failed')
    return <OpenFailure text={state.error.text[lang]} detail={state.error.detail} />;
  return (
    <main className="gate-screen">
      <LanguageSwitch />
      <Suspense fallback={<p role="status">{t('app.opening')}</p>}>
        {state.kind === 'choose' ? (
          <ProtectionSetup
            legacy={state.legacy}
            keychain={state.keychain}
            onChoose={async (choice) => {
              try {
                onState(await choose(state.name, choice, state.store));
                return null;
              } catch (error) {
                return error instanceof Error ? error.message : String(error);
              }
            }}
          />
        ) : (
          <UnlockScreen
            onUnlock={async (passphrase) => {
              const result = await unlock(state.name, state.store, state.record, passphrase);
              if ('code' in result) return result.code;
              onState(result);
              return null;
            }}
          />
        )}
      </Suspense>
    </main>
  );
}

/**
 * The record's protection settled, then the app: the gate and the app without the frame-first start
 * (main.tsx uses Root's Boot, which paints the frame while this module's chunk is fetched).
 */
export function Start({ initial }: { initial: StartState }) {
  const [state, setState] = useState(initial);
  useEffect(() => {
    // Ask the browser to keep the record (Settings shows whether it did).
    if (state.kind === 'ready') void requestPersistentStorage();
  }, [state.kind]);
  if (state.kind !== 'ready') return <Gate state={state} onState={setState} />;
  const base = { db: state.db, now: () => new Date(), newId: () => crypto.randomUUID() };
  return (
    <StrictMode>
      <LiveServices base={base}>
        <App />
      </LiveServices>
    </StrictMode>
  );
}
