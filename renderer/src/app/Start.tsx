import { StrictMode, useEffect, useState } from 'react';
import { languages, type Lang } from '../../../shared/i18n';
import { ProtectionSetup } from '../features/protection/ProtectionSetup';
import { UnlockScreen } from '../features/protection/UnlockScreen';
import { requestPersistentStorage } from '../storage';
import { useUi } from '../state/ui';
import { App } from './App';
import { useT } from '../services/context';
import { LiveServices } from './LiveServices';
import { OpenFailure } from './Root';
import { choose, unlock, type StartState } from './startup';

function LanguageSelect() {
  const t = useT();
  const { lang, setLang } = useUi();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <label className="lang-switch">
      <span>{t('lang.label')}</span>
      <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        {languages.map((l) => (
          <option key={l} value={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Shown until the record is open: the choice of protection, or the unlock screen. */
export function Gate({ state, onState }: { state: Exclude<StartState, { kind: 'ready' }>; onState: (state: StartState) => void }) {
  const lang = useUi((s) => s.lang);
  if (state.kind === 'failed') return <OpenFailure text={state.error.text[lang]} detail={state.error.detail} />;
  return (
    <main className="gate-screen">
      <LanguageSelect />
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

