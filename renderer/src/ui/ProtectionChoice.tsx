import { useState, type FormEvent } from 'react';
import { useT } from '../services/context';
import type { ProtectionChoice as Choice } from '../db/encryption/protection';
import { RadioGroup } from './fields';
import { PassphraseFields, emptyPassphrase, newPassphraseError } from './PassphraseFields';

type Mode = Choice['mode'];

/**
 * How to protect the data: the keychain (desktop), a passphrase, or explicitly none. Used before a
 * new or older profile opens, and in Settings to encrypt a profile that is not.
 */
export function ProtectionChoiceForm({
  keychain,
  allowNone,
  submitLabel,
  onChoose,
}: {
  keychain: boolean;
  allowNone: boolean;
  submitLabel: string;
  onChoose: (choice: Choice) => Promise<string | null>;
}) {
  const t = useT();
  const [mode, setMode] = useState<Mode>(keychain ? 'keychain' : 'passphrase');
  const [passphrase, setPassphrase] = useState(emptyPassphrase);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (mode === 'passphrase' && newPassphraseError(passphrase, t)) return;
    setBusy(true);
    setFailure(null);
    const choice: Choice = mode === 'passphrase' ? { mode, passphrase: passphrase.passphrase } : { mode };
    const problem = await onChoose(choice);
    setBusy(false);
    if (problem) setFailure(t('protection.setup.failed', { message: problem }));
  }

  const options = [
    ...(keychain ? [{ value: 'keychain' as const, label: t('protection.choice.keychain') }] : []),
    { value: 'passphrase' as const, label: t('protection.choice.passphrase') },
    ...(allowNone ? [{ value: 'none' as const, label: t('protection.choice.none') }] : []),
  ];
  return (
    <form onSubmit={submit} className="protection-choice">
      <RadioGroup legend={t('protection.choice.legend')} name="protection" value={mode} onChange={setMode} options={options} disabled={busy} />
      {mode === 'passphrase' && (
        <PassphraseFields
          value={passphrase}
          onChange={setPassphrase}
          labels={{ passphrase: 'protection.passphrase', repeat: 'protection.passphrase.repeat', help: 'protection.passphrase.help' }}
          showError={tried}
        />
      )}
      {mode === 'none' && <p className="notice notice--warn">{t('protection.choice.none.warning')}</p>}
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('protection.setup.working') : submitLabel}
        </button>
      </div>
    </form>
  );
}
