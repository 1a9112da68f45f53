import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { translate } from '../../../shared/i18n';
import { BROWSER_ARGS, findBrowser } from './chromium';

export const RENDERER_DIST = resolve(import.meta.dirname, '../../../dist/renderer');

/**
 * How a test meets the first screen: a clear profile chosen explicitly (tests not about
 * encryption), or a profile encrypted with this passphrase (set on first run, typed to unlock
 * after). 'manual' leaves the screen to the test.
 */
export type Protection = 'unencrypted' | { passphrase: string } | 'manual';

export interface RunningApp {
  url: string;
  /** The Chromium profile folder: its raw files are what a thief of the disk would get. */
  profile: string;
  /** The server's port: a relaunch on the same profile must use it (the data belongs to the origin). */
  port: number;
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to send anywhere but the app's own server. */
  foreignRequests: string[];
  /** What Chromium refused under the app's Content-Security-Policy, as it reported it. */
  policyViolations: string[];
  /** After a reload: unlock again, if the profile is encrypted. */
  passGate(): Promise<void>;
  /** Closes the browser; the profile is removed unless `keepProfile`. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

const nb = (key: Parameters<typeof translate>[1]) => translate('nb', key);

/**
 * Takes the app past its first screen as `protection` says: the choice of protection on a new
 * profile, or the unlock screen of an encrypted one. A fresh profile shows it in bokmål.
 */
export async function passGate(page: Page, protection: Protection): Promise<void> {
  if (protection === 'manual') return;
  const setup = page.getByRole('heading', { name: nb('protection.setup.title') });
  const unlock = page.getByRole('heading', { name: nb('protection.unlock.title') });
  // The frame (header) paints before the record opens; a screen's heading under it means it is open.
  const opened = page.locator('header.app-header + main h1');
  await setup.or(unlock).or(opened).first().waitFor();
  if (await setup.isVisible()) {
    if (protection === 'unencrypted') await page.getByRole('radio', { name: nb('protection.choice.none') }).check();
    else {
      await page.getByRole('radio', { name: nb('protection.choice.passphrase') }).check();
      await page.getByLabel(nb('protection.passphrase'), { exact: true }).fill(protection.passphrase);
      await page.getByLabel(nb('protection.passphrase.repeat'), { exact: true }).fill(protection.passphrase);
    }
    await page.getByRole('button', { name: nb('protection.setup.submit') }).click();
  } else if (await unlock.isVisible()) {
    if (protection === 'unencrypted') throw new Error('the profile is encrypted');
    await page.getByLabel(nb('protection.passphrase'), { exact: true }).fill(protection.passphrase);
    await page.getByRole('button', { name: nb('protection.unlock.submit') }).click();
  }
  await opened.waitFor();
}

/**
 * The built renderer served on loopback and a Chromium with a fresh profile, clock fixed at `now`
 * if given. Every test gets its own: no state leaks between stories.
 */
export async function launchApp(
  options: {
    now?: Date;
    locale?: string;
    protection?: Protection;
    profile?: string;
    port?: number;
    /** The team sync server the page may reach. */
    syncOrigin?: string;
    /** Runs in the browser before the app is first loaded, with the app's origin (e.g. to leave an old database there). */
    beforeStart?: (page: Page, origin: string) => Promise<void>;
  } = {},
): Promise<RunningApp> {
  // The same profile must be served from the same origin (port) to find its database again.
  const server = await startStaticServer(RENDERER_DIST, options.port ?? 0, { syncOrigin: options.syncOrigin ?? null });
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'avvik-e2e-')));
  const protection = options.protection ?? 'unencrypted';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser(),
    headless: true,
    args: BROWSER_ARGS,
    locale: options.locale ?? 'nb-NO',
    timezoneId: 'Europe/Oslo',
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // The fake clock starts at `now` and then runs at real speed (a paused clock would also stop
  // the timers React and Dexie rely on); tests allow for the seconds that pass.
  if (options.now) await page.clock.install({ time: options.now });
  const foreignRequests: string[] = [];
  const origin = new URL(server.url).origin;
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  const policyViolations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy'))
      policyViolations.push(message.text());
  });
  await options.beforeStart?.(page, origin);
  await page.goto(server.url);
  // The frame shows at once; then the app settles the profile's protection (the gate) and opens
  // its database: the first screen's heading says it stands.
  await passGate(page, protection);
  await page.locator('main h1').first().waitFor();
  return {
    url: server.url,
    profile,
    port: Number(new URL(server.url).port),
    context,
    page,
    foreignRequests,
    policyViolations,
    passGate: () => passGate(page, protection),
    async close(closeOptions = {}) {
      await context.close();
      await server.close();
      if (!closeOptions.keepProfile) await rm(profile, { recursive: true, force: true });
    },
  };
}
