import Dexie, { type Table } from 'dexie';
import type { Digest } from '../../../shared/chain';
import type { TimelineEvent } from '../../../shared/incident/events';
import type { Incident } from '../../../shared/incident/model';
import type { IncidentSummary } from '../../../shared/incident/summary';
import type { Notification } from '../../../shared/incident/notifications';
import type { Settings } from '../../../shared/incident/settings';
import type { Subject } from '../../../shared/incident/subjects';
import type { Refusal } from '../../../shared/sync/incoming';

/** The bytes of a file attached to an incident; the record holds its name and SHA-256. */
export interface AttachmentFile {
  id: string;
  incidentId: string;
  bytes: Uint8Array;
}
import { SCHEMA_VERSION } from '../../../shared/incident/backup/version';
import { randomId, webDigest } from './crypto';
import type { InstallationRecord } from '../../../shared/incident/installations';
import type { InstallationKey } from './keys';
import type { FormDraft } from './drafts';
import type { MigrationBackup } from './migrations';
import { RowCipher } from './encryption/cipher';
import { encryptionMiddleware } from './encryption/middleware';
import { SUMMARIES_TABLE, summariesMiddleware, summarizeStoredIncidents } from './summaries';
import type { ProtectionRecord } from './encryption/protection';

import { DEFAULT_DB_NAME } from './encryption/inspect';

export { DEFAULT_DB_NAME };

/** How far team sync has taken in one server database (renderer/src/sync/state.ts). */
export interface SyncStateRecord {
  /** The server database's name. */
  id: string;
  /** The server's update sequence up to which everything is in the record (nothing waiting). */
  since: string | number;
  /** What the checks refused from it, newest last: ids and reasons, nothing of the content. */
  refused: Refusal[];
}
export { SCHEMA_VERSION };

/** The first slice's schema, kept so Dexie can upgrade from it. */
export const STORES_V1 = {
  incidents: 'id, &ref, status, awareAt, updatedAt',
  events: 'id, incidentId, [incidentId+at], at',
};

// The database is the Art. 33(5) record. Indexes serve the screens:
// - incidents: open ones by deadline (openAwareAt exists only while open), the register by date,
//   status and risk; ref is no longer unique, because incidents imported from another
//   installation may carry the same number (see docs/backup-format.md);
// - events: the timeline of one incident in time order, one chain position per event (unique, so
//   two writers can never fork a chain), and the erasures by kind;
// - notifications by incident and time; subjects by incident.
export const STORES_V2 = {
  incidents: 'id, ref, status, awareAt, updatedAt, openAwareAt, [status+awareAt], [risk+awareAt]',
  events: 'id, incidentId, &[incidentId+installationId+seq], [incidentId+at], at, kind',
  subjects: 'id, incidentId',
  notifications: 'id, incidentId, [incidentId+sentAt], [recipient+sentAt]',
  settings: 'id',
  migrationBackups: 'id, createdAt',
};

/**
 * Version 3: the record is its history; files attached to incidents are kept by id; this
 * installation's signing key, and the public keys every installation introduced.
 */
export const STORES_V3 = {
  ...STORES_V2,
  attachmentFiles: 'id, incidentId',
  keys: 'id',
  installations: 'id',
};

/**
 * Version 4: how the profile is protected (docs/encryption-at-rest.md). An Avvik older than this
 * cannot read sealed rows, so it must refuse the database as too new rather than open it: that is
 * why this is a version of its own. No row changes; the record's own version (backups) stays 3.
 */
export const STORES_V4 = {
  ...STORES_V3,
  vault: 'id',
};

/**
 * Version 5: what a user has typed into a form and not saved yet, kept on this machine so a reload
 * or a crash loses nothing (db/drafts.ts). Drafts are not the record: no event, no backup. Only
 * the id and the incident are clear index fields; the typed text is sealed with the row like any
 * other table's (encryption/cipher.ts: tableProtection).
 */
export const STORES_V5 = {
  ...STORES_V4,
  drafts: 'id, incidentId',
};

/**
 * Version 6: where team sync has read each server database to (renderer/src/sync/state.ts). It is
 * kept here, sealed like the record, because the sync's own PouchDB lives in memory only: PouchDB's
 * IndexedDB would hold the record in clear beside the encrypted one.
 */
export const STORES_V6 = {
  ...STORES_V5,
  syncState: 'id',
};

/**
 * Version 7: each incident's summary (shared/incident/summary.ts), what the dashboard reads of its
 * open incidents (by the same openAwareAt index as the incidents). Written with every incident row
 * (db/summaries.ts); the upgrade summarises the incidents there are. Not part of the record: no
 * backup carries it, and a restore writes it with the incidents it rebuilds.
 */
export const STORES_V7 = {
  ...STORES_V6,
  [SUMMARIES_TABLE]: 'id, openAwareAt',
};

