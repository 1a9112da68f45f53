// A stored row as bytes, before it is encrypted: JSON for the fields, and the binary fields (the
// bytes of an attached file) appended raw, so a file is neither inflated by base64 nor copied twice.
//
//   u32 length of the JSON | JSON (UTF-8) | per binary field: u32 length | bytes
//
// In the JSON a binary field stands as {"\u0000bytes": n}, n its place among the binaries. Our rows
// come from our own schemas, so no real field is named "\u0000bytes".

import { asBytes } from './envelope';

const BINARY = '\u0000bytes';
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function encodeRow(row: unknown): Uint8Array {
  const binaries: Uint8Array[] = [];
  const json = encoder.encode(
    JSON.stringify(row, (_key, value: unknown) => {
      const bytes = asBytes(value);
      return bytes ? { [BINARY]: binaries.push(bytes) - 1 } : value;
    }),
  );
  const size = 4 + json.length + binaries.reduce((sum, b) => sum + 4 + b.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, json.length);
  out.set(json, 4);
  let offset = 4 + json.length;
  for (const binary of binaries) {
    view.setUint32(offset, binary.length);
    out.set(binary, offset + 4);
    offset += 4 + binary.length;
  }
  return out;
}

export function decodeRow(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(0);
  const binaries: Uint8Array[] = [];
  let offset = 4 + jsonLength;
  while (offset < bytes.length) {
    const length = view.getUint32(offset);
    // A copy: the row must not keep the whole decrypted buffer alive, nor share it.
    binaries.push(bytes.slice(offset + 4, offset + 4 + length));
    offset += 4 + length;
  }
  return JSON.parse(decoder.decode(bytes.subarray(4, 4 + jsonLength)), (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && BINARY in value) {
      const index = (value as Record<string, unknown>)[BINARY];
      const binary = typeof index === 'number' ? binaries[index] : undefined;
      if (!binary) throw new Error('row refers to a binary field it does not hold');
      return binary;
    }
    return value;
  });
}
