import { DESIGN_DOC_ID, isOurDesign } from './design';
import { problemOfError, problemOfStatus, type SyncProblem } from './problems';
import { accessFromRoles, teamDatabases, type SyncAccess } from './roles';
import type { SyncConfig } from './config';

// Testing a connection before anything is synced: who the server says the user is, what the user's
// roles let this installation hold, and whether the team's databases carry this Avvik's rules. The
// page runs it with its own fetch; the desktop app's main process runs it for a server the window's
// policy does not allow yet (electron/sync.ts), so the test can come before the server is allowed.

export type ConnectionResult = { ok: true; user: string; access: SyncAccess } | { ok: false; problem: SyncProblem };

/** A GET with these headers; the answer's status and body. Kept this small so both sides can give one. */
export type ConnectionFetch = (url: string, headers: Record<string, string>) => Promise<{ status: number; json(): Promise<unknown> }>;

async function getJson(url: string, authorization: string, fetcher: ConnectionFetch): Promise<{ status: number; body: unknown }> {
  const response = await fetcher(url, { authorization, accept: 'application/json' });
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return { status: response.status, body };
}

/** Asks the server who the user is and checks the team's databases; sends nothing of the record. */
export async function testConnection(config: Pick<SyncConfig, 'server' | 'team'>, authorization: string, fetcher: ConnectionFetch): Promise<ConnectionResult> {
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
