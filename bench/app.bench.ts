// `npm run bench -- app [--runs=5] [--events=100000] [--full] …`: the built renderer in Debian's
// Chromium (playwright-core, as the end-to-end tests), on real IndexedDB seeded through the app's
// own code, each figure beside a baseline measured in the same run:
// - start: initial JavaScript, first contentful paint and script time against a bare Vite + React
//   page served the same way; the dashboard with 50 open incidents and the CPU its tick costs;
// - the dashboard with 2,000 open incidents: start to usable (against a raw Dexie query of the same
//   rows) and the tick's CPU;
// - the register of 10,000 incidents / 100,000 events (--full: 1,000,000): open to a usable table
//   and the risk filter against raw Dexie queries, and the history check.
// - screens: each screen opened from the dashboard (50 open incidents), to see none got slower.
// - backup (only when asked: --only=backup): export and restore of the register's record as
//   Settings does them, against the same rows as plain JSON read and bulk-written; JS heap peaks.
// Options: --runs=N, --tick=seconds, --only=start,dashboard,screens,register,backup, --incidents=N, --events=N,
// --full, --open=N, --small=N, --app-dist=DIR (measure another build, e.g. an older commit's),
// --reseed, --port=N (seeded profiles are bound to the origin), --profile (one run each, unminified,
// printing the functions with the most self time: the figures are then not comparable).
// Benchmarks print, they never fail.
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../scripts/static-server.mjs';
import { seededProfile } from './app/profiles';
import { format, line, median, options } from './app/report';
import { appStart, backupRun, bareStart, rawQuery, registerRun, screensRun, type BackupRun, type RegisterRun, type StartRun } from './app/scenarios';
import { buildSite } from './app/site';
import { launch, type HotFunction } from './app/browser';

function parts(runs: readonly StartRun[]) {
  const of = (key: 'script' | 'layout' | 'style') => median(runs.map((r) => r.tickParts?.[key] ?? Number.NaN));
  console.log(`    of which script ${format(of('script'), '%')}, layout ${format(of('layout'), '%')}, style ${format(of('style'), '%')}`);
}

function hot(label: string, functions: readonly HotFunction[] | undefined) {
  if (!functions?.length) return;
  console.log(`    profile, ${label}: ${functions.map((f) => `${f.name} ${f.selfMs.toFixed(0)} ms`).join('; ')}`);
}

const root = resolve(import.meta.dirname, '..');
const opts = options(process.argv.slice(2));
const num = (name: string, fallback: number) => (opts.has(name) ? Number(opts.get(name)) : fallback);
const profiling = opts.has('profile');
const runs = profiling ? 1 : num('runs', Number(process.env.BENCH_RUNS ?? 5));
const tickSeconds = num('tick', 10);
const only = new Set((opts.get('only') ?? 'start,dashboard,screens,register').split(','));
const incidents = num('incidents', 10_000);
const events = opts.has('full') ? 1_000_000 : num('events', 100_000);
const openCount = num('open', 2000);
const smallCount = num('small', 50);
const port = num('port', 5199);
const cache = join(root, 'node_modules/.cache/avvik-bench');
const site = join(cache, 'site');
const log = (text = '') => console.log(text);
mkdirSync(cache, { recursive: true });

