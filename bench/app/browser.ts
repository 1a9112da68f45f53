// Chromium for the app benchmark, launched as the end-to-end tests launch it, with probes in the
// page: long tasks (to find when the page answers), the last click and change (to time from the
// user's action), first contentful paint, and CDP Performance metrics (CPU time of the main thread).
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../../test/e2e/support/chromium';

interface PageProbe {
  longTasks: [number, number][];
  clickAt: number | null;
  changeAt: number | null;
}
declare global {
  interface Window {
    __bench: PageProbe;
  }
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** A browser on `profile` (kept between launches: that is where the seeded database lives). */
export async function launch(profile: string): Promise<Tab> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser(),
    headless: true,
    args: BROWSER_ARGS,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    viewport: { width: 1280, height: 860 },
  });
  await context.addInitScript(() => {
    const probe: PageProbe = { longTasks: [], clickAt: null, changeAt: null };
    window.__bench = probe;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
    addEventListener('click', () => (probe.clickAt = performance.now()), true);
    addEventListener('change', () => (probe.changeAt = performance.now()), true);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(600_000);
  // AVVIK_BENCH_CONSOLE=1 shows what the page logs (timings put in while looking for a cost).
  if (process.env.AVVIK_BENCH_CONSOLE === '1') page.on('console', (message) => console.log(`    [page] ${message.text()}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp, close: () => context.close() };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CDP Performance metrics: Timestamp, TaskDuration, ScriptDuration … (seconds). */
export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * Waits until `predicate` holds in the page (checked at once and on every DOM change) and returns
 * the page's clock at that moment.
 */
export async function when(page: Page, predicate: string, arg: unknown = null): Promise<number> {
  // Built here and serialised into the page by playwright (the page's CSP forbids eval there).
  const wait = new Function(
    'arg',
    `return new Promise((resolve) => {
      const holds = (${predicate});
      const observer = new MutationObserver(() => {
        if (holds(arg)) { observer.disconnect(); resolve(performance.now()); }
      });
      if (holds(arg)) resolve(performance.now());
      else observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });`,
  ) as (arg: unknown) => Promise<number>;
  return page.evaluate(wait, arg);
}

/**
 * When the page answers after `from`: the end of the last long task (> 50 ms) before the first
 * `quietMs` without one. Waits (up to `timeoutMs`) until such a window has passed.
 */
export async function usableAfter(page: Page, from: number, quietMs = 500, timeoutMs = 120_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { now, tasks } = await page.evaluate(() => ({ now: performance.now(), tasks: window.__bench.longTasks }));
    let ready = from;
    for (const [start, duration] of [...tasks].sort((a, b) => a[0] - b[0])) {
      if (start + duration <= ready) continue;
      if (start - ready >= quietMs) break;
      ready = Math.max(ready, start + duration);
    }
    if (now - ready >= quietMs) return ready;
    if (Date.now() > deadline) throw new Error(`the page did not settle within ${timeoutMs / 1000} s`);
    await sleep(100);
  }
}

/** The longest task on the main thread between two instants of the page's clock. */
export async function longestTask(page: Page, from: number, to: number): Promise<number> {
  const tasks = await page.evaluate(() => window.__bench.longTasks);
  return Math.max(0, ...tasks.filter(([start, d]) => start + d > from && start < to).map(([, d]) => d));
}

export async function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
}

/** The JavaScript files the page fetched before `until` (its clock), as paths on the server. */
export async function scriptsBefore(page: Page, until: number): Promise<string[]> {
  return page.evaluate(
    (t) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= t && /\.m?js$/.test(new URL(e.name).pathname))
        .map((e) => new URL(e.name).pathname),
    until,
  );
}

/** Share of one core the page's main thread was busy over `seconds`, from CDP's TaskDuration. */
export interface Busy {
  /** Everything on the main thread. */
  task: number;
  script: number;
  layout: number;
  style: number;
}

export async function busyShare(cdp: CDPSession, seconds: number): Promise<Busy> {
  const before = await metrics(cdp);
  await sleep(seconds * 1000);
  const after = await metrics(cdp);
  const wall = after.Timestamp! - before.Timestamp!;
  const share = (name: string) => (after[name]! - before[name]!) / wall;
  return { task: share('TaskDuration'), script: share('ScriptDuration'), layout: share('LayoutDuration'), style: share('RecalcStyleDuration') };
}

export interface HotFunction {
  name: string;
  selfMs: number;
}

/** Starts sampling the page's JavaScript (CDP Profiler), every 200 µs. */
export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

/** Stops sampling; the functions with the most self time, with where they are. */
export async function stopProfile(cdp: CDPSession, top = 10): Promise<HotFunction[]> {
  const { profile } = await cdp.send('Profiler.stop');
  const byNode = new Map<number, number>();
  profile.samples?.forEach((node, i) => byNode.set(node, (byNode.get(node) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    const file = url.split('/').pop() ?? '';
    const name = `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
    byName.set(name, (byName.get(name) ?? 0) + (byNode.get(node.id) ?? 0) / 1000);
  }
  return [...byName.entries()]
    .map(([name, selfMs]) => ({ name, selfMs }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}

/** The processes under `root` (itself included), from /proc: Linux only, as the benchmark machine. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid …": the command may hold spaces and brackets, so read after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

function rssOf(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The browser process of a profile (the one without a --type), or null. */
function browserPid(profile: string): number | null {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (args.includes(`--user-data-dir=${profile}`) && !args.some((arg) => arg.startsWith('--type='))) return Number(name);
    } catch {
      // gone meanwhile
    }
  }
  return null;
}

/**
 * Resident memory of a profile's browser, sampled: all its processes together, and the largest
 * one (the page's renderer, which holds its workers too), at their peaks per phase the page names.
 */
export function memorySampler(profile: string, phaseOf: () => Promise<string>, everyMs = 200) {
  const root = browserPid(profile);
  const peaks = new Map<string, { all: number; largest: number }>();
  let stopped = false;
  const loop = (async () => {
    while (!stopped && root !== null) {
      const sizes = processTree(root).map(rssOf);
      const phase = await phaseOf().catch(() => 'unknown');
      const peak = peaks.get(phase) ?? { all: 0, largest: 0 };
      peaks.set(phase, { all: Math.max(peak.all, sizes.reduce((a, b) => a + b, 0)), largest: Math.max(peak.largest, ...sizes) });
      await sleep(everyMs);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return peaks;
    },
  };
}
