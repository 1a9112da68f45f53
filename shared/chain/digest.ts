// SHA-256 is passed in, so shared/ stays pure: the renderer passes WebCrypto's
// `(data) => crypto.subtle.digest('SHA-256', data)`, tests pass node's global webcrypto.

/** A SHA-256 function over bytes, e.g. `(data) => crypto.subtle.digest('SHA-256', data)`. */
export type Digest = (data: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer | Uint8Array>;

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (a lone surrogate becomes U+FFFD). */
export function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (const byte of view) out += HEX[byte];
  return out;
}

/** Lower-case hex SHA-256 of raw bytes. */
export async function sha256OfBytes(bytes: Uint8Array, digest: Digest): Promise<string> {
  // Copy into a fresh ArrayBuffer-backed array: WebCrypto refuses shared or foreign buffers.
  const owned = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  return toHex(await digest(owned));
}

/** Lower-case hex SHA-256 of a string's UTF-8 bytes. */
export async function sha256OfText(text: string, digest: Digest): Promise<string> {
  return toHex(await digest(utf8Bytes(text)));
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
