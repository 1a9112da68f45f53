// Why a stored row could not be read or written. Apart from the envelope (and its cipher library)
// because a clear profile's cipher refuses sealed rows with it too, and a clear profile never loads
// the cipher library.

export type RowErrorCode = 'locked' | 'wrong-key' | 'unknown-epoch' | 'malformed' | 'plaintext-row';

/** A stored row that cannot be read or written as asked; the code says why. */
export class RowCryptoError extends Error {
  override name = 'RowCryptoError';
  constructor(
    readonly code: RowErrorCode,
    readonly table: string,
    readonly key: string,
  ) {
    super(`${code}: ${table} ${key}`);
  }
}
