import { decodeRow, encodeRow } from './rowCodec';
import { RowCryptoError, asBytes, fromHex, openData, openPerson, readEnvelope, sealData, sealPerson, toHex } from './envelope';

// What the database middleware encrypts with, and whether it may. One per open database.
//  - plain:  an unencrypted profile (chosen, or not decided yet): rows are written as they are.
//  - locked: the profile is encrypted and its keys are not here: nothing sealed is read or written.
//  - open:   the keys are here (in this window's memory only, as bytes: the price of encrypting
//            synchronously inside IndexedDB transactions; see docs/encryption-at-rest.md).

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

type State = { mode: 'plain' } | { mode: 'locked' } | { mode: 'open'; keys: VaultKeys; save: SaveKeys };

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

  useKeys(keys: VaultKeys, save: SaveKeys): void {
    this.state = { mode: 'open', keys, save };
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
    const { keys } = this.state;
    // The whole row is sealed, index fields too: what is read back is what was sealed, whatever
    // happens to the clear copies the indexes need.
    const plain = encodeRow(row);
    const stored: Record<string, unknown> = {};
    for (const field of clearFields) if (row[field] !== undefined) stored[field] = row[field];
    if (protection === 'data') stored[SEALED_FIELD] = sealData(keys.dataKey, table, key, plain);
    else stored[SEALED_FIELD] = sealPerson(fromHex(keys.currentEpoch), keys.epochs.get(keys.currentEpoch)!, table, key, plain);
    plain.fill(0);
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
    const bytes = asBytes(sealed);
    const envelope = bytes ? readEnvelope(bytes) : null;
    if (!envelope) throw new RowCryptoError('malformed', table, key);
    const { keys } = this.state;
    let plain: Uint8Array;
    try {
      if (envelope.kind === 'data') plain = openData(keys.dataKey, table, key, envelope);
      else {
        const epochKey = keys.epochs.get(toHex(envelope.epochId));
        if (!epochKey) throw new RowCryptoError('unknown-epoch', table, key);
        plain = openPerson(epochKey, table, key, envelope);
      }
    } catch (error) {
      if (error instanceof RowCryptoError) throw error;
      throw new RowCryptoError('wrong-key', table, key);
    }
    try {
      return decodeRow(plain);
    } catch {
      throw new RowCryptoError('malformed', table, key);
    } finally {
      plain.fill(0);
    }
  }
}
