import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

  it('encodes UTF-8 exactly as TextEncoder, lone surrogates included (property)', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect([...utf8Bytes(text)]).toEqual([...encoder.encode(text)]);
      }),
    );
  });

  it('writes lower-case hex', () => {
    expect(toHex(new Uint8Array([0, 15, 255]))).toBe('000fff');
  });
});
