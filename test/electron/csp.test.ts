import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  installContentSecurityPolicy,
  withContentSecurityPolicy,
} from '../../electron/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('the Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows our own files only, by default and for scripts, styles and connections', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('allows inline images and fonts, and workers from blobs', () => {
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('font-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
  });

  it('forbids plugins, base URLs, form posts and being framed', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('never allows evaluated or inline script, nor any remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|wss?:/);
  });

  it('replaces whatever policy a response brought, in any letter case, and keeps the other headers', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ['default-src *'],
      'Content-Type': ['text/html'],
      'X-Single': 'one',
    });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(headers['X-Single']).toEqual(['one']);
  });

  it('is put on every response of the session', () => {
    let listener:
      | ((
          details: { responseHeaders?: Record<string, string[]> },
          callback: (response: unknown) => void,
        ) => void)
      | undefined;
    const session = { webRequest: { onHeadersReceived: vi.fn((l) => (listener = l)) } } as unknown as Session;
    installContentSecurityPolicy(session);
    const callback = vi.fn();
    listener!({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
});
