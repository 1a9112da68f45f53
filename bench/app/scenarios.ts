// What the app benchmark does in the browser, one function a scenario; each returns raw figures
// of one run, the caller takes medians. Times are on the page's clock (ms since navigation).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { translate } from '../../shared/i18n';
import {
  busyShare,
  firstContentfulPaint,
  launch,
  memorySampler,
  longestTask,
  metrics,
  scriptsBefore,
  sleep,
  startProfile,
  stopProfile,
  usableAfter,
  when,
  type Busy,
  type HotFunction,
  type Tab,
} from './browser';
import { gzipSize } from './site';
import { startTrace, stopTrace, type PhaseProfile } from './trace';

export interface StartRun {
  /** DOM shows what the screen is for (the bare page's heading, the dashboard's rows). */
  content: number;
  usable: number;
  fcp: number;
  /** Main-thread script time until usable (CDP ScriptDuration). */
  script: number;
  /** JavaScript fetched before the content showed, gzipped. */
  jsGzip: number;
  scripts: string[];
  /** Share of a core the page uses at rest afterwards (the countdown tick). */
  tick: number | null;
  /** The same, by kind of work. */
  tickParts: Busy | null;
  /** With `profile`: the hottest functions until usable, and during the tick. */
  hot?: { start: HotFunction[]; tick: HotFunction[] };
}

/**
 * The dashboard shows its `count` rows: all in the DOM, or (a virtualised table) the table counts
 * them in aria-rowcount and the first are in the DOM.
 */
const rowsShown = (count: number) => `() => {
  const table = document.querySelector('table.incidents');
  if (!table) return false;
  const counted = table.getAttribute('aria-rowcount');
  return counted
    ? Number(counted) - 1 >= ${count} && table.querySelector('[data-testid="incident-row"]')
    : table.querySelectorAll('[data-testid="incident-row"]').length >= ${count};
}`;

async function measureStart(tab: Tab, site: string, url: string, predicate: string, tickSeconds: number, profile = false): Promise<StartRun> {
  if (profile) await startProfile(tab.cdp);
  await tab.page.goto(url);
  const content = await when(tab.page, predicate);
  const usable = await usableAfter(tab.page, content);
  const script = (await metrics(tab.cdp)).ScriptDuration! * 1000;
  const fcp = await firstContentfulPaint(tab.page);
  const scripts = await scriptsBefore(tab.page, content);
  const jsGzip = scripts.reduce((sum, path) => sum + gzipSize(site, path), 0);
  const startHot = profile ? await stopProfile(tab.cdp) : [];
  let tickParts: Busy | null = null;
  let tickHot: HotFunction[] = [];
  if (tickSeconds > 0) {
    await sleep(2000);
    if (profile) await startProfile(tab.cdp);
    tickParts = await busyShare(tab.cdp, tickSeconds);
    if (profile) tickHot = await stopProfile(tab.cdp);
  }
  return { content, usable, fcp, script, jsGzip, scripts, tick: tickParts?.task ?? null, tickParts, ...(profile ? { hot: { start: startHot, tick: tickHot } } : {}) };
}

/** The bare Vite + React page, in a browser with an empty profile. */
export async function bareStart(origin: string, site: string, tickSeconds: number): Promise<StartRun> {
  const profile = mkdtempSync(join(tmpdir(), 'avvik-bench-bare-'));
  const tab = await launch(profile);
  try {
    return await measureStart(tab, site, `${origin}/bench/bare.html`, `() => document.querySelector('h1')`, tickSeconds);
  } finally {
    await tab.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The app opening on its dashboard with `rows` open incidents, until they show and it answers. */
export async function appStart(
  origin: string,
  site: string,
  profileDir: string,
  rows: number,
  tickSeconds: number,
  profile = false,
): Promise<StartRun> {
  const tab = await launch(profileDir);
  try {
    return await measureStart(tab, site, `${origin}/`, rows === 0 ? `() => document.querySelector('.empty')` : rowsShown(rows), tickSeconds, profile);
  } finally {
    await tab.close();
  }
}

export interface RawRun {
  ms: number;
  rows: number;
}

/** A raw Dexie query on the profile's database, from the seed page (a fresh page each time). */
export async function rawQuery(page: Page, origin: string, kind: 'register' | 'filter-high' | 'dashboard'): Promise<RawRun> {
  await page.goto(`${origin}/bench/seed.html`);
  await page.waitForFunction(() => document.title === 'ready');
  return page.evaluate((k) => (globalThis as unknown as { bench: { raw(kind: string): Promise<RawRun> } }).bench.raw(k), kind);
}

export interface RegisterRun {
  /** Click on the register's link → first row in the DOM. */
  table: number;
  /** Click → the page answers (no long task for 500 ms). */
  usable: number;
  /** Click → every history checked (null: not within the wait). */
  history: number | null;
  /** The longest main-thread task while the histories were checked. */
  historyLongestTask: number;
  /** From the click until every incident is read (filters and counts cover the whole register). */
  complete: number;
  /** Risk filter set to "high": change → next frame with the new rows. */
  filter: number[];
  /** Filter back to "any". */
  unfilter: number[];
  shownHigh: string;
  raw: { register: RawRun; filter: RawRun };
  /** With `profile`: the hottest functions from the click until the table answers. */
  hot?: HotFunction[];
}

/** The change of a select, timed in the page from the change event to the frame after the count changed. */
async function timeSelect(page: Page, label: string, value: string): Promise<number> {
  await page.evaluate(() => {
    const target = document.querySelector('.result-count')!;
    const before = target.textContent;
    const probe = window.__bench as typeof window.__bench & { framedAt?: number | null };
    probe.framedAt = null;
    new MutationObserver((_, observer) => {
      if (target.textContent === before) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (probe.framedAt = performance.now())));
    }).observe(target, { subtree: true, childList: true, characterData: true });
  });
  await page.getByLabel(label, { exact: true }).selectOption(value);
  const handle = await page.waitForFunction(() => {
    const probe = window.__bench as typeof window.__bench & { framedAt?: number | null };
    return probe.framedAt ? probe.framedAt - probe.changeAt! : false;
  });
  const ms = (await handle.jsonValue()) as number;
  await usableAfter(page, await page.evaluate(() => performance.now()), 300);
  return ms;
}

