// A page of ours can never be replaced by another: navigation and redirects away from app:// are
// cancelled, no window is ever opened, <webview> is refused. A web link the user clicks is handed to
// their own browser, but only an http(s) URL that parses, so no file:, javascript: or custom scheme
// reaches the OS, and only once the user has said yes (external-links.ts).

import type { WebContents } from 'electron';
import { isAppUrl } from './app-protocol';

/**
 * Opens `value` in the user's browser when it is an http(s) URL without credentials in it.
 * Returns whether it did. `open` asks the user, then calls shell.openExternal (external-links.ts);
 * a fake in tests.
 */
export function openExternalUrl(value: unknown, open: (url: string) => Promise<void>): boolean {
  if (typeof value !== 'string' || value.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  // Fire and forget: a browser that fails to start is not the page's business.
  open(url.href).catch(() => undefined);
  return true;
}

export interface NavigationDeps {
  openExternal(url: string): Promise<void>;
}

interface PreventableEvent {
  preventDefault(): void;
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Our own pages may move between each other; anything else is cancelled (and, if web, opened outside). */
export function guardNavigation(event: PreventableEvent, url: string, deps: NavigationDeps): void {
  if (isAppUrl(url)) return;
  event.preventDefault();
  openExternalUrl(url, deps.openExternal);
}

export function installNavigationGuards(contents: GuardedContents, deps: NavigationDeps): void {
  contents.on('will-navigate', (event, url) => guardNavigation(event, url, deps));
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event, webPreferences) => {
    // Never used; strip what a <webview> could bring and refuse it.
    delete webPreferences.preload;
    webPreferences.nodeIntegration = false;
    webPreferences.contextIsolation = true;
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalUrl(url, deps.openExternal);
    return { action: 'deny' };
  });
}

/** Guards every web contents the app ever creates, windows and frames alike. */
export function installNavigationGuardsOnAll(
  app: {
    on(event: 'web-contents-created', listener: (event: unknown, contents: WebContents) => void): unknown;
  },
  deps: NavigationDeps,
): void {
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents, deps));
}
