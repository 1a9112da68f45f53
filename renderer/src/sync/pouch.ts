// The part of PouchDB the sync uses, typed here (PouchDB ships no types of its own). PouchDB is the
// replication client: it speaks CouchDB's replication protocol, checkpoints, retries and resumes.
// Avvik writes no sync protocol of its own; it fills a local PouchDB (the outbox and inbox) from
// the record and applies what arrives (./inbox.ts, ./outbox.ts).

export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [field: string]: unknown;
}

export interface PouchError {
  status?: number;
  name?: string;
  error?: string | boolean;
  reason?: string;
  message?: string;
}

export interface ReplicationInfo {
  direction?: 'push' | 'pull';
  change?: { docs?: PouchDoc[]; last_seq?: number | string; docs_written?: number; doc_write_failures?: number; errors?: PouchError[] };
}

/** What PouchDB's sync and replicate return: an event emitter that can be cancelled. */
export interface Replication {
  on(event: 'change', listener: (info: ReplicationInfo) => void): Replication;
  on(event: 'paused', listener: (error?: PouchError) => void): Replication;
  on(event: 'active' | 'complete', listener: () => void): Replication;
  on(event: 'denied' | 'error', listener: (error: PouchError) => void): Replication;
  cancel(): void;
  /** Settles once the replication has stopped (after cancel). */
  catch(onError: (error: unknown) => void): Promise<unknown>;
}

export interface ReplicationOptions {
  live?: boolean;
  retry?: boolean;
  batch_size?: number;
  back_off_function?: (delay: number) => number;
  since?: number | string;
  /** Options for the pull direction of a sync only. */
  pull?: { since?: number | string };
}

export interface ChangesResponse {
  results: { id: string; seq: number | string; deleted?: boolean; doc?: PouchDoc }[];
  last_seq: number | string;
}

export interface PouchDatabase {
  name: string;
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  remove(doc: PouchDoc): Promise<unknown>;
  bulkDocs(docs: PouchDoc[]): Promise<({ ok: true; id: string; rev: string } | { error: true | string; id: string; status?: number; reason?: string; message?: string })[]>;
  allDocs(options?: { keys?: string[]; include_docs?: boolean; startkey?: string; endkey?: string; conflicts?: boolean }): Promise<{
    rows: { id: string; key: string; value?: { rev: string; deleted?: boolean }; error?: string; doc?: PouchDoc | null }[];
  }>;
  changes(options: { since: number | string; limit?: number; include_docs?: boolean; conflicts?: boolean; style?: 'main_only' | 'all_docs' }): Promise<ChangesResponse>;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  compact(): Promise<unknown>;
  close(): Promise<void>;
  destroy(): Promise<unknown>;
  sync(remote: PouchDatabase, options?: ReplicationOptions): Replication;
  replicate: { to(remote: PouchDatabase, options?: ReplicationOptions): Replication; from(remote: PouchDatabase, options?: ReplicationOptions): Replication };
}

export interface PouchOptions {
  adapter?: string;
  /** How requests to a remote database are sent: Avvik adds the Authorization header here. */
  fetch?: (url: string, init: RequestInit & { headers: Headers }) => Promise<Response>;
  skip_setup?: boolean;
  auto_compaction?: boolean;
}

export interface PouchConstructor {
  new (name: string, options?: PouchOptions): PouchDatabase;
  fetch(url: string, init: RequestInit): Promise<Response>;
}

/** How the app makes its PouchDB databases: in memory, in the app as in tests. */
export interface PouchFactory {
  local(name: string): PouchDatabase;
  remote(url: string, fetch: PouchOptions['fetch']): PouchDatabase;
  fetch(url: string, init: RequestInit): Promise<Response>;
}

export function pouchFactory(Pouch: PouchConstructor, adapter: string): PouchFactory {
  return {
    // Compacted as it goes: an erased person's data does not linger in an old revision.
    local: (name) => new Pouch(name, { adapter, auto_compaction: true }),
    // skip_setup: a member may not create databases; the team's exist on the server.
    remote: (url, fetch) => heardInfo(new Pouch(url, { fetch, skip_setup: true })),
    fetch: (url, init) => Pouch.fetch(url, init),
  };
}

/**
 * PouchDB's replication asks the source for its info after each batch, only to update a progress
 * figure, as `info().then(update)` with nothing to hear a failure (pouchdb-replication 9.0). When
 * the server goes away for a moment that request fails with nobody listening: an unhandled
 * rejection, though the replication's retry recovers anyway. So the remote's info, and what is
 * chained straight onto it, are marked as heard; whoever awaits either still gets the error.
 */
function heardInfo(db: PouchDatabase): PouchDatabase {
  const info = db.info.bind(db);
  db.info = () => {
    const asked = info();
    const then = asked.then.bind(asked);
    asked.catch(() => {});
    asked.then = ((onFulfilled, onRejected) => {
      const chained = then(onFulfilled, onRejected);
      chained.catch(() => {});
      return chained;
    }) as typeof asked.then;
    return asked;
  };
  return db;
}

/** PouchDB's constructor before and after each plugin. */
export type PluggablePouch = PouchConstructor & { plugin(plugin: unknown): PluggablePouch };

/**
 * PouchDB for the browser and the desktop app, loaded only once sync is switched on. The local side
 * is in memory: PouchDB's IndexedDB adapter would keep the record in clear on disk beside the
 * encrypted one (docs/encryption-at-rest.md). It is filled from the record at each start, and where
 * the server's feed was read to is kept in the record (./state.ts).
 */
export function browserPouch(): Promise<PouchFactory> {
  // Once per page: PouchDB's plugins change its one class, and may not be added twice.
  loaded ??= (async () => {
    await import('./node/globals');
    const [core, memory, http, replication] = await Promise.all([
      import('pouchdb-core'),
      import('pouchdb-adapter-memory'),
      import('pouchdb-adapter-http'),
      import('pouchdb-replication'),
    ]);
    const Pouch = (core.default as PluggablePouch).plugin(memory.default).plugin(http.default).plugin(replication.default);
    return pouchFactory(Pouch, 'memory');
  })();
  return loaded;
}
let loaded: Promise<PouchFactory> | undefined;
