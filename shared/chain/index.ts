export { type Digest, utf8Bytes, toHex, sha256OfBytes, sha256OfText, SHA256_HEX } from './digest';
export {
  type BrokenLink,
  type ChainHead,
  type Chained,
  type LinkProblem,
  type TimelineVerdict,
  type VerifyOptions,
  eventHash,
  linkEvent,
  verifyTimeline,
} from './chain';
export { toBase64, fromBase64 } from './base64';
export { type Sign, type Signer, type SharedVerifier, type VerifySignature, SIGNATURE_B64, PUBLIC_KEY_B64, checkHash, keyFingerprint, signHash } from './sign';
