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
