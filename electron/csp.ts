// The Content-Security-Policy of every page and file we serve. Our own files only: no inline or
// evaluated script, no remote anything, no plugins, no framing, no form posts. Vite's build links
// its CSS and scripts as files and React sets styles through the CSSOM, so 'unsafe-inline' is not
// needed for styles; add it here only if a library turns out to inject <style> elements.

import type { Session } from 'electron';

export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'", 'data:', 'blob:'],
  ['font-src', "'self'", 'data:'],
  ['connect-src', "'self'"],
  ['worker-src', "'self'", 'blob:'],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/**
 * The policy, with the team's sync server (an origin checked by shared/sync/config serverOrigin)
 * as the one place besides our own files a page may connect to. Without one, our own files only.
 */
export function contentSecurityPolicy(syncOrigin: string | null = null): string {
  return CSP_DIRECTIVES.map((directive) => (directive[0] === 'connect-src' && syncOrigin ? [...directive, syncOrigin] : directive).join(' ')).join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * index.html as served: its own <meta> policy (for a server that sends none) gets the sync server
 * too, since a page obeys both policies and the stricter would otherwise refuse the server.
 */
export function withSyncOriginInPage(html: string, syncOrigin: string | null): string {
  if (!syncOrigin) return html;
  return html.replace(/(http-equiv="Content-Security-Policy"\s+content="[^"]*connect-src 'self')/, `$1 ${syncOrigin}`);
}

type Headers = Record<string, string[] | string>;

/** `headers` with our CSP in place of any the response brought (matched case-insensitively). */
export function withContentSecurityPolicy(headers: Headers | undefined, syncOrigin: string | null = null): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [contentSecurityPolicy(syncOrigin)];
  return result;
}

/** Puts the CSP on every response the session receives, whatever served it; `syncOrigin` is read each time. */
export function installContentSecurityPolicy(session: Pick<Session, 'webRequest'>, syncOrigin: () => string | null = () => null): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, syncOrigin()) });
  });
}
