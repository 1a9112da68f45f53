import { useState, type FormEvent } from 'react';
import { useT } from '../../services/context';
import type { UnlockFailure } from '../../db/encryption/protection';
import { TextField } from '../../ui/fields';

/** Asks for the passphrase before the record opens; a wrong one is refused and nothing changes. */
export function UnlockScreen({ onUnlock }: { onUnlock: (passphrase: string) => Promise<UnlockFailure | null> }) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [failure, setFailure] = useState<UnlockFailure | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const result = await onUnlock(passphrase);
    setBusy(false);
    setFailure(result);
  }

  return (
    <form className="gate panel" onSubmit={submit} aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('protection.unlock.title')}</h1>
      <p>{t('protection.unlock.intro')}</p>
      <TextField type="password" label={t('protection.passphrase')} value={passphrase} onChange={setPassphrase} autoFocus required />
      {failure && (
        <p role="alert" className="form-error">
          {t(`protection.unlock.${failure}`)}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy || passphrase === ''}>
          {busy ? t('protection.unlock.working') : t('protection.unlock.submit')}
        </button>
      </div>
    </form>
  );
}
