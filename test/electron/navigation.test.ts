import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import {
  installNavigationGuards,
  installNavigationGuardsOnAll,
  openExternalUrl,
} from '../../electron/navigation';

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: typeof windowOpenHandler) => {
      windowOpenHandler = handler;
    },
  };
  const openExternal = vi.fn(() => Promise.resolve());
  installNavigationGuards(contents as unknown as WebContents, { openExternal });
  const emit = (event: string, ...args: unknown[]) => {
    const preventDefault = vi.fn();
    listeners.get(event)!({ preventDefault, url: args[0] }, ...args);
    return preventDefault;
  };
  return { emit, openExternal, openWindow: (url: string) => windowOpenHandler!({ url }) };
}

describe('a page of ours cannot be replaced', () => {
  it('lets the app move between its own pages', () => {
    const { emit, openExternal } = fakeContents();
    expect(emit('will-navigate', 'app://avvik/index.html#/incidents/1')).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('cancels navigation to the web and opens the link in the browser instead', () => {
    const { emit, openExternal } = fakeContents();
    expect(emit('will-navigate', 'https://www.datatilsynet.no/')).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://www.datatilsynet.no/');
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://evil/index.html',
    'chrome://settings',
    'data:text/html,<h1>x',
  ])('cancels navigation to %s and opens nothing', (url) => {
    const { emit, openExternal } = fakeContents();
    expect(emit('will-navigate', url)).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('cancels redirects away from the app', () => {
    const { emit } = fakeContents();
    expect(emit('will-redirect', 'https://evil.example/')).toHaveBeenCalled();
    expect(emit('will-redirect', 'app://avvik/index.html')).not.toHaveBeenCalled();
  });

  it('cancels a frame navigating away from the app', () => {
    const { emit } = fakeContents();
    expect(emit('will-frame-navigate', 'https://evil.example/')).toHaveBeenCalled();
  });

  it('never opens a window; a web link goes to the browser', () => {
    const { openWindow, openExternal } = fakeContents();
    expect(openWindow('https://altinn.no/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://altinn.no/');
    expect(openWindow('app://avvik/index.html')).toEqual({ action: 'deny' });
    expect(openWindow('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses a <webview> and strips what it would bring', () => {
    const listeners = new Map<string, Listener>();
    const contents = {
      on: (event: string, l: Listener) => listeners.set(event, l),
      setWindowOpenHandler: vi.fn(),
    };
    installNavigationGuards(contents as unknown as WebContents, { openExternal: vi.fn() });
    const preventDefault = vi.fn();
    const webPreferences: Record<string, unknown> = {
      preload: '/evil.js',
      nodeIntegration: true,
      contextIsolation: false,
    };
    listeners.get('will-attach-webview')!({ preventDefault }, webPreferences, {});
    expect(preventDefault).toHaveBeenCalled();
    expect(webPreferences).toEqual({ nodeIntegration: false, contextIsolation: true });
  });

  it('guards every web contents the app creates', () => {
    const on = vi.fn();
    installNavigationGuardsOnAll({ on }, { openExternal: vi.fn() });
    expect(on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    (on.mock.calls[0]![1] as Listener)({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on.mock.calls.map((call) => call[0])).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
  });
});

describe('opening an external link', () => {
  it('opens http and https URLs, as parsed', async () => {
    const open = vi.fn(() => Promise.resolve());
    expect(openExternalUrl('https://www.datatilsynet.no/avvik', open)).toBe(true);
    expect(openExternalUrl('HTTP://Example.COM', open)).toBe(true);
    expect(open.mock.calls).toEqual([['https://www.datatilsynet.no/avvik'], ['http://example.com/']]);
  });

  it.each([
    ['a number', 42],
    ['an object', { href: 'https://x.example' }],
    ['not a URL', 'not a url'],
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['file:', 'file:///etc/passwd'],
    ['a Windows share', '\\\\server\\share\\evil.exe'],
    ['smb:', 'smb://server/share'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['credentials in the URL', 'https://user:secret@example.com/'],
    ['an enormous URL', `https://example.com/${'a'.repeat(10_000)}`],
  ])('refuses %s', (_name, value) => {
    const open = vi.fn(() => Promise.resolve());
    expect(openExternalUrl(value, open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('does not fail when the browser cannot be started', () => {
    const open = vi.fn(() => Promise.reject(new Error('no browser')));
    expect(openExternalUrl('https://example.com', open)).toBe(true);
  });
});
