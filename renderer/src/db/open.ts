import { AvvikDb, DEFAULT_DB_NAME, type DbOptions } from './database';
import type { RecordFailure } from '../../../shared/incident/errors';
import { ensureSettings } from './repository/settings';
import { ensureInstallationKey } from './keys';
import { PROTECTION_ID, inspectDatabase } from './encryption/inspect';

// Opening the record. A database written by a newer Avvik is never opened: Dexie 4 alone would
// open it at its newer version anyway (and might even patch its schema). AvvikDb refuses that
// (database.ts), and openDatabase looks the installed version up first, without changing
// anything, so the user is told to update with a typed, bilingual message.

export type OpenFailureCode = 'database-too-new' | 'migration-failed' | 'database-unavailable' | 'database-locked';
export type OpenResult = { ok: true; db: AvvikDb } | { ok: false; error: RecordFailure<OpenFailureCode> };

const MESSAGES: Record<OpenFailureCode, { nb: string; en: string }> = {
  'database-too-new': {
    nb: 'Dataene på denne maskinen er lagret av en nyere versjon av Avvik. Oppdater Avvik for å åpne dem. Ingenting er endret.',
    en: 'The data on this machine was saved by a newer version of Avvik. Update Avvik to open it. Nothing was changed.',
  },
  'migration-failed': {
    nb: 'Avvik klarte ikke å oppgradere dataene til den nye versjonen. Dataene er urørt; kontakt brukerstøtte og ta med feilmeldingen.',
    en: 'Avvik could not upgrade the data to the new version. The data is untouched; contact support with the error message.',
  },
  'database-locked': {
    nb: 'Dataene er kryptert, og nøkkelen er ikke låst opp. Ingenting er endret.',
    en: 'The data is encrypted and its key has not been unlocked. Nothing was changed.',
  },
  'database-unavailable': {
    nb: 'Avvik får ikke åpnet databasen i nettleserlagringen. Lukk andre vinduer med Avvik og prøv igjen.',
    en: "Avvik cannot open its database in the browser's storage. Close other Avvik windows and try again.",
  },
};

function failure(code: OpenFailureCode, detail: string | null): OpenResult {
  return { ok: false, error: { code, text: MESSAGES[code], detail } };
}

/**
 * The installed version of a database as IndexedDB numbers it, or 0 if there is none. Opening
 * without a version never upgrades; if the database does not exist, it is not created.
 */
export async function installedVersion(name: string, factory: IDBFactory = indexedDB): Promise<number> {
  return (await inspectDatabase(name, factory)).version;
}

/** Dexie stores version n as n × 10 (and n × 10 + k after a schema patch). */
const dexieVersion = (nativeVersion: number): number => Math.floor(nativeVersion / 10);

/** `inspected`: the installed version as the caller has just looked it up (startUp), not looked up again. */
export async function openDatabase(name: string = DEFAULT_DB_NAME, options: DbOptions = {}, inspected?: number): Promise<OpenResult> {
  const db = new AvvikDb(name, options);
  try {
    const installed = dexieVersion(inspected ?? (await installedVersion(name, options.indexedDB ?? indexedDB)));
    if (installed > db.verno) return failure('database-too-new', `installed version ${installed}, this Avvik reads up to ${db.verno}`);
    await db.open();
    const protection = await db.vault.get(PROTECTION_ID);
    if (protection && protection.mode !== 'none' && db.cipher.mode !== 'open') {
      db.close();
      return failure('database-locked', `protected by ${protection.mode}`);
    }
    // An erasure cut short (the app closed, the machine stopped: two epochs left in the key file)
    // is finished before anything else. It is rare, and its code is loaded only then.
    if ((db.cipher.keys?.epochs.size ?? 0) > 1) await (await import('./encryption/shred')).finishErasure(db);
    const settings = await ensureSettings(db, { now: db.deps.now(), newId: db.deps.newId });
    await ensureInstallationKey(db, settings.installationId, db.deps.now(), db.deps.digest);
    return { ok: true, db };
  } catch (error) {
    db.close();
    const name = error instanceof Error ? error.name : '';
    const detail = error instanceof Error ? error.message : String(error);
    if (name === 'VersionError') return failure('database-too-new', detail);
    if (name === 'UpgradeError' || name === 'ZodError') return failure('migration-failed', detail);
    return failure('database-unavailable', detail);
  }
}
