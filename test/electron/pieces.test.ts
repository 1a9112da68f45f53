import { describe, expect, it, vi } from 'vitest';
import { createTokens, endWithPage, type Held } from '../../electron/pieces';

describe('the files a page began', () => {
  it.each(['did-navigate', 'render-process-gone', 'destroyed'] as const)('end when the page is gone (%s)', (event) => {
    const listeners = new Map<string, () => void>();
    const end = vi.fn();
    endWithPage({ on: (name, listener) => listeners.set(name, listener) }, end);
    expect(end).not.toHaveBeenCalled();
    listeners.get(event)!();
    expect(end).toHaveBeenCalledTimes(1);
  });

  it('do not end when only the route changes (in-page navigation is not listened to)', () => {
    const events: string[] = [];
    endWithPage({ on: (name) => events.push(name) }, vi.fn());
    expect(events.sort()).toEqual(['destroyed', 'did-navigate', 'render-process-gone']);
  });
});

describe('tokens for what a page holds', () => {
  function tokens(most = 4) {
    let count = 0;
    const ended: string[] = [];
    const table = createTokens<Held & { name: string }>({
      newToken: () => `token-${++count}`,
      most,
      end: (held) => {
        ended.push(held.name);
        return Promise.resolve();
      },
    });
    return { table, ended };
  }

  it('end what they held only after the piece in hand, and die at once', async () => {
    const { table, ended } = tokens();
    let finishPiece: () => void = () => undefined;
    const token = (await table.add({ name: 'backup', pending: new Promise((resolve) => (finishPiece = resolve)) }, table.page()))!;
    const ending = table.end(token);
    expect(table.get(token)).toBeUndefined();
    await Promise.resolve();
    expect(ended).toEqual([]);
    expect(table.idle()).toBe(false);
    finishPiece();
    await ending;
    expect(ended).toEqual(['backup']);
    expect(table.idle()).toBe(true);
  });

  it('are not handed out to a page that has gone since it asked', async () => {
    const { table, ended } = tokens();
    const asked = table.page();
    await table.endAll();
    expect(await table.add({ name: 'late', pending: null }, asked)).toBeNull();
    expect(ended).toEqual(['late']);
    expect(table.idle()).toBe(true);
    expect(await table.add({ name: 'next', pending: null }, table.page())).toEqual(expect.any(String));
  });

  it('end the oldest when a page holds more than it may', async () => {
    const { table, ended } = tokens(2);
    const first = (await table.add({ name: 'first', pending: null }, table.page()))!;
    await table.add({ name: 'second', pending: null }, table.page());
    await table.add({ name: 'third', pending: null }, table.page());
    await table.endAll();
    expect(ended).toEqual(['first', 'second', 'third']);
    expect(table.get(first)).toBeUndefined();
  });

  it('wait for work tracked on a taken file, even work that fails', async () => {
    const { table, ended } = tokens();
    const token = (await table.add({ name: 'finished', pending: null }, table.page()))!;
    expect(table.take(token)?.name).toBe('finished');
    let fail: (error: Error) => void = () => undefined;
    const tracked = table.track(new Promise((_resolve, reject) => (fail = reject)));
    expect(table.idle()).toBe(false);
    fail(new Error('EIO'));
    await expect(tracked).resolves.toBeUndefined();
    await table.endAll();
    expect(table.idle()).toBe(true);
    expect(ended).toEqual([]);
  });
});
