// Ask the browser to keep Avvik's data. Without persistence, a browser (or Electron under
// storage pressure) may evict IndexedDB, and with it the Art. 33(5) record. Settings shows the
// state and warns when the data is not persistent.

export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';

/** The part of `navigator.storage` this needs; injected so it tests without a browser. */
export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/** Asks for persistent storage once if not granted yet, and says where it stands. */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = globalThis.navigator?.storage,
): Promise<PersistenceState> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    // A refusal by policy throws in some browsers: the data is not protected either way.
    return 'not-persisted';
  }
}

export const persistenceMessages: Record<PersistenceState, { nb: string; en: string; warn: boolean }> = {
  persisted: {
    nb: 'Dataene lagres varig: nettleseren sletter dem ikke for å frigjøre plass.',
    en: 'The data is stored persistently: the browser will not delete it to free space.',
    warn: false,
  },
  'not-persisted': {
    nb: 'Advarsel: nettleseren har ikke lovet å beholde dataene. De kan slettes hvis disken blir full. Ta jevnlig sikkerhetskopi.',
    en: 'Warning: the browser has not promised to keep the data. It may be deleted if the disk fills up. Back up regularly.',
    warn: true,
  },
  unsupported: {
    nb: 'Advarsel: denne nettleseren kan ikke love å beholde dataene. Ta jevnlig sikkerhetskopi.',
    en: 'Warning: this browser cannot promise to keep the data. Back up regularly.',
    warn: true,
  },
};
