import { describe, expect, it } from 'vitest';
import { sha256OfBytes, sha256OfText, toHex, utf8Bytes } from '../../../shared/chain';
import { digest } from '../incident/fixtures';

describe('SHA-256 with an injected WebCrypto', () => {
  it('hashes the NIST test vector "abc"', async () => {
    expect(await sha256OfText('abc', digest)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the empty string', async () => {
    expect(await sha256OfText('', digest)).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes bytes that live inside a larger buffer by their own view', async () => {
    const buffer = new Uint8Array([0, 97, 98, 99, 0]);
    expect(await sha256OfBytes(buffer.subarray(1, 4), digest)).toBe(await sha256OfText('abc', digest));
  });

  it('hashes the UTF-8 of Norwegian text, a lone surrogate as U+FFFD', async () => {
    // æ is C3 A6, ø C3 B8; half a surrogate pair is written EF BF BD, as in every chain since the first.
    expect([...utf8Bytes('æø\uD83E')]).toEqual([0xc3, 0xa6, 0xc3, 0xb8, 0xef, 0xbf, 0xbd]);
    expect(await sha256OfText('æø\uD83E', digest)).toBe(await sha256OfBytes(new Uint8Array([0xc3, 0xa6, 0xc3, 0xb8, 0xef, 0xbf, 0xbd]), digest));
  });

  it('writes lower-case hex', () => {
    expect(toHex(new Uint8Array([0, 15, 255]))).toBe('000fff');
  });
});
