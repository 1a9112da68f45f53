import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/canonical';
import { eventHash } from '../../../shared/chain';
import { digest, sampleRecord } from './fixtures';

describe('a sealed event', () => {
  it('is kept with its keys in canonical order, so that hashing it again writes it as it stands', async () => {
    const record = await sampleRecord();
    const events = (await record.signedTables()).events;
    expect(events.length).toBeGreaterThan(5);
    for (const event of events) {
      expect(JSON.stringify(event)).toBe(canonicalJson(event));
      expect(await eventHash(event, digest)).toBe(event.hash);
    }
  });
});
