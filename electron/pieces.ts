// What saving and opening files in pieces share: the tokens the page holds for what it began, the
// work still running on a file after the page has let go of it, and the page's going away, which
// ends everything it had begun.

/** Something held for the page by a token: a save or an opened file. */
export interface Held {
  /** The piece being written or read; ending waits for it before the file is closed. */
  pending: Promise<void> | null;
}

export interface TokenOptions<T> {
  /** A fresh random token (a UUID). */
  newToken(): string;
  /** How many may be held at once; one more ends the oldest (a page that forgets to finish). */
  most: number;
  /** Closes and cleans up what a token held, once the token is dead. */
  end(held: T): Promise<void>;
  /**
   * Ends a token not used for this long (no piece asked for since): a page that stopped without
   * saying so (hung, or a bug that lost the promise) would otherwise hold its file until it
   * reloads or the app quits. A piece still in hand is not idleness; the wait starts after it.
   */
  idleMs?: number;
}

export function createTokens<T extends Held>(options: TokenOptions<T>): {
  /** The page now; a dialog opened now ends after the page may have gone. */
  page(): number;
  /**
   * Holds `held` under a new token, or ends it and answers null when the page that asked (`page`,
   * as page() said when it asked) has gone since: no token outlives its page.
   */
  add(held: T, page: number): Promise<string | null>;
  /** What a token holds; using it starts its idle wait again. */
  get(token: string): T | undefined;
  /** Takes out what a token holds without ending it: the token dies, the caller finishes it. */
  take(token: string): T | undefined;
  /** The token dies at once; what it held is ended after its piece in hand. Never rejects. */
  end(token: string): Promise<void>;
  /** Remembers work on a file taken out, so that endAll and idle wait for it. Never rejects. */
  track(work: Promise<unknown>): Promise<void>;
  /** Ends everything (the page is gone); settles when every file is closed and cleaned up. */
  endAll(): Promise<void>;
  /** Nothing is held and no work on a file is running. */
  idle(): boolean;
} {
  const held = new Map<string, T>();
  const running = new Set<Promise<void>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let pages = 0;

  /** (Re)starts the token's idle wait; when it runs out, the token ends. */
  const watch = (token: string): void => {
    const { idleMs } = options;
    if (idleMs === undefined || !held.has(token)) return;
    clearTimeout(timers.get(token));
    const timer = setTimeout(() => {
      timers.delete(token);
      const value = held.get(token);
      if (!value) return;
      if (value.pending) void value.pending.then(() => watch(token));
      else void end(token);
    }, idleMs);
    // The wait alone keeps no process alive.
    timer.unref?.();
    timers.set(token, timer);
  };

  const track = (work: Promise<unknown>): Promise<void> => {
    const quiet = work.then(
      () => undefined,
      () => undefined,
    );
    running.add(quiet);
    void quiet.then(() => running.delete(quiet));
    return quiet;
  };

  const take = (token: string): T | undefined => {
    const taken = held.get(token);
    held.delete(token);
    clearTimeout(timers.get(token));
    timers.delete(token);
    return taken;
  };

  const end = (token: string): Promise<void> => {
    const taken = take(token);
    if (!taken) return Promise.resolve();
    return track(
      (async () => {
        await taken.pending;
        await options.end(taken);
      })(),
    );
  };

  return {
    page: () => pages,
    add: async (value, page) => {
      const token = options.newToken();
      held.set(token, value);
      if (page !== pages) {
        await end(token);
        return null;
      }
      if (held.size > options.most) void end(held.keys().next().value!);
      watch(token);
      return token;
    },
    get: (token) => {
      const value = held.get(token);
      if (value) watch(token);
      return value;
    },
    take,
    end,
    track,
    endAll: async () => {
      pages++;
      await Promise.all([...held.keys()].map(end));
      await Promise.all([...running]);
    },
    idle: () => held.size === 0 && running.size === 0,
  };
}

export interface PageContentsLike {
  on(event: 'did-navigate' | 'render-process-gone' | 'destroyed', listener: () => void): unknown;
}

/**
 * Calls `end` whenever the page that held tokens is gone: it loaded again (a reload, a new page;
 * not a change of the #route, which Electron does not report as did-navigate), it crashed, or its
 * window closed. Its saves are then abandoned and its files closed, so no token outlives its page.
 */
export function endWithPage(contents: PageContentsLike, end: () => void): void {
  contents.on('did-navigate', end);
  contents.on('render-process-gone', end);
  contents.on('destroyed', end);
}
