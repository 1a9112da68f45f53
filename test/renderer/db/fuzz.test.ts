import { describe, expect, it } from 'vitest';
import { fuzzBackups } from '../../fuzz/backups';

// A few hundred mutated backups on every unit run; `npm run bench -- fuzz` runs 10,000.

describe('a restore of a damaged or tampered backup (fuzz)', () => {
  it('refuses each with a typed error in both languages or takes it whole, and a refusal writes nothing', async () => {
    const report = await fuzzBackups({ runs: 180, seed: 20261125 });
    expect(report.crashes).toEqual([]);
    expect(report.partialWrites).toEqual([]);
    expect(Object.keys(report.mutations)).toHaveLength(18);
    // The recomputed manifests let tampering reach the checks behind the hash.
    expect(Object.keys(report.refused)).toEqual(
      expect.arrayContaining([
        'malformed',
        'truncated',
        'invalid-record',
        'duplicate-id',
        'manifest-mismatch',
        'broken-chain',
      ]),
    );
  }, 60_000);
});
