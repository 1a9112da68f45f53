import { fromBase64, toBase64 } from './base64';
import { utf8Bytes, type Digest, sha256OfBytes } from './digest';

// Each installation signs what it writes with its own Ed25519 key (WebCrypto in the renderer; the
// private key never leaves the app's storage). A signature is over the event's hash, and the hash
// covers the event before it, so a signature vouches for its whole chain up to that event.
// What a local signature proves, and what it cannot, is written down in docs/signed-history.md.
// Signing and checking are passed in, like the digest, so shared/ stays pure.

/** Signs bytes with this installation's private key. */
export type Sign = (data: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer | Uint8Array>;

/** Checks an Ed25519 signature against a raw public key, both base64. */
export type VerifySignature = (publicKey: string, signature: string, data: Uint8Array<ArrayBuffer>) => Promise<boolean>;

/**
 * Signatures verified beside a check that has other work: `verify` queues a signature for other
 * threads, and `lend` gives this thread to the verifying too, until none is left waiting. A check
 * asks for every signature first, does its other work, and lends itself when it has nothing else.
 */
export interface SharedVerifier {
  verify: VerifySignature;
  lend(): Promise<void>;
  /** A moment, during a long stretch of other work, for the other threads' answers to come in and more work to go out. */
  pause(): Promise<void>;
}

/** An installation that signs: its id and how it signs. */
export interface Signer {
  installationId: string;
  sign: Sign;
}

/** 64 bytes, base64 with padding. */
export const SIGNATURE_B64 = /^[A-Za-z0-9+/]{86}==$/;
/** A raw Ed25519 public key: 32 bytes, base64 with padding. */
export const PUBLIC_KEY_B64 = /^[A-Za-z0-9+/]{43}=$/;

/** The signature of a hash (hex), as stored beside it. */
export async function signHash(hash: string, sign: Sign): Promise<string> {
  const signature = await sign(utf8Bytes(hash));
  return toBase64(signature instanceof Uint8Array ? signature : new Uint8Array(signature));
}

export function checkHash(hash: string, signature: string, publicKey: string, verify: VerifySignature): Promise<boolean> {
  return verify(publicKey, signature, utf8Bytes(hash));
}

/**
 * What a person compares to trust a key: the first 16 bytes of its SHA-256, as eight groups of
 * four hex digits ("3F2A 9C01 …"), read aloud or side by side.
 */
export async function keyFingerprint(publicKey: string, digest: Digest): Promise<string> {
  const raw = fromBase64(publicKey);
  if (!raw) throw new RangeError('not a base64 public key');
  const hex = (await sha256OfBytes(raw, digest)).slice(0, 32).toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}
