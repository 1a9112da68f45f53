import { z } from 'zod';
import { syncConfigSchema, type SyncConfig } from '../../../shared/sync/config';
import { forgetSyncSecret, loadSyncSecret, saveSyncSecret } from '../platform';
import type { Credentials } from './connection';

// Where this installation keeps its connection: the server, user and team in the page's storage
// (per Avvik database), the password or token only in the OS keychain (desktop) or memory (browser).

const key = (dbName: string) => `avvik.sync.${dbName}`;

export function loadConfig(dbName: string): SyncConfig | null {
  try {
    const raw = globalThis.localStorage?.getItem(key(dbName));
    if (!raw) return null;
    const parsed = syncConfigSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveConfig(dbName: string, config: SyncConfig | null): void {
  if (config === null) globalThis.localStorage?.removeItem(key(dbName));
  else globalThis.localStorage?.setItem(key(dbName), JSON.stringify(config));
}

const credentialsSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('password'), user: z.string().min(1), password: z.string().min(1) }),
  z.strictObject({ kind: z.literal('jwt'), token: z.string().min(1) }),
]);

export async function loadCredentials(): Promise<Credentials | null> {
  const secret = await loadSyncSecret();
  if (!secret) return null;
  try {
    const parsed = credentialsSchema.safeParse(JSON.parse(secret));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const saveCredentials = (credentials: Credentials) => saveSyncSecret(JSON.stringify(credentials));
export const forgetCredentials = forgetSyncSecret;
