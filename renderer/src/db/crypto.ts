import type { Digest } from '../../../shared/chain';

/** SHA-256 by WebCrypto: what the renderer passes to shared/ wherever a hash is made. */
export const webDigest: Digest = (data) => crypto.subtle.digest('SHA-256', data);

/** A random id for records and installations. */
export const randomId = (): string => crypto.randomUUID();
