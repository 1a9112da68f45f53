import type { SyncConfig } from '../../../shared/sync/config';
import { testConnection as testShared, type ConnectionFetch, type ConnectionResult } from '../../../shared/sync/connection';

export type Credentials = { kind: 'password'; user: string; password: string } | { kind: 'jwt'; token: string };

/** The Authorization header for the credentials (CouchDB basic auth, or the customer's JWT). */
export function authorizationHeader(credentials: Credentials): string {
  if (credentials.kind === 'jwt') return `Bearer ${credentials.token}`;
  const bytes = new TextEncoder().encode(`${credentials.user}:${credentials.password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

export type { ConnectionResult } from '../../../shared/sync/connection';

/** The page's own fetch, as the connection test asks: no cookies, nothing cached. */
export const pageFetch: ConnectionFetch = (url, headers) => fetch(url, { headers, credentials: 'omit', cache: 'no-store' });

/** Tests the connection from the page (see shared/sync/connection). */
export function testConnection(config: Pick<SyncConfig, 'server' | 'team'>, authorization: string, fetcher: ConnectionFetch = pageFetch): Promise<ConnectionResult> {
  return testShared(config, authorization, fetcher);
}