export async function registerRun(
  origin: string,
  profileDir: string,
  filters: number,
  historyWaitMs: number,
  profile = false,
): Promise<RegisterRun> {
  const t = (key: Parameters<typeof translate>[1]) => translate('nb', key);
  const tab = await launch(profileDir);
  const { page } = tab;
  try {
    await page.goto(`${origin}/`);
    const dashboard = await when(page, `() => document.querySelector('[data-testid="incident-row"], .empty')`);
    await usableAfter(page, dashboard);
    if (profile) await startProfile(tab.cdp);
    await page.getByRole('link', { name: t('nav.register') }).click();
    const clickAt = (await page.evaluate(() => window.__bench.clickAt))!;
    const shown = await when(page, `() => document.querySelector('[data-testid="register-row"]') && document.querySelector('.result-count')`);
    const usable = await usableAfter(page, shown);
    const hot = profile ? await stopProfile(tab.cdp) : undefined;
    // The register reads the rest of its rows in slices after the first screenful, saying so meanwhile.
    const reading = t('register.reading').split('{')[0]!;
    const complete = (await when(page, `() => !document.body.textContent.includes(${JSON.stringify(reading)})`)) - clickAt;
    let history: number | null = null;
    try {
      history =
        (await page
          .waitForFunction((checking) => !document.body.textContent!.includes(checking) && performance.now(), t('register.history.checking'), {
            polling: 100,
            timeout: historyWaitMs,
          })
          .then((h) => h.jsonValue() as Promise<number>)) - clickAt;
    } catch {
      history = null;
    }
    const historyLongestTask = await longestTask(page, clickAt, await page.evaluate(() => performance.now()));
    await usableAfter(page, await page.evaluate(() => performance.now()));
    const filter: number[] = [];
    const unfilter: number[] = [];
    let shownHigh = '';
    for (let i = 0; i < filters; i++) {
      filter.push(await timeSelect(page, t('register.filter.risk'), 'high'));
      shownHigh = (await page.locator('.result-count').textContent()) ?? '';
      unfilter.push(await timeSelect(page, t('register.filter.risk'), ''));
    }
    const raw = { register: await rawQuery(page, origin, 'register'), filter: await rawQuery(page, origin, 'filter-high') };
    return { table: shown - clickAt, usable: usable - clickAt, complete, history, historyLongestTask, filter, unfilter, shownHigh, raw, ...(hot ? { hot } : {}) };
  } finally {
    await tab.close();
  }
}

