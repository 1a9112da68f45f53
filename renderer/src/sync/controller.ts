import { useSyncExternalStore } from 'react';
import { newSyncConfig, type SyncConfig } from '../../../shared/sync/config';
import type { SyncProblem } from '../../../shared/sync/problems';
import type { SyncAccess } from '../../../shared/sync/roles';
import type { AvvikDb } from '../db/database';
import { allowSyncServer, testSyncServerFromShell } from '../platform';
import type { ConnectionResult, Credentials } from './connection';
import type { SyncEngine, SyncStatus } from './engine';
import { forgetCredentials, loadConfig, loadCredentials, saveConfig, saveCredentials } from './settings';
import { forgetSyncState } from './state';

// The one sync of an open record: Settings connects, pauses and disconnects it; the app starts it
// when the record opens. Without a connection kept, nothing here runs and no request is made; the
// connection test (with the design documents it checks) and the engine (PouchDB, ./run.ts) are
// fetched only when they are needed, so a start without sync does not wait for their code.
const connection = () => import('./connection');

export interface SyncView {
  config: SyncConfig | null;
  /** The running engine's status; null while not running (off, paused, or not started). */
  status: SyncStatus | null;
  /** Why it is not running although connected (no credentials, the server refused). */
  problem: SyncProblem | null;
  /** Who the server said the user is, at the last connection. */
  signedIn: { user: string; access: SyncAccess } | null;
}

/** An absent server at start: asked again this often (the engine itself retries once running). */
const RETRY_START_MS = 15_000;

export class SyncController {
  private view: SyncView;
  private readonly listeners = new Set<() => void>();
  private engine: SyncEngine | null = null;
  private starting: Promise<void> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly db: AvvikDb) {
    this.view = { config: loadConfig(db.name), status: null, problem: null, signedIn: null };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  current = (): SyncView => this.view;

  private set(change: Partial<SyncView>): void {
    this.view = { ...this.view, ...change };
    for (const listener of this.listeners) listener();
  }

  /** Starts syncing if a connection is kept and not paused; does nothing otherwise. */
  start(): Promise<void> {
    const config = this.view.config;
    if (!config || config.paused || this.engine) return Promise.resolve();
    this.starting ??= this.run(config).finally(() => (this.starting = null));
    return this.starting;
  }

  private async run(config: SyncConfig): Promise<void> {
    const credentials = await loadCredentials();
    if (!credentials) return this.set({ problem: 'no-credentials' });
    const { authorizationHeader, testConnection } = await connection();
    const authorization = authorizationHeader(credentials);
    const tested = await testConnection(config, authorization);
    if (this.view.config !== config) return;
    if (!tested.ok) {
      this.set({ problem: tested.problem });
      // Offline at start: working offline and reconnecting needs no action.
      if (tested.problem === 'unreachable' || tested.problem === 'server-error') this.retry = setTimeout(() => void this.start(), RETRY_START_MS);
      return;
    }
    this.set({ problem: null, signedIn: { user: tested.user, access: tested.access } });
    const { startEngine } = await import('./run');
    this.engine = await startEngine(this.db, config, authorization, tested.access, (status) => this.set({ status }));
  }

  private async halt(): Promise<void> {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    await this.starting?.catch(() => {});
    const engine = this.engine;
    this.engine = null;
    await engine?.stop();
    this.set({ status: null });
  }

  /** Asks the server who the user is and checks the team's databases; keeps nothing. */
  async test(server: string, team: string, credentials: Credentials): Promise<ConnectionResult> {
    const { authorizationHeader, testConnection } = await connection();
    const authorization = authorizationHeader(credentials);
    // The desktop window may reach only the server already allowed: its main process tests a new one.
    return (await testSyncServerFromShell({ server, team, authorization })) ?? testConnection({ server, team }, authorization);
  }

  /**
   * Keeps the connection and starts syncing. In the desktop app the window reloads first when its
   * policy must allow the new server (`reload`), and syncing starts when it has.
   */
  async connect(server: string, team: string, credentials: Credentials): Promise<{ ok: true; reload: boolean } | { ok: false; problem: SyncProblem | 'keychain'; message?: string }> {
    // Tested before it is allowed: a server that would not work is never let into the window's policy.
    const tested = await this.test(server, team, credentials);
    if (!tested.ok) return { ok: false, problem: tested.problem };
    const allowed = await allowSyncServer(server);
    if (!allowed.ok) return { ok: false, problem: 'keychain', message: allowed.message };
    if (!(await saveCredentials(credentials))) return { ok: false, problem: 'keychain' };
    await this.halt();
    const config = newSyncConfig(server, credentials.kind === 'password' ? credentials.user : 'jwt', credentials.kind, team);
    saveConfig(this.db.name, config);
    this.set({ config, problem: null, signedIn: null });
    if (!allowed.reload) await this.start();
    return { ok: true, reload: allowed.reload };
  }

  async setPaused(paused: boolean): Promise<void> {
    const config = this.view.config;
    if (!config) return;
    const next = { ...config, paused };
    saveConfig(this.db.name, next);
    await this.halt();
    this.set({ config: next, problem: null });
    await this.start();
  }

  /** Stops syncing and forgets the server, the credentials and where sync had read to. */
  async disconnect(): Promise<boolean> {
    await this.halt();
    saveConfig(this.db.name, null);
    await forgetCredentials();
    await forgetSyncState(this.db);
    this.set({ config: null, problem: null, signedIn: null });
    return (await allowSyncServer(null)).ok;
  }

  /** When the record closes. */
  stop = (): Promise<void> => this.halt();
}

const controllers = new WeakMap<AvvikDb, SyncController>();

export function syncControllerOf(db: AvvikDb): SyncController {
  let controller = controllers.get(db);
  if (!controller) {
    controller = new SyncController(db);
    controllers.set(db, controller);
  }
  return controller;
}

export function useSyncView(db: AvvikDb): SyncView {
  const controller = syncControllerOf(db);
  return useSyncExternalStore(controller.subscribe, controller.current);
}