/** The newest schema this Avvik knows (Dexie's number; IndexedDB stores it × 10). */
export const DB_VERSION = 7;

/**
 * IndexedDB as Dexie sees it, minus one thing: opening without a version. Dexie 4 does that after
 * a VersionError (the database is newer than this Avvik), then opens the newer database anyway
 * and may even "patch" its schema. Refusing that open makes Dexie fail with the VersionError
 * instead, so a newer database is never opened nor changed, however the app first touches it.
 */
export function refusingNewerVersions(factory: IDBFactory): IDBFactory {
  return new Proxy(factory, {
    get(target, property) {
      if (property === 'open') {
        return (name: string, version?: number) => {
          if (version === undefined) throw new DOMException(`${name} was written by a newer version of Avvik`, 'VersionError');
          return target.open(name, version);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export interface DbOptions {
  /** Ids for the installation and records made by migrations. */
  newId?: () => string;
  /** SHA-256; WebCrypto by default. */
  digest?: Digest;
  now?: () => Date;
  appVersion?: string;
  /** The IndexedDB to use; the global one by default. */
  indexedDB?: IDBFactory;
  /** What rows are sealed with; a clear (unencrypted) profile when not given. */
  cipher?: RowCipher;
}

// The upgrades from before version 3 (migrations.ts) rewrite the record with its schemas and keep
// a backup of it: code a current database never runs, so it is fetched only when an upgrade from
// that age begins. Dexie.waitFor keeps the upgrade's transaction open while it arrives (an
// IndexedDB transaction ends as soon as it waits for anything but the database).
const migrations = () => Dexie.waitFor(import('./migrations'));

export class AvvikDb extends Dexie {
  incidents!: Table<Incident, string>;
  events!: Table<TimelineEvent, string>;
  subjects!: Table<Subject, string>;
  notifications!: Table<Notification, string>;
  settings!: Table<Settings, string>;
  migrationBackups!: Table<MigrationBackup, string>;
  attachmentFiles!: Table<AttachmentFile, string>;
  keys!: Table<InstallationKey, string>;
  installations!: Table<InstallationRecord, string>;
  vault!: Table<ProtectionRecord, string>;
  drafts!: Table<FormDraft, string>;
  syncState!: Table<SyncStateRecord, string>;
  incidentSummaries!: Table<IncidentSummary, string>;
  readonly deps: Required<Omit<DbOptions, 'indexedDB' | 'cipher'>>;
  /** Seals and opens every row below Dexie (encryption/middleware.ts). */
  readonly cipher: RowCipher;
  /**
   * Whether this is the browser's own IndexedDB, which a worker of this page can open too (a
   * database handed in, as tests do with fake-indexeddb, lives only in this context).
   */
  readonly openableInWorker: boolean;

  constructor(name: string = DEFAULT_DB_NAME, options: DbOptions = {}) {
    // Strict durability: a write reported as saved is on disk, also after a power cut. The record is
    // evidence, and the writes are few and small enough that the cost is not felt.
    // Live queries share their results frozen instead of cloning them for each reader ('immutable'):
    // a projection is never changed in place (a change makes a new one), and cloning 2,000 open
    // incidents cost the dashboard's start about 50 ms in Chromium.
    super(name, { indexedDB: refusingNewerVersions(options.indexedDB ?? indexedDB), chromeTransactionDurability: 'strict', cache: 'immutable' });
    this.cipher = options.cipher ?? new RowCipher();
    this.openableInWorker = options.indexedDB === undefined;
    this.use(encryptionMiddleware(this.cipher));
    this.use(summariesMiddleware());
    this.deps = {
      newId: options.newId ?? randomId,
      digest: options.digest ?? webDigest,
      now: options.now ?? (() => new Date()),
      appVersion: options.appVersion ?? 'dev',
    };
    this.version(1).stores(STORES_V1);
    this.version(2)
      .stores(STORES_V2)
      .upgrade(async (tx) => (await migrations()).upgradeToVersion2(tx, this.deps));
    this.version(3)
      .stores(STORES_V3)
      .upgrade(async (tx) => (await migrations()).upgradeToVersion3(tx, this.deps));
    this.version(4).stores(STORES_V4);
    // Tables added, none changed: nothing to upgrade.
    this.version(5).stores(STORES_V5);
    this.version(6).stores(STORES_V6);
    this.version(DB_VERSION)
      .stores(STORES_V7)
      .upgrade((tx) => summarizeStoredIncidents(tx));
  }
}

// The backup format's record version follows the schema of the record; version 4 added only the
// vault table, which no backup carries (an age file protects a backup instead), and version 5 only
// the drafts table, which no backup carries either (a draft is not part of the record); 6 and 7
// only tables no backup carries either (where sync has read to; the incidents' summaries).
const schemaVersionMatches: typeof SCHEMA_VERSION extends 3 ? true : false = true;
void schemaVersionMatches;
