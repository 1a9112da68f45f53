import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import {
  installRemoteContentBlock,
  isLocalRequest,
  NETWORK_URL_PATTERNS,
} from '../../electron/remote-content';

describe('no remote content', () => {
  it.each(['app://avvik/assets/index.js', 'data:image/png;base64,AAAA', 'blob:app://avvik/1234'])(
    'lets %s load',
    (url) => {
      expect(isLocalRequest(url)).toBe(true);
    },
  );

  it.each([
    'https://cdn.example/react.js',
    'http://127.0.0.1:5173/',
    'wss://tracker.example/',
    'ftp://x/',
    'nonsense',
  ])('refuses %s', (url) => {
    expect(isLocalRequest(url)).toBe(false);
  });

  it('cancels every network request a page makes', () => {
    const onBeforeRequest = vi.fn();
    installRemoteContentBlock({ webRequest: { onBeforeRequest } } as unknown as Session);
    expect(onBeforeRequest.mock.calls[0]![0]).toEqual({ urls: NETWORK_URL_PATTERNS });
    const listener = onBeforeRequest.mock.calls[0]![1] as (
      details: { url: string },
      callback: (r: unknown) => void,
    ) => void;
    const callback = vi.fn();
    listener({ url: 'https://fonts.googleapis.com/css' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});
