import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VaultKeys } from '../../../renderer/src/db/encryption/cipher';
import { openPerson, readEnvelope, toHex } from '../../../renderer/src/db/encryption/envelope';
import { openWithPassphrase } from '../../../renderer/src/db/encryption/keyFile';
import { decodeRow } from '../../../renderer/src/db/encryption/rowCodec';

// What someone holding a copy of the profile's files could get out of them: the raw bytes of every
// file (IndexedDB's LevelDB logs and tables, the origin private file system, everything), searched
// for text in every encoding Chromium may store it in, and, given the passphrase too, every key
// file and every person row that the keys found there open.

export interface RawFile {
  path: string;
  bytes: Buffer;
}

export async function profileFiles(dir: string): Promise<RawFile[]> {
  const files: RawFile[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await profileFiles(path)));
    else if (entry.isFile()) files.push({ path, bytes: await readFile(path) });
  }
  return files;
}

/** V8 stores a string in Latin-1 or UTF-16LE, IndexedDB's keys in UTF-16BE, the rest UTF-8. */
export function encodings(text: string): Buffer[] {
  const utf16le = Buffer.from(text, 'utf16le');
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'latin1'), utf16le, Buffer.from(utf16le).swap16()];
}

/** The files that hold `text` in any encoding. */
export function filesHolding(files: readonly RawFile[], text: string): string[] {
  const needles = encodings(text);
  return files.filter((file) => needles.some((needle) => file.bytes.includes(needle))).map((file) => file.path);
}

function* occurrences(bytes: Buffer, magic: Buffer): Generator<number> {
  for (let at = bytes.indexOf(magic); at !== -1; at = bytes.indexOf(magic, at + 1)) yield at;
}

/** Every key file found anywhere in the files, opened with the passphrase. */
export async function keysIn(files: readonly RawFile[], passphrase: string): Promise<VaultKeys[]> {
  const magic = Buffer.from([0x41, 0x56, 0x4b, 0x01, 0x01]);
  const keys: VaultKeys[] = [];
  for (const file of files) {
    for (const at of occurrences(file.bytes, magic)) {
      const header = 41;
      if (at + header > file.bytes.length) continue;
      const length = file.bytes.readUInt32BE(at + header - 4);
      const candidate = new Uint8Array(file.bytes.subarray(at, at + header + length));
      const opened = await openWithPassphrase(candidate, passphrase);
      if (opened.ok) keys.push(opened.keys);
    }
  }
  return keys;
}

/** Every person row (its envelope) found in the files, as stored: which epoch wrapped its key. */
export function personRowsIn(files: readonly RawFile[]): { epochId: string; bytes: Uint8Array }[] {
  const magic = Buffer.from([0x41, 0x56, 0x52, 0x01, 0x02]);
  const rows: { epochId: string; bytes: Uint8Array }[] = [];
  for (const file of files) {
    for (const at of occurrences(file.bytes, magic)) {
      const envelope = readEnvelope(new Uint8Array(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength), at);
      if (envelope?.kind === 'person') rows.push({ epochId: toHex(envelope.epochId), bytes: new Uint8Array(file.bytes.subarray(at, at + envelope.length)) });
    }
  }
  return rows;
}

/**
 * The names in the person rows that these keys open. The row's id is its additional data, and is
 * not in the envelope: every id from the subjects found is tried.
 */
export function namesOpened(rows: readonly { epochId: string; bytes: Uint8Array }[], keys: readonly VaultKeys[], ids: readonly string[]): string[] {
  const names = new Set<string>();
  for (const row of rows) {
    const envelope = readEnvelope(row.bytes);
    if (envelope?.kind !== 'person') continue;
    for (const vault of keys) {
      const epochKey = vault.epochs.get(row.epochId);
      if (!epochKey) continue;
      for (const id of ids) {
        try {
          names.add((decodeRow(openPerson(epochKey, 'subjects', id, envelope)) as { name: string }).name);
        } catch {
          // Not this row's id, or not a key that opens it.
        }
      }
    }
  }
  return [...names];
}

/** Every UUID the files hold, in any encoding: the candidate ids of the rows. */
export function idsIn(files: readonly RawFile[]): string[] {
  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
  const ids = new Set<string>();
  for (const { bytes } of files) {
    const swapped = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2))).swap16();
    for (const text of [bytes.toString('latin1'), bytes.toString('utf16le'), swapped.toString('utf16le'), bytes.subarray(1).toString('utf16le')]) {
      for (const match of text.matchAll(uuid)) ids.add(match[0]);
    }
  }
  return [...ids];
}
