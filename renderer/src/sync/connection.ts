import type { SyncConfig } from '../../../shared/sync/config';
import { DESIGN_DOC_ID, isOurDesign } from '../../../shared/sync/design';
import { problemOfError, problemOfStatus, type SyncProblem } from '../../../shared/sync/problems';
import { accessFromRoles, teamDatabases, type SyncAccess } from '../../../shared/sync/roles';

// Testing a connection before anything is synced: who the server says the user is, what the user's
// roles let this installation hold, and whether the team's databases carry this Avvik's rules.

export type Credentials = { kind: 'password'; user: string; password: string } | { kind: 'jwt'; token: string };

/** The Authorization header for the credentials (CouchDB basic auth, or the customer's JWT). */
export function authorizationHeader(credentials: Credentials): string {
  if (credentials.kind === 'jwt') return `Bearer ${credentials.token}`;
  const bytes = new TextEncoder().encode(`${credentials.user}:${credentials.password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

export type ConnectionResult = { ok: true; user: string; access: SyncAccess } | { ok: false; problem: SyncProblem };

async function getJson(url: string, authorization: string, fetcher: typeof fetch): Promise<{ status: number; body: unknown }> {
  const response = await fetcher(url, { headers: { authorization, accept: 'application/json' }, credentials: 'omit', cache: 'no-store' });
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return { status: response.status, body };
}

/** Asks the server who the user is and checks the team's databases; sends nothing of the record. */
export async function testConnection(config: Pick<SyncConfig, 'server' | 'team'>, authorization: string, fetcher: typeof fetch = fetch): Promise<ConnectionResult> {
  try {
    const session = await getJson(`${config.server}/_session`, authorization, fetcher);
    const problem = problemOfStatus(session.status);
    if (problem) return { ok: false, problem: problem === 'not-set-up' ? 'server-error' : problem };
    const ctx = (session.body as { userCtx?: { name?: unknown; roles?: unknown } } | null)?.userCtx;
    if (!ctx || typeof ctx.name !== 'string' || !Array.isArray(ctx.roles)) return { ok: false, problem: 'unauthorized' };
    const access = accessFromRoles(ctx.roles.filter((r): r is string => typeof r === 'string'));
    if (!access) return { ok: false, problem: 'no-role' };
    const databases = teamDatabases(config.team);
    const wanted: ['events' | 'people', string][] = [['events', databases.events]];
    if (access.people) wanted.push(['people', databases.people]);
    for (const [kind, name] of wanted) {
      const design = await getJson(`${config.server}/${encodeURIComponent(name)}/${DESIGN_DOC_ID}`, authorization, fetcher);
      const failed = problemOfStatus(design.status);
      if (failed) return { ok: false, problem: failed };
      if (!isOurDesign(design.body, kind)) return { ok: false, problem: 'other-rules' };
    }
    return { ok: true, user: ctx.name, access };
  } catch (error) {
    return { ok: false, problem: problemOfError(error) };
  }
}
