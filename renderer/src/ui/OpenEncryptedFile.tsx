import { useState, type FormEvent } from 'react';
import { decryptFile } from '../db/fileEncryption';
import { useT } from '../services/context';
import { useUi } from '../state/ui';
import { TextField } from './fields';

// A picked file that is an age file: ask for its passphrase, then hand the opened bytes on. A wrong
// passphrase is said as such, and the user can try again; nothing is read before it opens.

export function OpenEncryptedFile({
  name,
  bytes,
  onOpened,
  onCancel,
}: {
  name: string;
  bytes: Uint8Array;
  onOpened: (bytes: Uint8Array) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    // age's scrypt holds the thread: let the busy state paint first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const opened = await decryptFile(bytes, passphrase);
    setBusy(false);
    if (opened.ok) onOpened(opened.bytes);
    else setError(opened.error.text[lang]);
  }

  return (
    <form className="panel encrypted-file" onSubmit={submit}>
      <p>{t('files.encrypted.ask', { name })}</p>
      <TextField type="password" label={t('protection.passphrase')} value={passphrase} onChange={setPassphrase} error={error} autoFocus />
      <div className="actions">
        <button type="submit" disabled={busy || passphrase === ''}>
          {t('files.open')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('files.cancel')}
        </button>
      </div>
    </form>
  );
}
