import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { PROTECTION_ID, protectProfile } from '../../db/encryption/protection';
import { keyFileStore } from '../../db/encryption/storage';
import { useServices, useT } from '../../services/context';
import { ProtectionChoiceForm } from '../../ui/ProtectionChoice';

/** Says plainly how the data on this machine is protected; an unencrypted profile can be encrypted here. */
export function ProtectionPanel() {
  const t = useT();
  const { db, now } = useServices();
  const record = useLiveQuery(() => db.vault.get(PROTECTION_ID), [db]);
  const store = useMemo(() => keyFileStore(db.name), [db]);
  const [keychain, setKeychain] = useState(false);
  const [encrypting, setEncrypting] = useState(false);
  const [done, setDone] = useState(false);
  useEffect(() => {
    void store?.keychainAvailable().then(setKeychain);
  }, [store]);

  const mode = record?.mode ?? 'none';
  return (
    <section aria-labelledby="protection-title" className="panel">
      <h2 id="protection-title">{t('protection.settings.legend')}</h2>
      <p data-testid="protection-status" className={mode === 'none' ? 'notice notice--warn' : undefined}>
        {mode === 'none' ? t('protection.settings.none', { date: (record?.decidedAt ?? '').slice(0, 10) }) : t(`protection.settings.${mode}`)}
      </p>
      {done && (
        <p role="status" className="notice notice--ok">
          {t('protection.settings.encrypted')}
        </p>
      )}
      {mode === 'none' && store && !encrypting && (
        <button type="button" onClick={() => setEncrypting(true)}>
          {t('protection.settings.encryptNow')}
        </button>
      )}
      {mode === 'none' && store && encrypting && (
        <ProtectionChoiceForm
          keychain={keychain}
          allowNone={false}
          submitLabel={t('protection.settings.encryptNow')}
          onChoose={async (choice) => {
            try {
              await protectProfile(db, choice, store, now());
              setEncrypting(false);
              setDone(true);
              return null;
            } catch (error) {
              return error instanceof Error ? error.message : String(error);
            }
          }}
        />
      )}
    </section>
  );
}
