import { gcm } from '@noble/ciphers/aes.js';

// The encrypted form of one stored row (docs/encryption-at-rest.md). AES-256-GCM, a fresh random
// 96-bit IV for every value sealed, and the table and primary key as additional data, so a sealed
// value cannot be moved to another row or table without the tag failing.
//
// Two kinds:
//   data   'AVR' 1 | 1 | iv(12) | len(u32) | ciphertext+tag
//          under the data key: incidents, events, notices, settings, files.
//   person 'AVR' 1 | 2 | epoch id(16) | wrap iv(12) | wrapped person key(32+16) | iv(12) | len(u32) | ciphertext+tag
//          under a person key of its own, made fresh for every write and wrapped by the erasure
//          epoch's key: the people affected, and the upgrade backups that hold them. Destroying the
//          epoch key destroys every person key it wrapped (crypto-shredding).

export const MAGIC = [0x41, 0x56, 0x52, 0x01] as const; // 'AVR', format 1
export const KIND_DATA = 1;
export const KIND_PERSON = 2;
export const IV_BYTES = 12;
export const KEY_BYTES = 32;
export const EPOCH_ID_BYTES = 16;
const TAG_BYTES = 16;
const WRAPPED_BYTES = KEY_BYTES + TAG_BYTES;

/** Bytes, also from another realm (a structured clone in a test's IndexedDB makes its own Uint8Array). */
export function asBytes(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]') {
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  }
  return null;
}

export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

const encoder = new TextEncoder();
const rowAad = (table: string, key: string) => encoder.encode(`avvik/row/v1\u0000${table}\u0000${key}`);
const personKeyAad = (table: string, key: string, epochId: Uint8Array) =>
  encoder.encode(`avvik/person-key/v1\u0000${table}\u0000${key}\u0000${toHex(epochId)}`);

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function header(kind: number, size: number): { out: Uint8Array; view: DataView } {
  const out = new Uint8Array(size);
  out.set(MAGIC);
  out[4] = kind;
  return { out, view: new DataView(out.buffer) };
}

export function sealData(dataKey: Uint8Array, table: string, key: string, plain: Uint8Array): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const sealed = gcm(dataKey, iv, rowAad(table, key)).encrypt(plain);
  const { out, view } = header(KIND_DATA, 5 + IV_BYTES + 4 + sealed.length);
  out.set(iv, 5);
  view.setUint32(5 + IV_BYTES, sealed.length);
  out.set(sealed, 9 + IV_BYTES);
  return out;
}

export function sealPerson(epochId: Uint8Array, epochKey: Uint8Array, table: string, key: string, plain: Uint8Array): Uint8Array {
  const personKey = randomBytes(KEY_BYTES);
  const wrapIv = randomBytes(IV_BYTES);
  const wrapped = gcm(epochKey, wrapIv, personKeyAad(table, key, epochId)).encrypt(personKey);
  const iv = randomBytes(IV_BYTES);
  const sealed = gcm(personKey, iv, rowAad(table, key)).encrypt(plain);
  personKey.fill(0);
  const { out, view } = header(KIND_PERSON, PERSON_HEADER + sealed.length);
  let at = 5;
  for (const part of [epochId, wrapIv, wrapped, iv]) {
    out.set(part, at);
    at += part.length;
  }
  view.setUint32(at, sealed.length);
  out.set(sealed, at + 4);
  return out;
}

const PERSON_HEADER = 5 + EPOCH_ID_BYTES + IV_BYTES + WRAPPED_BYTES + IV_BYTES + 4;

/** The parts of a sealed value, read from `bytes` at `offset`; null when no sealed value starts there. */
export type Envelope =
  | { kind: 'data'; iv: Uint8Array; sealed: Uint8Array; length: number }
  | { kind: 'person'; epochId: Uint8Array; wrapIv: Uint8Array; wrapped: Uint8Array; iv: Uint8Array; sealed: Uint8Array; length: number };

export function readEnvelope(bytes: Uint8Array, offset = 0): Envelope | null {
  if (bytes.length - offset < 5 || MAGIC.some((b, i) => bytes[offset + i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kind = bytes[offset + 4];
  if (kind === KIND_DATA) {
    const start = offset + 9 + IV_BYTES;
    if (start > bytes.length) return null;
    const size = view.getUint32(start - 4);
    if (size < TAG_BYTES || start + size > bytes.length) return null;
    return { kind: 'data', iv: bytes.subarray(offset + 5, offset + 5 + IV_BYTES), sealed: bytes.subarray(start, start + size), length: start + size - offset };
  }
  if (kind === KIND_PERSON) {
    const start = offset + PERSON_HEADER;
    if (start > bytes.length) return null;
    const size = view.getUint32(start - 4);
    if (size < TAG_BYTES || start + size > bytes.length) return null;
    let at = offset + 5;
    const take = (n: number) => bytes.subarray(at, (at += n));
    return { kind: 'person', epochId: take(EPOCH_ID_BYTES), wrapIv: take(IV_BYTES), wrapped: take(WRAPPED_BYTES), iv: take(IV_BYTES), sealed: bytes.subarray(start, start + size), length: start + size - offset };
  }
  return null;
}

/** Opens a data-key envelope; throws when the key or the row's place is not the one it was sealed with. */
export function openData(dataKey: Uint8Array, table: string, key: string, envelope: Extract<Envelope, { kind: 'data' }>): Uint8Array {
  return gcm(dataKey, envelope.iv, rowAad(table, key)).decrypt(envelope.sealed);
}

/** Unwraps the person key with the epoch key, then opens the row with it. */
export function openPerson(epochKey: Uint8Array, table: string, key: string, envelope: Extract<Envelope, { kind: 'person' }>): Uint8Array {
  const personKey = gcm(epochKey, envelope.wrapIv, personKeyAad(table, key, envelope.epochId)).decrypt(envelope.wrapped);
  try {
    return gcm(personKey, envelope.iv, rowAad(table, key)).decrypt(envelope.sealed);
  } finally {
    personKey.fill(0);
  }
}
