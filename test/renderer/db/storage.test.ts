import { describe, expect, it } from 'vitest';
import { persistenceMessages, requestPersistentStorage } from '../../../renderer/src/storage';

describe('asking the browser to keep the data', () => {
  it('reports persisted when already granted, without asking again', async () => {
    let asked = false;
    const state = await requestPersistentStorage({ persisted: async () => true, persist: async () => ((asked = true), true) });
    expect(state).toBe('persisted');
    expect(asked).toBe(false);
  });

  it('asks once and reports the answer', async () => {
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => true })).toBe('persisted');
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe('not-persisted');
  });

  it('reports unsupported where there is no storage manager', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage({})).toBe('unsupported');
  });

  it('treats a refusal that throws as not persisted', async () => {
    expect(await requestPersistentStorage({ persist: async () => Promise.reject(new Error('policy')) })).toBe('not-persisted');
  });

  it('warns in both languages unless the data is persistent', () => {
    expect(persistenceMessages.persisted.warn).toBe(false);
    expect(persistenceMessages['not-persisted']).toMatchObject({ warn: true, nb: expect.stringContaining('sikkerhetskopi'), en: expect.stringContaining('Back up') });
  });
});
