import { liveQuery, type Subscription } from 'dexie';
import type { SyncConfig } from '../../../shared/sync/config';
import type { Refusal } from '../../../shared/sync/incoming';
import { problemOfError, type SyncProblem } from '../../../shared/sync/problems';
import { teamDatabases, type SyncAccess } from '../../../shared/sync/roles';
import type { AvvikDb } from '../db/database';
import { Inbox } from './inbox';
import { Outbox } from './outbox';
import type { PouchDatabase, PouchFactory, PouchOptions, Replication } from './pouch';

// One installation's sync with the team's server while it runs: PouchDB replicates the local
// outbox/inbox databases both ways, live, retrying with back-off whenever the server is away
// (offline work needs no action: it is sent on reconnection). The outbox is filled whenever the
// record changes; the inbox is drained whenever replication brings something. Both run one at a
// time, so the record is never written by two of them at once.

export type SyncState = 'connecting' | 'syncing' | 'synced' | 'offline' | 'error' | 'stopped';

export interface SyncStatus {
  state: SyncState;
  /** When both directions last caught up with the server. */
  lastSyncedAt: string | null;
  /** Records written here and not yet confirmed by the server. */
  pending: number;
  /** Events from the server waiting for what comes before them. */
  waiting: number;
  /** Records from the server refused by the checks (altered, forged, broken chains), newest last. */
  refused: Refusal[];
  /** Records this laptop sent that the server's rules refused. */
  refusedByServer: number;
  problem: SyncProblem | null;
  access: SyncAccess;
}

export interface EngineOptions {
  db: AvvikDb;
  pouch: PouchFactory;
  config: Pick<SyncConfig, 'server' | 'team'>;
  authorization: string;
  access: SyncAccess;
  now: () => Date;
  onStatus: (status: SyncStatus) => void;
  /** Longest wait between two attempts to reach an absent server, in ms. */
  maxBackOff?: number;
}

/** The local PouchDB of a record's sync: one per Avvik database and team database. */
export const localName = (db: AvvikDb, database: string) => `${db.name}-sync-${database}`;

export class SyncEngine {
  private readonly local: PouchDatabase;
  private readonly localPeople: PouchDatabase | null;
  /** Each local database with the server's database it replicates with. */
  private readonly remotes: [PouchDatabase, PouchDatabase][];
  private readonly replications: Replication[] = [];
  private readonly outbox: Outbox;
  private readonly inboxes: Inbox[];
  private readonly pendingIds = new Set<string>();
  private subscription: Subscription | null = null;
  private queue: Promise<void> = Promise.resolve();
  private scheduled = { outbox: false, inbox: false };
  /** Per server database, where the pull had read its feed at its last change. */
  private readonly pulledTo: (number | string | undefined)[] = [];
  private stopped = false;
  /** Whether this run has checked the server for people erased here while sync was not running. */
  private swept = false;
  private status: SyncStatus;

  constructor(private readonly options: EngineOptions) {
    const { db, pouch, config, authorization, access } = options;
    const databases = teamDatabases(config.team);
    const authorized: PouchOptions['fetch'] = (url, init) => {
      init.headers.set('Authorization', authorization);
      // The header carries the credentials; no cookie is kept or sent.
      return pouch.fetch(url, { ...init, credentials: 'omit' });
    };
    this.local = pouch.local(localName(db, databases.events));
    this.localPeople = access.people ? pouch.local(localName(db, databases.people)) : null;
    this.outbox = new Outbox(db, this.local, this.localPeople);
    this.inboxes = [
      new Inbox(db, this.local, databases.events, (ids) => this.outbox.held(ids)),
      ...(this.localPeople ? [new Inbox(db, this.localPeople, databases.people)] : []),
    ];
    this.status = { state: 'connecting', lastSyncedAt: null, pending: 0, waiting: 0, refused: [], refusedByServer: 0, problem: null, access };
    const pairs: [PouchDatabase, string][] = [[this.local, databases.events]];
    if (this.localPeople) pairs.push([this.localPeople, databases.people]);
    this.remotes = pairs.map(([local, name]) => [local, pouch.remote(`${config.server}/${encodeURIComponent(name)}`, authorized)]);
  }

