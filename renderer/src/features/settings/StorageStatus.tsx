import { useEffect, useState } from 'react';
import { persistenceMessages, requestPersistentStorage, type PersistenceState } from '../../storage';
import { useT } from '../../services/context';
import { useUi } from '../../state/ui';

/** Whether the browser has promised to keep the record; a warning when it has not. */
export function StorageStatus({
  request = requestPersistentStorage,
}: {
  request?: () => Promise<PersistenceState>;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const [state, setState] = useState<PersistenceState | null>(null);
  useEffect(() => {
    let live = true;
    void request().then((result) => live && setState(result));
    return () => {
      live = false;
    };
  }, [request]);

  const message = state ? persistenceMessages[state] : null;
  return (
    <section aria-labelledby="storage-title" className="panel">
      <h2 id="storage-title">{t('settings.storage.legend')}</h2>
      {message ? (
        <p className="ds-alert notice" data-color={message.warn ? 'warning' : 'success'} data-state={state}>
          {message[lang]}
        </p>
      ) : (
        <p className="help">{t('settings.storage.checking')}</p>
      )}
    </section>
  );
}
