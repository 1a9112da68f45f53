import type { RowSealing, VaultKeys } from './cipher';
import { asBytes, fromHex, openData, openPerson, readEnvelope, sealData, sealPerson, toHex } from './envelope';
import { RowCryptoError } from './rowError';
import { decodeRow, encodeRow } from './rowCodec';

// The work of an unlocked profile's cipher: a row to its sealed bytes and back (envelope.ts,
// rowCodec.ts). Handed to the cipher with the keys (RowCipher.useKeys), so the cipher library is
// loaded by what unlocks or protects a profile, never by the start of a clear one.

export const rowSealing: RowSealing = {
  seal(keys: VaultKeys, protection: 'data' | 'person', table: string, key: string, row: Record<string, unknown>): Uint8Array {
    const plain = encodeRow(row);
    try {
      return protection === 'data'
        ? sealData(keys.dataKey, table, key, plain)
        : sealPerson(fromHex(keys.currentEpoch), keys.epochs.get(keys.currentEpoch)!, table, key, plain);
    } finally {
      plain.fill(0);
    }
  },

  open(keys: VaultKeys, table: string, key: string, sealed: unknown): unknown {
    const bytes = asBytes(sealed);
    const envelope = bytes ? readEnvelope(bytes) : null;
    if (!envelope) throw new RowCryptoError('malformed', table, key);
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
  },
};
