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

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map((directive) => directive.join(' ')).join('; ');

type Headers = Record<string, string[] | string>;

/** `headers` with our CSP in place of any the response brought (matched case-insensitively). */
export function withContentSecurityPolicy(headers: Headers | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

/** Puts the CSP on every response the session receives, whatever served it. */
export function installContentSecurityPolicy(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}
