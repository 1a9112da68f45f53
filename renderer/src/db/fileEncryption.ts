import type { SaveMimeType } from '../../../shared/bridge';
import { streamText } from './backupText';
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

/** Bytes enough to tell an age file by its start. */
export const AGE_HEADER_PREFIX = 64;

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

/** About 4 MiB per part of an encrypted file built as a Blob. */
const SEALED_PART_BYTES = 4 * 1024 * 1024;

/**
 * A stream of plain bytes encrypted as it is read into an age file with a passphrase, built as a
 * Blob a part at a time: neither the plain text nor the sealed file is ever whole in memory.
 */
export async function encryptedBlob(plain: ReadableStream<Uint8Array>, passphrase: string, workFactor = AGE_WORK_FACTOR): Promise<Blob> {
  const { Encrypter } = await age();
  const encrypter = new Encrypter();
  encrypter.setPassphrase(passphrase);
  encrypter.setScryptWorkFactor(workFactor);
  const reader = (await encrypter.encrypt(plain)).getReader();
  const parts: Blob[] = [];
  let pending: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  const flush = () => {
    parts.push(new Blob(pending));
    pending = [];
    size = 0;
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending.push(value as Uint8Array<ArrayBuffer>);
    size += value.length;
    if (size >= SEALED_PART_BYTES) flush();
  }
  flush();
  return new Blob(parts, { type: 'application/x-age-encryption' });
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

function decryptFailure(error: unknown): { ok: false; error: RecordFailure<DecryptFailureCode> } {
  const detail = error instanceof Error ? error.message : String(error);
  // age says no recipient matched when the passphrase's key does not open the file key.
  const code: DecryptFailureCode = /no identity matched/i.test(detail) ? 'wrong-passphrase' : 'damaged-file';
  return { ok: false, error: { code, text: FAILURES[code], detail } };
}

export async function decryptFile(bytes: Uint8Array, passphrase: string): Promise<Decrypted> {
  const { Decrypter, armor } = await age();
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  try {
    const binary = startsWith(bytes, ARMOR_HEADER) ? armor.decode(new TextDecoder().decode(bytes)) : bytes;
    return { ok: true, bytes: await decrypter.decrypt(binary) };
  } catch (error) {
    return decryptFailure(error);
  }
}

/**
 * A picked file as a restore reads it: the file itself (never read whole), and the age file key that
 * opens it as it is read when it is encrypted. The plain text is never stored anywhere: every
 * reading decrypts the file again.
 */
export interface OpenedFile {
  file: Blob;
  /** age's file key (not the passphrase, and good for this file only); null for a plain file. */
  key: Uint8Array | null;
}

/** An age header with a passphrase stanza is a few hundred bytes; the first part of the file holds it. */
const HEADER_BYTES = 64 * 1024;

export type Opened = { ok: true; opened: OpenedFile } | { ok: false; error: RecordFailure<DecryptFailureCode> };

/**
 * Opens an age file with its passphrase: the passphrase's scrypt once, for the file key, which then
 * reads the file as often as a restore needs without it. An armored file (text) is decrypted whole.
 */
export async function openAgeFile(file: Blob, passphrase: string): Promise<Opened> {
  const head = new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer());
  if (startsWith(head, ARMOR_HEADER)) {
    const whole = await decryptFile(new Uint8Array(await file.arrayBuffer()), passphrase);
    return whole.ok ? { ok: true, opened: { file: new Blob([whole.bytes as Uint8Array<ArrayBuffer>]), key: null } } : whole;
  }
  const { Decrypter } = await age();
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  try {
    return { ok: true, opened: { file, key: await decrypter.decryptHeader(head) } };
  } catch (error) {
    return decryptFailure(error);
  }
}

/** The bytes of an opened file as they are read, decrypted as they go when it is encrypted. */
export async function openedBytes({ file, key }: OpenedFile): Promise<ReadableStream<BufferSource>> {
  if (!key) return file.stream();
  const { Decrypter } = await age();
  const decrypter = new Decrypter();
  decrypter.addIdentity({ unwrapFileKey: () => key });
  // age's stream gives views of buffers of their own (never shared ones), as TextDecoderStream takes them.
  return (await decrypter.decrypt(file.stream())) as ReadableStream<Uint8Array<ArrayBuffer>>;
}

/** The text of an opened file as it is read, decrypted as it goes when it is encrypted. */
export async function* openedText(source: OpenedFile): AsyncGenerator<string> {
  yield* streamText(await openedBytes(source));
}

/** An opened file read whole (for the files that are read whole: evidence bundles, old backups). */
export async function openedWhole(source: OpenedFile): Promise<Uint8Array> {
  return new Uint8Array(await new Response(await openedBytes(source)).arrayBuffer());
}

/** Bytes already in memory as an opened file (a plain one). */
export const plainFile = (bytes: Uint8Array): OpenedFile => ({ file: new Blob([bytes as Uint8Array<ArrayBuffer>]), key: null });