  private report(change: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...change, pending: this.pendingIds.size };
    if (!this.stopped) this.options.onStatus(this.status);
  }

  /** Runs one job after the other; a job asked for while one waits is not queued twice. */
  private schedule(job: 'outbox' | 'inbox'): void {
    if (this.scheduled[job] || this.stopped) return;
    this.scheduled[job] = true;
    this.queue = this.queue.then(async () => {
      this.scheduled[job] = false;
      if (this.stopped) return;
      try {
        if (job === 'outbox') for (const id of await this.outbox.fill()) this.pendingIds.add(id);
        else {
          let waiting = 0;
          const refused: Refusal[] = [];
          for (const [i, inbox] of this.inboxes.entries()) {
            const drained = await inbox.drain(this.pulledTo[i]);
            waiting += drained.waiting;
            refused.push(...drained.refused);
          }
          this.report({ waiting, refused });
        }
        this.report({});
      } catch (error) {
        if (!this.stopped) this.report({ state: 'error', problem: problemOfError(error) });
      }
    });
  }

  async start(): Promise<void> {
    const maxBackOff = this.options.maxBackOff ?? 30_000;
    this.report({ state: 'connecting' });
    // The local PouchDB starts empty (it is in memory): the record goes into it first, so that its
    // own documents are neither read back by the inbox nor sent twice.
    for (const id of await this.outbox.fill()) this.pendingIds.add(id);
    const resumeFrom = await Promise.all(this.inboxes.map((inbox) => inbox.begin()));
    this.subscription = liveQuery(() =>
      Promise.all([this.options.db.events.count(), this.options.db.subjects.count(), this.options.db.installations.count(), this.options.db.attachmentFiles.count()]),
    ).subscribe({ next: () => this.schedule('outbox'), error: () => this.schedule('outbox') });
    for (const [i, [local, remote]] of this.remotes.entries()) {
      const since = resumeFrom[i];
      this.pulledTo[i] = since;
      const replication = local.sync(remote, {
        live: true,
        retry: true,
        batch_size: 200,
        back_off_function: (delay) => Math.min(maxBackOff, Math.max(1000, delay * 2)),
        // The server's feed from where the record has it all; the push has no such mark (the
        // local side is new at every start) and asks the server which documents it lacks.
        ...(since !== undefined && { pull: { since } }),
      });
      replication
        .on('change', (info) => {
          if (info.direction === 'pull') {
            if (info.change?.last_seq !== undefined) this.pulledTo[i] = info.change.last_seq;
            this.schedule('inbox');
          } else for (const doc of info.change?.docs ?? []) this.pendingIds.delete(doc._id);
          this.report({ state: 'syncing', problem: null });
        })
        .on('active', () => this.report({ state: 'syncing', problem: null }))
        .on('paused', (error) => {
          if (error) return this.report({ state: 'offline', problem: problemOfError(error) });
          // Both directions caught up: everything written here is on the server.
          this.pendingIds.clear();
          this.schedule('inbox');
          if (remote === this.peopleRemote() && !this.swept) this.sweep(remote);
          this.report({ state: 'synced', problem: null, lastSyncedAt: this.options.now().toISOString() });
        })
        .on('denied', () => this.report({ refusedByServer: this.status.refusedByServer + 1, problem: 'refused-by-server' }))
        .on('error', (error) => this.report({ state: 'error', problem: problemOfError(error) }));
      this.replications.push(replication);
    }
    this.report({});
  }

  private peopleRemote(): PouchDatabase | null {
    return this.localPeople ? (this.remotes.find(([local]) => local === this.localPeople)?.[1] ?? null) : null;
  }

  /** Once per run, when the server is reachable: erasures made while sync was not running reach it. */
  private sweep(server: PouchDatabase): void {
    this.swept = true;
    this.queue = this.queue.then(async () => {
      if (this.stopped) return;
      try {
        await this.outbox.sweepErased(server);
      } catch {
        this.swept = false;
      }
    });
  }

  /** Waits until the outbox and inbox have done what was asked of them so far. */
  settled(): Promise<void> {
    return this.queue;
  }

  current(): SyncStatus {
    return this.status;
  }

  /** Stops replicating and drops the local PouchDB: the record and where sync read to stay. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.subscription?.unsubscribe();
    for (const replication of this.replications) replication.cancel();
    // Its last requests answered (or failed) before the databases go: none is left unheard.
    await Promise.all(this.replications.map((replication) => replication.catch(() => {})));
    await this.queue.catch(() => {});
    await Promise.all([this.local.destroy(), this.localPeople?.destroy()]);
    for (const [, remote] of this.remotes) await remote.close().catch(() => {});
  }
}
