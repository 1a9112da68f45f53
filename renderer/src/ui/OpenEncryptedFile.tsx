import { Button } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { OpenedFile } from '../db/fileEncryption';
import { openEncryptedFile } from '../db/openEncrypted';
import { useT } from '../services/context';
import { useUi } from '../state/ui';
import { TextField } from './fields';

// A picked file that is an age file: ask for its passphrase, then hand the opened file on (its file
// key: the file is decrypted as it is read). A wrong passphrase is said as such, and the user can try
// again; nothing is read before it opens.

export function OpenEncryptedFile({
  name,
  file,
  onOpened,
  onCancel,
}: {
  name: string;
  file: Blob;
  onOpened: (source: OpenedFile) => void;
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
    try {
      const opened = await openEncryptedFile(file, passphrase);
      if (opened.ok) onOpened(opened.opened);
      else setError(opened.error.text[lang]);
    } catch (caught) {
      // The worker itself failed (out of memory, say): said as it is, and the user may try again.
      setError(t('files.openFailed', { message: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel encrypted-file" onSubmit={submit}>
      <p>{t('files.encrypted.ask', { name })}</p>
      <TextField type="password" label={t('protection.passphrase')} value={passphrase} onChange={setPassphrase} error={error} autoFocus />
      {busy && (
        <p role="status" className="help">
          {t('files.opening')}
        </p>
      )}
      <div className="actions">
        <Button type="submit" disabled={busy || passphrase === ''}>
          {t('files.open')}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          {t('files.cancel')}
        </Button>
      </div>
    </form>
  );
}
