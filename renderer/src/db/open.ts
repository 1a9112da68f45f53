import { AvvikDb, DEFAULT_DB_NAME, type DbOptions } from './database';
import type { RecordFailure } from '../../../shared/incident/errors';
import { ensureSettings } from './repository/settings';
import { ensureInstallationKey } from './keys';

// Opening the record. A database written by a newer Avvik is never opened: Dexie 4 alone would
// open it at its newer version anyway (and might even patch its schema). AvvikDb refuses that
// (database.ts), and openDatabase looks the installed version up first, without changing
// anything, so the user is told to update with a typed, bilingual message.

export type OpenFailureCode = 'database-too-new' | 'migration-failed' | 'database-unavailable';
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
 * without a version never upgrades; if the database does not exist, the creation is aborted.
 */
export function installedVersion(name: string, factory: IDBFactory = indexedDB): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    let created = false;
    request.onupgradeneeded = () => {
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version);
    };
    request.onerror = (event) => {
      if (created) {
        event.preventDefault();
        resolve(0);
      } else reject(request.error ?? new Error('IndexedDB open failed'));
    };
  });
}

/** Dexie stores version n as n × 10 (and n × 10 + k after a schema patch). */
const dexieVersion = (nativeVersion: number): number => Math.floor(nativeVersion / 10);

export async function openDatabase(name: string = DEFAULT_DB_NAME, options: DbOptions = {}): Promise<OpenResult> {
  const db = new AvvikDb(name, options);
  try {
    const installed = dexieVersion(await installedVersion(name, options.indexedDB ?? indexedDB));
    if (installed > db.verno) return failure('database-too-new', `installed version ${installed}, this Avvik reads up to ${db.verno}`);
    await db.open();
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
