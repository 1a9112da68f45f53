import { useState } from 'react';
import { sealedFile } from '../db/fileEncryption';
import type { SaveMimeType } from '../../../shared/bridge';
import { useT } from '../services/context';
import { RadioGroup } from './fields';
import { PassphraseFields, emptyPassphrase, newPassphraseError, type NewPassphrase } from './PassphraseFields';

// How a backup or an evidence bundle leaves the machine: encrypted with a passphrase (age) unless
// the user explicitly asks for an unencrypted export.

export interface FileProtectionChoice {
  encrypt: boolean;
  passphrase: NewPassphrase;
}

export function useFileProtection() {
  const [choice, setChoice] = useState<FileProtectionChoice>({ encrypt: true, passphrase: emptyPassphrase });
  const [tried, setTried] = useState(false);
  return { choice, setChoice, tried, setTried };
}

/** The file as it is to be saved: JSON, or the same JSON inside an age file. */
export async function protectedFile(choice: FileProtectionChoice, name: string, json: Uint8Array): Promise<{ suggestedName: string; mimeType: SaveMimeType; bytes: Uint8Array }> {
  if (!choice.encrypt) return sealedFile(name, json, null);
  // age's scrypt holds the thread for a second or two: let the busy message paint first.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return sealedFile(name, json, choice.passphrase.passphrase);
}

/** Whether the choice can be used; marks it tried so its errors show. */
export function fileProtectionReady(state: ReturnType<typeof useFileProtection>, t: Parameters<typeof newPassphraseError>[1]): boolean {
  state.setTried(true);
  return !state.choice.encrypt || newPassphraseError(state.choice.passphrase, t) === null;
}

export function FileProtection({ state, name }: { state: ReturnType<typeof useFileProtection>; name: string }) {
  const t = useT();
  const { choice, setChoice, tried } = state;
  return (
    <div className="file-protection">
      <RadioGroup
        legend={t('files.protect.legend')}
        name={name}
        value={choice.encrypt ? 'encrypt' : 'plain'}
        onChange={(value) => setChoice({ ...choice, encrypt: value === 'encrypt' })}
        options={[
          { value: 'encrypt', label: t('files.protect.encrypt') },
          { value: 'plain', label: t('files.protect.plain') },
        ]}
      />
      {choice.encrypt && (
        <PassphraseFields
          value={choice.passphrase}
          onChange={(passphrase) => setChoice({ ...choice, passphrase })}
          labels={{ passphrase: 'files.passphrase', repeat: 'files.passphrase.repeat', help: 'files.passphrase.help' }}
          showError={tried}
        />
      )}
    </div>
  );
}
