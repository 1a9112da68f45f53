import type { SaveMimeType } from '../../../shared/bridge';
import type { RecordFailure } from '../../../shared/incident/errors';

// Backups and evidence bundles leave the machine encrypted by default, in a standard format anyone
// can open without Avvik: age (age-encryption.org/v1) with a passphrase (an scrypt recipient,
// work factor 2^18 unless told otherwise). The plain JSON stays for an explicit "unencrypted
// export". See docs/backup-format.md.

// age itself (with scrypt) is fetched when a file is first sealed or opened: the passphrase
// checks below are on screens the app starts with, and the library would weigh on every start.
const age = () => import('age-encryption');

export const AGE_EXTENSION = '.age';
/** age's own default; each step up doubles the time a guess costs (and the wait to save or open). */
export const AGE_WORK_FACTOR = 18;
/** The shortest passphrase Avvik accepts for a file or a profile. */
export const MIN_PASSPHRASE_LENGTH = 12;

const BINARY_HEADER = new TextEncoder().encode('age-encryption.org/v1\n');
const ARMOR_HEADER = new TextEncoder().encode('-----BEGIN AGE ENCRYPTED FILE-----');

const startsWith = (bytes: Uint8Array, prefix: Uint8Array) => bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** Whether the bytes are an age file (binary or armored). */
export function isAgeFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, BINARY_HEADER) || startsWith(bytes, ARMOR_HEADER);
}

export type PassphraseProblem = 'too-short' | 'mismatch';

/** Why a new passphrase (typed twice) cannot be used, or null. */
export function passphraseProblem(passphrase: string, repeated: string): PassphraseProblem | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  if (passphrase !== repeated) return 'mismatch';
  return null;
}

export async function encryptFile(bytes: Uint8Array, passphrase: string, workFactor = AGE_WORK_FACTOR): Promise<Uint8Array> {
  const { Encrypter } = await age();
  const encrypter = new Encrypter();
  encrypter.setPassphrase(passphrase);
  encrypter.setScryptWorkFactor(workFactor);
  return encrypter.encrypt(bytes);
}

/** A file as it is to be saved: JSON as it is, or inside an age file when a passphrase is given. */
export async function sealedFile(
  name: string,
  json: Uint8Array,
  passphrase: string | null,
  workFactor = AGE_WORK_FACTOR,
): Promise<{ suggestedName: string; mimeType: SaveMimeType; bytes: Uint8Array }> {
  if (passphrase === null) return { suggestedName: name, mimeType: 'application/json', bytes: json };
  return { suggestedName: `${name}${AGE_EXTENSION}`, mimeType: 'application/x-age-encryption', bytes: await encryptFile(json, passphrase, workFactor) };
}

export type DecryptFailureCode = 'wrong-passphrase' | 'damaged-file';

const FAILURES: Record<DecryptFailureCode, { nb: string; en: string }> = {
  'wrong-passphrase': {
    nb: 'Passordet åpner ikke filen. Sjekk passordet og prøv igjen. Ingenting er endret.',
    en: 'The passphrase does not open the file. Check it and try again. Nothing was changed.',
  },
  'damaged-file': {
    nb: 'Filen er kryptert, men skadet eller ikke hel. Ingenting er endret.',
    en: 'The file is encrypted but damaged or incomplete. Nothing was changed.',
  },
};

export type Decrypted = { ok: true; bytes: Uint8Array } | { ok: false; error: RecordFailure<DecryptFailureCode> };

export async function decryptFile(bytes: Uint8Array, passphrase: string): Promise<Decrypted> {
  const { Decrypter, armor } = await age();
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  try {
    const binary = startsWith(bytes, ARMOR_HEADER) ? armor.decode(new TextDecoder().decode(bytes)) : bytes;
    return { ok: true, bytes: await decrypter.decrypt(binary) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // age says no recipient matched when the passphrase's key does not open the file key.
    const code: DecryptFailureCode = /no identity matched/i.test(detail) ? 'wrong-passphrase' : 'damaged-file';
    return { ok: false, error: { code, text: FAILURES[code], detail } };
  }
}
