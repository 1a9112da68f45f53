import { passphraseProblem } from '../db/fileEncryption';
import { useT } from '../services/context';
import type { MessageKey } from '../../../shared/i18n';
import { TextField } from './fields';

// A new passphrase, typed twice: for the profile's key file and for an encrypted file alike. The
// one rule (length, the same twice) is passphraseProblem's.

export interface NewPassphrase {
  passphrase: string;
  repeated: string;
}

export const emptyPassphrase: NewPassphrase = { passphrase: '', repeated: '' };

/** The problem to show once the user has tried to go on, or null. */
export function newPassphraseError(value: NewPassphrase, t: (key: MessageKey) => string): string | null {
  const problem = passphraseProblem(value.passphrase, value.repeated);
  return problem ? t(`protection.passphrase.${problem}`) : null;
}

export function PassphraseFields({
  value,
  onChange,
  labels,
  showError,
}: {
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  labels: { passphrase: MessageKey; repeat: MessageKey; help: MessageKey };
  /** Set once the user has tried to go on: errors are not shown while they type. */
  showError: boolean;
}) {
  const t = useT();
  const error = showError ? newPassphraseError(value, t) : null;
  return (
    <>
      <TextField
        type="password"
        label={t(labels.passphrase)}
        help={t(labels.help)}
        value={value.passphrase}
        onChange={(passphrase) => onChange({ ...value, passphrase })}
        error={error === t('protection.passphrase.too-short') ? error : null}
        required
      />
      <TextField
        type="password"
        label={t(labels.repeat)}
        value={value.repeated}
        onChange={(repeated) => onChange({ ...value, repeated })}
        error={error === t('protection.passphrase.mismatch') ? error : null}
        required
      />
    </>
  );
}
