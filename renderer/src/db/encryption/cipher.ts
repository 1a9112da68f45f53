import { RowCryptoError } from './rowError';

// What the database middleware encrypts with, and whether it may. One per open database.
//  - plain:  an unencrypted profile (chosen, or not decided yet): rows are written as they are.
//  - locked: the profile is encrypted and its keys are not here: nothing sealed is read or written.
//  - open:   the keys are here (in this window's memory only, as bytes: the price of encrypting
//            synchronously inside IndexedDB transactions; see docs/encryption-at-rest.md), with
//            the sealing that works with them (sealing.ts): a clear profile never loads the cipher
//            library.

/** The field of a stored row that holds its sealed bytes; the other fields are its clear index fields. */
export const SEALED_FIELD = '$sealed';

export type TableProtection = 'data' | 'person' | 'clear';

/**
 * Which key protects each table. `keys` holds the installation's non-extractable signing key and
 * `vault` the profile's protection record: both are read before anything can be unlocked. The
 * people affected, and the upgrade backups that hold them, are under person keys (crypto-shredding).
 */
export function tableProtection(table: string): TableProtection {
  if (table === 'keys' || table === 'vault') return 'clear';
  if (table === 'subjects' || table === 'migrationBackups') return 'person';
  return 'data';
}

export interface VaultKeys {
  /** Ties the key file to the database it protects. */
  vaultId: string;
  dataKey: Uint8Array;
  /** Erasure epochs by id (hex): every one still needed to read some person row. */
  epochs: ReadonlyMap<string, Uint8Array>;
  /** The epoch new person rows are written under. */
  currentEpoch: string;
}

/** What seals a row with the keys and opens it again (sealing.ts `rowSealing`). */
export interface RowSealing {
  seal(keys: VaultKeys, protection: 'data' | 'person', table: string, key: string, row: Record<string, unknown>): Uint8Array;
  /** Throws a RowCryptoError when the bytes are not a sealed row these keys open. */
  open(keys: VaultKeys, table: string, key: string, sealed: unknown): unknown;
}

type State = { mode: 'plain' } | { mode: 'locked' } | { mode: 'open'; keys: VaultKeys; save: SaveKeys; sealing: RowSealing };

/** Writes the key file anew (an erasure adds and drops epochs). */
export type SaveKeys = (keys: VaultKeys) => Promise<void>;

export class RowCipher {
  private state: State = { mode: 'plain' };
  /** True only while an unencrypted profile is being encrypted: its clear rows are read once more. */
  acceptPlainRows = false;

  get mode(): State['mode'] {
    return this.state.mode;
  }

  get keys(): VaultKeys | null {
    return this.state.mode === 'open' ? this.state.keys : null;
  }

  useKeys(keys: VaultKeys, save: SaveKeys, sealing: RowSealing): void {
    this.state = { mode: 'open', keys, save, sealing };
  }

  /** Replaces the keys (after an erasure) and saves the key file first: keys in use are always on disk. */
  async replaceKeys(keys: VaultKeys): Promise<void> {
    if (this.state.mode !== 'open') throw new Error('the profile is not unlocked');
    await this.state.save(keys);
    this.state = { ...this.state, keys };
  }

  usePlain(): void {
    this.wipe();
    this.state = { mode: 'plain' };
  }

  lock(): void {
    this.wipe();
    this.state = { mode: 'locked' };
  }

  /** Best effort: JavaScript may have copied the bytes, but these copies at least are gone. */
  private wipe(): void {
    if (this.state.mode !== 'open') return;
    this.state.keys.dataKey.fill(0);
    for (const key of this.state.keys.epochs.values()) key.fill(0);
  }

  /** The row as stored: its clear index fields and, unless the table or profile is clear, the sealed rest. */
  seal(table: string, key: string, clearFields: readonly string[], row: Record<string, unknown>): Record<string, unknown> {
    const protection = tableProtection(table);
    if (protection === 'clear' || this.state.mode === 'plain') return row;
    if (this.state.mode === 'locked') throw new RowCryptoError('locked', table, key);
    // The whole row is sealed, index fields too: what is read back is what was sealed, whatever
    // happens to the clear copies the indexes need.
    const stored: Record<string, unknown> = {};
    for (const field of clearFields) if (row[field] !== undefined) stored[field] = row[field];
    stored[SEALED_FIELD] = this.state.sealing.seal(this.state.keys, protection, table, key, row);
    return stored;
  }

  /** The row as it was sealed. */
  open(table: string, key: string, stored: unknown): unknown {
    if (stored === null || typeof stored !== 'object' || tableProtection(table) === 'clear') return stored;
    const sealed = (stored as Record<string, unknown>)[SEALED_FIELD];
    if (sealed === undefined) {
      if (this.state.mode === 'open' && !this.acceptPlainRows) throw new RowCryptoError('plaintext-row', table, key);
      return stored;
    }
    if (this.state.mode !== 'open') throw new RowCryptoError('locked', table, key);
    return this.state.sealing.open(this.state.keys, table, key, sealed);
  }
}
