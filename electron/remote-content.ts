// No remote content: the app is offline-first and everything it shows is in its own bundle. Any
// request for the network from a page is cancelled, so a bug or an injected link cannot load or
// leak anything. (External links are opened in the user's browser, see navigation.ts.)

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

export function installRemoteContentBlock(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (details, callback) => {
    callback({ cancel: !isLocalRequest(details.url) });
  });
}
