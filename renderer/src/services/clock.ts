import { useCallback, useState, useSyncExternalStore } from 'react';
import { useServices } from './context';

// One clock for the whole app: a single timer per interval, shared by every component that shows
// the time. Each component reads the clock through its own selector (the text of its countdown, a
// state) and re-renders only when that value changes, so a second that passes costs a few string
// comparisons per row, not a render of every row.

interface Ticker {
  current: Date;
  listeners: Set<() => void>;
  timer: ReturnType<typeof setInterval> | null;
}

const tickers = new WeakMap<() => Date, Map<number, Ticker>>();

function tickerFor(now: () => Date, intervalMs: number): Ticker {
  let byInterval = tickers.get(now);
  if (!byInterval) tickers.set(now, (byInterval = new Map()));
  let ticker = byInterval.get(intervalMs);
  if (!ticker) byInterval.set(intervalMs, (ticker = { current: now(), listeners: new Set(), timer: null }));
  return ticker;
}

/** The ticker's time; one left idle (nobody subscribed) catches up first, at most once an interval. */
function fresh(ticker: Ticker, now: () => Date, intervalMs: number): Date {
  if (ticker.timer === null) {
    const current = now();
    if (Math.abs(current.getTime() - ticker.current.getTime()) >= intervalMs) ticker.current = current;
  }
  return ticker.current;
}

function subscribe(ticker: Ticker, now: () => Date, intervalMs: number, listener: () => void): () => void {
  if (ticker.listeners.size === 0) {
    // Idle until now: catch up (if an interval has passed) before the first tick.
    fresh(ticker, now, intervalMs);
    ticker.timer = setInterval(() => {
      ticker.current = now();
      for (const notify of [...ticker.listeners]) notify();
    }, intervalMs);
  }
  ticker.listeners.add(listener);
  return () => {
    ticker.listeners.delete(listener);
    if (ticker.listeners.size === 0 && ticker.timer !== null) {
      clearInterval(ticker.timer);
      ticker.timer = null;
    }
  };
}

/**
 * A value computed from the current time, refreshed every `intervalMs`. The component re-renders
 * only when `select` gives a different value (compared with Object.is): return text, numbers or
 * the Date itself, never a new object.
 */
export function useClock<T>(select: (now: Date) => T, intervalMs = 1000): T {
  const { now } = useServices();
  const ticker = tickerFor(now, intervalMs);
  // The same subscribe function while the clock is the same: a new one would make React
  // unsubscribe and subscribe again on every render.
  const subscribeToTicker = useCallback(
    (listener: () => void) => subscribe(ticker, now, intervalMs, listener),
    [ticker, now, intervalMs],
  );
  return useSyncExternalStore(subscribeToTicker, () => select(fresh(ticker, now, intervalMs)));
}

interface Held<T> {
  key: unknown;
  value: T;
  from: number;
  until: number;
}

/**
 * useClock for a value that stays the same until a known instant (a countdown's words change once
 * a minute): `compute` gives the value and the instant (ms) from which it may differ; until then a
 * tick costs one comparison. `key` stands for the inputs (compared with Object.is): when it
 * changes, the value is computed afresh.
 */
export function useClockUntil<T>(key: unknown, compute: (now: Date) => { value: T; until: number }, intervalMs = 1000): T {
  const [held] = useState<{ current: Held<T> | null }>(() => ({ current: null }));
  return useClock((now) => {
    const t = now.getTime();
    const last = held.current;
    if (last && Object.is(last.key, key) && t >= last.from && t < last.until) return last.value;
    const { value, until } = compute(now);
    held.current = { key, value, from: t, until };
    return value;
  }, intervalMs);
}

const itself = (now: Date) => now;

/** The current time, refreshed every `intervalMs`: for screens that redraw with the clock. */
export function useNow(intervalMs = 1000): Date {
  return useClock(itself, intervalMs);
}
