// What can stand in the way of syncing, each said in words the user can act on
// (shared/i18n/messages/sync.ts: 'sync.problem.<code>').

export const syncProblems = [
  /** No answer: the network, the address, or (in a browser) a page not allowed to reach it. */
  'unreachable',
  /** The server did not accept the user name and password, or the token. */
  'unauthorized',
  /** The user has no Avvik role on the server. */
  'no-role',
  /** The user may not read the team's database. */
  'forbidden',
  /** The team's databases, or their rules, are not on the server. */
  'not-set-up',
  /** The server's rules are not this Avvik's (another version). */
  'other-rules',
  /** The server refused records this laptop sent (its rules). */
  'refused-by-server',
  /** The server failed (5xx) or answered what no CouchDB answers. */
  'server-error',
  /** The password or token is not kept here any more (a browser forgets it when closed). */
  'no-credentials',
] as const;
export type SyncProblem = (typeof syncProblems)[number];

/** The problem an HTTP answer from the server means, or null for none. */
export function problemOfStatus(status: number): SyncProblem | null {
  if (status >= 200 && status < 300) return null;
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-set-up';
  return 'server-error';
}

/** The problem behind an error PouchDB or fetch reported. */
export function problemOfError(error: unknown): SyncProblem {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { status?: unknown; name?: unknown };
  if (typeof e.status === 'number' && e.status > 0) return problemOfStatus(e.status) ?? 'server-error';
  return 'unreachable';
}
