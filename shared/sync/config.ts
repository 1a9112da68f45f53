import { z } from 'zod';
import { DEFAULT_TEAM, TEAM_NAME } from './roles';

// The connection to the team's server, as the user enters it in Settings. Credentials are not part
// of it: they stay in the OS keychain (desktop) or in memory for the session (browser).

export const authKinds = ['password', 'jwt'] as const;
export type AuthKind = (typeof authKinds)[number];

export type ServerUrlProblem = 'invalid' | 'not-https' | 'has-credentials' | 'has-path';

/**
 * Whether a host is this machine: the only place Avvik talks plain http to (the tests' and
 * `npm run sync:server`'s server). Everything else goes over https.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * The server's origin (`https://couch.example.no:6984`) from what the user typed, or why it cannot be
 * used: https only (plain http only to this machine), no user or password in the address (they go
 * to the keychain), and no path (the databases are named by the team name).
 */
export function serverOrigin(input: string): { ok: true; origin: string } | { ok: false; problem: ServerUrlProblem } {
  // shared/ has no URL parser (no DOM, no Node): a server address is simple enough to read here.
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i.exec(input.trim());
  if (!match) return { ok: false, problem: 'invalid' };
  const scheme = match[1]!.toLowerCase();
  const authority = match[2]!;
  const rest = match[3]!;
  if (scheme !== 'https' && scheme !== 'http') return { ok: false, problem: 'invalid' };
  if (authority.includes('@')) return { ok: false, problem: 'has-credentials' };
  const hostPort = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(authority);
  if (!hostPort) return { ok: false, problem: 'invalid' };
  const host = hostPort[1]!.toLowerCase();
  const port = hostPort[2] === undefined ? null : Number(hostPort[2]);
  if (host === '' || (port !== null && (port < 1 || port > 65535))) return { ok: false, problem: 'invalid' };
  if (scheme === 'http' && !isLoopbackHost(host)) return { ok: false, problem: 'not-https' };
  if (rest !== '' && rest !== '/') return { ok: false, problem: 'has-path' };
  const defaultPort = scheme === 'https' ? 443 : 80;
  return { ok: true, origin: `${scheme}://${host}${port === null || port === defaultPort ? '' : `:${port}`}` };
}

export const syncConfigSchema = z.strictObject({
  /** The server's origin, checked by serverOrigin. */
  server: z.string().refine((value) => {
    const checked = serverOrigin(value);
    return checked.ok && checked.origin === value;
  }, 'not a server origin'),
  /** The CouchDB user name (for a JWT, the name it is issued to; shown only). */
  user: z.string().min(1).max(200),
  auth: z.enum(authKinds),
  /** The team's databases are `<team>-events` and `<team>-people`. */
  team: z.string().regex(TEAM_NAME),
  /** Paused by the user: nothing is sent or fetched until resumed. */
  paused: z.boolean(),
});
export type SyncConfig = z.infer<typeof syncConfigSchema>;

export function newSyncConfig(server: string, user: string, auth: AuthKind = 'password', team: string = DEFAULT_TEAM): SyncConfig {
  return syncConfigSchema.parse({ server, user, auth, team, paused: false });
}
