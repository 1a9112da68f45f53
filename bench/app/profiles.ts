// Browser profiles holding a seeded database, made once and reused while the seed code, the sizes,
// the server's origin and the day stay the same (open incidents are placed relative to now).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './browser';

export type Seed = { kind: 'open'; incidents: number } | { kind: 'bulk'; incidents: number; events: number };

export interface SeedResult {
  incidents: number;
  events: number;
  notifications: number;
  reminders: number;
  ms: number;
}

export interface Profile {
  dir: string;
  seed: SeedResult;
  /** True when this run seeded it; false when it was reused. */
  fresh: boolean;
}

function keyOf(root: string, seed: Seed, origin: string): string {
  const hash = createHash('sha256');
  for (const file of ['bench/record-data.ts', 'bench/app/seed.ts']) hash.update(readFileSync(join(root, file)));
  hash.update(JSON.stringify({ seed, origin, day: new Date().toISOString().slice(0, 10) }));
  return hash.digest('hex').slice(0, 16);
}

export async function seededProfile(
  root: string,
  cache: string,
  name: string,
  seed: Seed,
  origin: string,
  reseed: boolean,
  log: (line: string) => void,
): Promise<Profile> {
  const dir = join(cache, 'profiles', name);
  const metaFile = join(cache, 'profiles', `${name}.json`);
  const key = keyOf(root, seed, origin);
  if (!reseed && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { key: string; seed: SeedResult };
    if (meta.key === key && existsSync(dir)) return { dir, seed: meta.seed, fresh: false };
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(metaFile, { force: true });
  mkdirSync(dir, { recursive: true });
  const tab = await launch(dir);
  try {
    await tab.page.goto(`${origin}/bench/seed.html`);
    await tab.page.waitForFunction(() => document.title === 'ready');
    const progress = setInterval(() => {
      tab.page
        .title()
        .then((title) => process.stdout.write(`  ${name}: ${title}   \r`))
        .catch(() => undefined);
    }, 5000);
    let result: SeedResult;
    try {
      result = await tab.page.evaluate(
        (s) => {
          const bench = (globalThis as unknown as { bench: Record<string, (...args: number[]) => Promise<SeedResult>> }).bench;
          return s.kind === 'open' ? bench.seedOpen!(s.incidents) : bench.seedBulk!(s.incidents, s.events);
        },
        seed,
      );
    } finally {
      clearInterval(progress);
    }
    log(
      `  seeded ${name}: ${result.incidents.toLocaleString('en')} incidents, ${result.events.toLocaleString('en')} events, ${result.notifications.toLocaleString('en')} notifications in ${(result.ms / 1000).toFixed(1)} s (${Math.round((result.events / result.ms) * 1000).toLocaleString('en')} events/s)${seed.kind === 'open' ? ', one change at a time through the repository' : ', bulk writes of rows sealed by the shared pure steps'}`,
    );
    writeFileSync(metaFile, JSON.stringify({ key, seed: result }));
    return { dir, seed: result, fresh: true };
  } finally {
    await tab.close();
  }
}
