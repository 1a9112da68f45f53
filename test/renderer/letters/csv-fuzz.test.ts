import { describe, expect, it } from 'vitest';
import { fuzzCsv } from '../../fuzz/csv';

// A few hundred hostile CSV files on every unit run; `npm run bench -- fuzz` runs 10,000.

describe('the import preview of a hostile CSV file (fuzz)', () => {
  it('never throws, words every problem in both languages, and offers only people the store takes', () => {
    const report = fuzzCsv({ runs: 400, seed: 20261125 });
    expect(report.crashes).toEqual([]);
    expect(report.people).toBeGreaterThan(1000);
    expect(Object.keys(report.refused)).toEqual(
      expect.arrayContaining([
        'not-text',
        'malformed-quote',
        'unsafe-character',
        'too-many-columns',
        'invalid-email',
      ]),
    );
  }, 60_000);
});