/** Each screen opened from the dashboard: the address changes → its heading, and → it answers. */
export async function screensRun(origin: string, profileDir: string): Promise<Map<string, { shown: number; usable: number }>> {
  const tab = await launch(profileDir);
  const { page } = tab;
  const results = new Map<string, { shown: number; usable: number }>();
  try {
    await page.goto(`${origin}/`);
    await usableAfter(page, await when(page, `() => document.querySelector('[data-testid="incident-row"]')`));
    const href = await page.evaluate(() => document.querySelector('[data-testid="incident-row"] a')!.getAttribute('href')!);
    const targets: [string, string][] = [
      ['new incident', '#/new'],
      ['incident', href],
      ['notification', `${href}/notification`],
      ['letters', `${href}/letters`],
      ['incident timeline', `${href}/timeline`],
      ['timeline', '#/timeline'],
      ['register', '#/register'],
      ['settings', '#/settings'],
    ];
    for (const [name, hash] of targets) {
      await page.evaluate(() => (location.hash = '#/'));
      await usableAfter(page, await when(page, `() => document.querySelector('[data-testid="incident-row"]')`), 300);
      const { before, at } = await page.evaluate((h) => {
        const heading = document.querySelector('main h1')?.textContent ?? '';
        const started = performance.now();
        location.hash = h;
        return { before: heading, at: started };
      }, hash);
      const shown = await when(
        page,
        `(before) => { const h = document.querySelector('main h1'); return h && h.textContent !== before && !document.querySelector('main [aria-busy="true"]'); }`,
        before,
      );
      const usable = await usableAfter(page, shown, 300);
      results.set(name, { shown: shown - at, usable: usable - at });
    }
    return results;
  } finally {
    await tab.close();
  }
}

interface BackupPhase {
  ms: number;
  /** JS heap growth at its peak, bytes (Chromium's performance.memory, sampled). */
  heap: number;
  peakHeap: number;
  /** The page's longest wait for a 20 ms timer while the phase ran: how long the window stood still. */
  stall: number;
}

export interface BackupRun {
  bytes: number;
  restored: { incidents: number; events: number; notifications: number };
  export: BackupPhase;
  floorExport: BackupPhase;
  /** The exported file encrypted with a passphrase, opened in the worker. */
  open: BackupPhase;
  check: BackupPhase;
  checkSplit: { worker: number; handOver: number; preview: number; steps: Record<string, number> };
  write: BackupPhase;
  floorRestore: BackupPhase;
  /** Resident memory of the browser per phase the page names: all its processes, and the largest. */
  rss: Record<string, { all: number; largest: number }>;
  /** With `profile`: per phase, each thread's CPU time and the hottest functions over all threads. */
  phases?: PhaseProfile[];
  /** The same file restored by a page that does nothing else, in a browser of its own. */
  only: { ms: number; check: number; merge: number; rss: Record<string, { all: number; largest: number }> } | null;
}

/** A backup exported and restored into an empty database from the seed page (bench/app/seed.ts). */
export async function backupRun(origin: string, site: string, profileDir: string, profile = false): Promise<BackupRun> {
  const tab = await launch(profileDir);
  let run: BackupRun;
  // The export's file, saved where the site is served from, for a page that only restores it.
  const saved = join(site, 'bench', 'restore-only.avvik');
  try {
    if (profile) await startTrace(tab.cdp);
    await tab.page.goto(`${origin}/bench/seed.html`);
    await tab.page.waitForFunction(() => document.title === 'ready');
    const memory = memorySampler(profileDir, () => tab.page.evaluate(() => (globalThis as unknown as { benchPhase?: string }).benchPhase ?? 'idle'));
    try {
      const figures = await tab.page.evaluate(() => (globalThis as unknown as { bench: { backup(): Promise<Omit<BackupRun, 'rss' | 'only'>> } }).bench.backup());
      const rss = Object.fromEntries(await memory.stop());
      run = { ...figures, rss, ...(profile ? { phases: await stopTrace(tab.cdp) } : {}), only: null };
    } finally {
      await memory.stop();
    }
    const [download] = await Promise.all([
      tab.page.waitForEvent('download'),
      tab.page.evaluate(() => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL((globalThis as unknown as { benchExported: Blob }).benchExported);
        link.download = 'restore-only.avvik';
        link.click();
      }),
    ]);
    await download.saveAs(saved);
  } finally {
    await tab.close();
  }
  const fresh = mkdtempSync(join(tmpdir(), 'avvik-bench-restore-only-'));
  const only = await launch(fresh);
  try {
    await only.page.goto(`${origin}/bench/seed.html`);
    await only.page.waitForFunction(() => document.title === 'ready');
    const memory = memorySampler(fresh, () => only.page.evaluate(() => (globalThis as unknown as { benchPhase?: string }).benchPhase ?? 'idle'));
    try {
      const figures = await only.page.evaluate(
        (url) => (globalThis as unknown as { benchRestore: { restoreOnly(url: string): Promise<{ ms: number; check: number; merge: number }> } }).benchRestore.restoreOnly(url),
        `${origin}/bench/restore-only.avvik`,
      );
      run.only = { ...figures, rss: Object.fromEntries(await memory.stop()) };
    } finally {
      await memory.stop();
    }
  } finally {
    await only.close();
    rmSync(fresh, { recursive: true, force: true });
    rmSync(saved, { force: true });
  }
  return run;
}
