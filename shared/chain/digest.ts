// SHA-256 is passed in, so shared/ stays pure: the renderer passes WebCrypto's
// `(data) => crypto.subtle.digest('SHA-256', data)`, tests pass node's global webcrypto.

/** A SHA-256 function over bytes, e.g. `(data) => crypto.subtle.digest('SHA-256', data)`. */
export type Digest = (data: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer | Uint8Array>;

/** UTF-8 bytes of a string; a lone surrogate becomes U+FFFD, as TextEncoder does. */
export function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else code = 0xfffd;
    } else if (code >= 0xdc00 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) out[n++] = code;
    else if (code < 0x800) {
      out[n++] = 0xc0 | (code >> 6);
      out[n++] = 0x80 | (code & 0x3f);
    } else if (code < 0x10000) {
      out[n++] = 0xe0 | (code >> 12);
      out[n++] = 0x80 | ((code >> 6) & 0x3f);
      out[n++] = 0x80 | (code & 0x3f);
    } else {
      out[n++] = 0xf0 | (code >> 18);
      out[n++] = 0x80 | ((code >> 12) & 0x3f);
      out[n++] = 0x80 | ((code >> 6) & 0x3f);
      out[n++] = 0x80 | (code & 0x3f);
    }
  }
  return out.slice(0, n);
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
