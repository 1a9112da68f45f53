// No remote content: the app is offline-first and everything it shows is in its own bundle. Any
// request for the network from a page is cancelled, so a bug or an injected link cannot load or
// leak anything. (External links are opened in the user's browser, see navigation.ts.) The one
// exception is the team's sync server, once the user has configured one: exactly its origin.

import type { Session } from 'electron';

/** URL patterns for every network scheme a page could reach. */
export const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

const LOCAL_PROTOCOLS = new Set(['app:', 'data:', 'blob:', 'devtools:', 'chrome-extension:']);

/** Whether a page may fetch `url`: only our own scheme and in-memory URLs. */
export function isLocalRequest(url: string): boolean {
  try {
    return LOCAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Whether `url` goes to exactly the configured sync server (scheme, host and port). */
export function isSyncServerRequest(url: string, syncOrigin: string | null): boolean {
  if (!syncOrigin) return false;
  try {
    const parsed = new URL(url);
    return parsed.origin === syncOrigin && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** Cancels every network request but those to the sync server; `syncOrigin` is read each time. */
export function installRemoteContentBlock(session: Pick<Session, 'webRequest'>, syncOrigin: () => string | null = () => null): void {
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (details, callback) => {
    callback({ cancel: !isLocalRequest(details.url) && !isSyncServerRequest(details.url, syncOrigin()) });
  });
}
