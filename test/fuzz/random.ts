// A small seeded random source for the fuzzers: the same seed makes the same files, so a finding
// can be replayed from the seed and the run number the report gives.

export interface Random {
  /** 0 ≤ n < 1. */
  next(): number;
  /** An integer, min ≤ n ≤ max. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** mulberry32: tiny, fast and good enough to pick mutations. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    chance: (probability) => next() < probability,
  };
}

/** What a fuzz run found: 0 crashes and 0 partial writes is a pass. */
export interface FuzzReport {
  runs: number;
  /** Refused with a typed, worded error, by error code. */
  refused: Record<string, number>;
  accepted: number;
  /** An exception escaped, or an error without a code and words in both languages. */
  crashes: { run: number; mutation: string; error: string }[];
  /** Refused, yet the database changed. */
  partialWrites: { run: number; mutation: string }[];
  /** Runs by mutation, to see that every kind was tried. */
  mutations: Record<string, number>;
  ms: number;
}

export function emptyReport(): FuzzReport {
  return { runs: 0, refused: {}, accepted: 0, crashes: [], partialWrites: [], mutations: {}, ms: 0 };
}

export const count = (tally: Record<string, number>, key: string): void => {
  tally[key] = (tally[key] ?? 0) + 1;
};

/** "Kari", "Linje 1" …: a user-facing text in both languages, not a stack trace or a code. */
export function isWorded(text: unknown): boolean {
  if (typeof text !== 'object' || text === null) return false;
  const { nb, en } = text as { nb?: unknown; en?: unknown };
  return (
    typeof nb === 'string' &&
    typeof en === 'string' &&
    nb.trim().length > 5 &&
    en.trim().length > 5 &&
    nb !== en
  );
}
