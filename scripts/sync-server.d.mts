import type * as Design from '../shared/sync/design';
import type * as Roles from '../shared/sync/roles';

export interface SyncServerUser {
  name: string;
  password: string;
  roles: string[];
}

export interface RunningSyncServer {
  url: string;
  admin: { name: string; password: string };
  databases: Roles.TeamDatabases;
  call(path: string, method?: string, body?: unknown): Promise<unknown>;
  restart(options?: { downFor?: number }): Promise<void>;
  close(): Promise<void>;
}

export declare function memoryPouchDB(): unknown;
export declare function loadSyncRules(): Promise<typeof Design & typeof Roles>;
export declare function startSyncServer(options?: {
  port?: number;
  users?: SyncServerUser[];
  team?: string;
  origins?: string[] | '*';
  name?: string;
}): Promise<RunningSyncServer>;
export declare function writeCouchFiles(folder?: string): Promise<void>;