log(`Avvik in Chromium (headless, ${runs} runs each, median (min–max); load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
await buildSite(root, site, opts.get('app-dist') ?? null, profiling);
log(`  renderer: ${opts.get('app-dist') ?? 'built from this checkout'}${profiling ? ', unminified, profiled: figures not comparable' : ''}`);
const server = await startStaticServer(site, port);
const origin = new URL(server.url).origin;
const profile = (name: string, seed: Parameters<typeof seededProfile>[3]) => seededProfile(root, cache, name, seed, origin, opts.has('reseed'), log);

async function repeat<T>(label: string, work: (run: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < runs; run++) {
    process.stdout.write(`  ${label} ${run + 1}/${runs}   \r`);
    results.push(await work(run));
  }
  return results;
}

try {
  if (only.has('start') || only.has('dashboard')) {
    const small = await profile(`open-${smallCount}`, { kind: 'open', incidents: smallCount });
    const pairs = await repeat('start', async () => ({
      bare: await bareStart(origin, site, 0),
      app: await appStart(origin, site, small.dir, smallCount, tickSeconds, profiling),
    }));
    const bare = pairs.map((p) => p.bare);
    const app = pairs.map((p) => p.app);
    const pick = (xs: StartRun[], f: (r: StartRun) => number) => xs.map(f);
    log(`\nStart: the dashboard with ${smallCount} open incidents against a bare Vite + React page`);
    log(line('initial JS before the dashboard (gzip)', pick(app, (r) => r.jsGzip), 'kB', { label: 'bare', values: pick(bare, (r) => r.jsGzip) }, '≤ 250 kB'));
    log(`    ${app[0]!.scripts.join(', ')}`);
    log(line('first contentful paint', pick(app, (r) => r.fcp), 'ms', { label: 'bare', values: pick(bare, (r) => r.fcp) }, '≤ 1.5× bare'));
    log(line('script time to usable', pick(app, (r) => r.script), 'ms', { label: 'bare', values: pick(bare, (r) => r.script) }));
    log(line('dashboard shown (rows in the DOM)', pick(app, (r) => r.content), 'ms', { label: 'bare heading', values: pick(bare, (r) => r.content) }));
    log(line('usable (no long task for 500 ms)', pick(app, (r) => r.usable), 'ms', { label: 'bare', values: pick(bare, (r) => r.usable) }));
    log(line(`tick, ${smallCount} rows: CPU share of one core`, pick(app, (r) => r.tick ?? Number.NaN), '%', undefined, '< 1 %'));
    parts(app);
    hot('start to usable', app[0]!.hot?.start);
    hot('tick', app[0]!.hot?.tick);
  }

  if (only.has('dashboard')) {
    const open = await profile(`open-${openCount}`, { kind: 'open', incidents: openCount });
    const app = await repeat('dashboard', () => appStart(origin, site, open.dir, openCount, tickSeconds, profiling));
    const raw = await repeat('raw dashboard', async () => {
      const tab = await launch(open.dir);
      try {
        return await rawQuery(tab.page, origin, 'dashboard');
      } finally {
        await tab.close();
      }
    });
    log(`\nDashboard with ${open.seed.incidents.toLocaleString('en')} open incidents (${open.seed.events.toLocaleString('en')} events, written through the repository)`);
    log(line('start to rows shown', app.map((r) => r.content), 'ms', { label: 'raw Dexie open incidents + notifications', values: raw.map((r) => r.ms) }));
    log(line('start to usable', app.map((r) => r.usable), 'ms', { label: 'raw Dexie', values: raw.map((r) => r.ms) }, '≤ 300 ms'));
    log(line('first contentful paint', app.map((r) => r.fcp), 'ms'));
    log(line('script time to usable', app.map((r) => r.script), 'ms'));
    log(line(`tick, ${openCount.toLocaleString('en')} rows: CPU share of one core`, app.map((r) => r.tick ?? Number.NaN), '%', undefined, '< 5 %'));
    parts(app);
    hot('start to usable', app[0]!.hot?.start);
    hot('tick', app[0]!.hot?.tick);
  }

  if (only.has('screens')) {
    const small = await profile(`open-${smallCount}`, { kind: 'open', incidents: smallCount });
    const results = await repeat('screens', () => screensRun(origin, small.dir));
    log(`\nScreens opened from the dashboard (${smallCount} open incidents), first time in the session`);
    for (const name of results[0]!.keys()) {
      log(line(`${name}: address → heading`, results.map((r) => r.get(name)!.shown), 'ms'));
      log(line(`${name}: address → answers`, results.map((r) => r.get(name)!.usable), 'ms'));
    }
  }

  if (only.has('register')) {
    const big = await profile(`register-${incidents}-${events}`, { kind: 'bulk', incidents, events });
    const results: RegisterRun[] = await repeat('register', () => registerRun(origin, big.dir, 3, 600_000, profiling));
    const { seed } = big;
    log(`\nRegister: ${seed.incidents.toLocaleString('en')} incidents, ${seed.events.toLocaleString('en')} events${events < 1_000_000 ? ' (issue size 1,000,000 events: --full)' : ''}; seeded in bulk from the shared pure steps`);
    const rawRegister = { label: 'raw Dexie incidents + notifications', values: results.map((r) => r.raw.register.ms) };
    log(line('open: click → first rows in the DOM', results.map((r) => r.table), 'ms', rawRegister));
    log(line('open: click → usable table', results.map((r) => r.usable), 'ms', rawRegister, '≤ 300 ms, ≤ 2× raw'));
    log(line('open: click → every row read', results.map((r) => r.complete), 'ms'));
    log(line('history check of every incident', results.map((r) => r.history ?? Number.NaN), 'ms'));
    log(line('  longest main-thread task meanwhile', results.map((r) => r.historyLongestTask), 'ms'));
    const rawFilter = { label: `raw [risk+awareAt] 'high' (${results[0]!.raw.filter.rows} rows)`, values: results.map((r) => r.raw.filter.ms) };
    log(line('risk filter "high": change → next frame', results.flatMap((r) => r.filter), 'ms', rawFilter, '≤ 50 ms, ≤ 2× raw'));
    log(line('back to every risk', results.flatMap((r) => r.unfilter), 'ms'));
    log(`    ${results[0]!.shownHigh}`);
    hot('click to usable table', results[0]!.hot);
    if (results.some((r) => r.history === null)) log('    (history check: not finished within 10 minutes in some runs)');
  }
  if (only.has('backup')) {
    const big = await profile(`register-${incidents}-${events}`, { kind: 'bulk', incidents, events });
    const results = await repeat('backup', () => backupRun(origin, site, big.dir, profiling));
    const { seed } = big;
    const pick = (phase: keyof Omit<BackupRun, 'bytes' | 'restored' | 'rss' | 'checkSplit' | 'phases' | 'only'>, key: 'ms' | 'heap' | 'stall') => results.map((r) => r[phase][key]);
    const mib = (values: number[]) => values.map((v) => v / 2 ** 20);
    log(`\nBackup: ${seed.incidents.toLocaleString('en')} incidents, ${seed.events.toLocaleString('en')} events; a file of ${(results[0]!.bytes / 2 ** 20).toFixed(0)} MiB; restored ${JSON.stringify(results[0]!.restored)}`);
    log(line('export (read, sign, write the file as UTF-8)', pick('export', 'ms'), 'ms', { label: 'tables as JSON bytes', values: pick('floorExport', 'ms') }, '≤ 1.3× floor'));
    log(line('open it encrypted (age, scrypt 2^18), in the worker', pick('open', 'ms'), 'ms'));
    const restore = results.map((r) => r.check.ms + r.write.ms);
    log(line('restore (decode, check, preview, merge)', restore, 'ms', { label: 'decode, JSON.parse + bulk write', values: pick('floorRestore', 'ms') }, '≤ 1.3× floor'));
    log(line('  of which decode, check and preview', pick('check', 'ms'), 'ms'));
    log(line('    the check in the worker', results.map((r) => r.checkSplit.worker), 'ms'));
    // A file of format 2 is checked as it is read ('check', then the signatures still waited for);
    // one read whole goes through the other steps.
    for (const step of ['check', 'read', 'manifest', 'records', 'chains', 'signatures', 'histories']) {
      if (results.some((r) => step in r.checkSplit.steps)) log(line(`      ${step}`, results.map((r) => r.checkSplit.steps[step] ?? Number.NaN), 'ms'));
    }
    log(line('    its answer to the page', results.map((r) => r.checkSplit.handOver), 'ms'));
    log(line('    the preview (the file read again, a dry run of the merge per batch)', results.map((r) => r.checkSplit.preview), 'ms'));
    log(line('  of which the merge (the file read again, a transaction per batch)', pick('write', 'ms'), 'ms'));
    log(line('window stood still at most: export', pick('export', 'stall'), 'ms'));
    log(line('window stood still at most: opening it encrypted', pick('open', 'stall'), 'ms'));
    log(line('window stood still at most: restore check (worker) and preview', pick('check', 'stall'), 'ms'));
    log(line('window stood still at most: restore merge', pick('write', 'stall'), 'ms'));
    log(line('JS heap growth: export', mib(pick('export', 'heap')), 'MiB', { label: 'floor', values: mib(pick('floorExport', 'heap')) }, '≤ 1 GiB'));
    log(line('JS heap growth (page): restore check', mib(pick('check', 'heap')), 'MiB', { label: 'floor', values: mib(pick('floorRestore', 'heap')) }, '≤ 1 GiB'));
    log(line('JS heap growth: restore merge', mib(pick('write', 'heap')), 'MiB'));
    const rss = (phase: string, key: 'all' | 'largest') => mib(results.map((r) => r.rss[phase]?.[key] ?? Number.NaN));
    const floorRss = (key: 'all' | 'largest') => mib(results.map((r) => Math.max(r.rss['floor-export']?.[key] ?? 0, r.rss['floor-restore']?.[key] ?? 0)));
    log(line(`RSS before the restore, page's process (the export's file is a Blob, held by the browser)`, rss('baseline', 'largest'), 'MiB'));
    for (const [phase, label] of [['export', 'export (worker)'], ['check', 'restore check (worker)'], ['preview', 'restore preview'], ['merge', 'restore merge']] as const) {
      log(line(`peak RSS, whole browser: ${label}`, rss(phase, 'all'), 'MiB', { label: 'floors', values: floorRss('all') }, '≤ 1 GiB'));
      log(line(`peak RSS, page's process: ${label}`, rss(phase, 'largest'), 'MiB', { label: 'floors', values: floorRss('largest') }));
    }
    const only = (phase: string, key: 'all' | 'largest') => mib(results.map((r) => r.only?.rss[phase]?.[key] ?? Number.NaN));
    log(line('a page that only restores: restore (check, preview, merge)', results.map((r) => r.only?.ms ?? Number.NaN), 'ms'));
    log(line(`  its page's process before the restore`, only('baseline', 'largest'), 'MiB'));
    for (const phase of ['check', 'preview', 'merge']) {
      log(line(`  peak RSS, page's process: restore ${phase}`, only(phase, 'largest'), 'MiB', undefined, '≤ 1 GiB'));
      log(line(`  peak RSS, whole browser: restore ${phase}`, only(phase, 'all'), 'MiB'));
    }
    for (const { phase, threads, hot } of results[0]!.phases ?? []) {
      log(`    profile, ${phase}: CPU ${threads.map((t) => `${t.thread} ${t.ms.toFixed(0)} ms`).join(', ')}`);
      for (const f of hot) log(`      ${f.selfMs.toFixed(0).padStart(6)} ms  ${f.name}`);
    }
  }
  log(`\nLoad average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  await server.close();
}
