import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { BROWSER_ARGS, findBrowser } from './chromium';

export const RENDERER_DIST = resolve(import.meta.dirname, '../../../dist/renderer');

export interface RunningApp {
  url: string;
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to send anywhere but the app's own server. */
  foreignRequests: string[];
  /** What Chromium refused under the app's Content-Security-Policy, as it reported it. */
  policyViolations: string[];
  close(): Promise<void>;
}

/**
 * The built renderer served on loopback and a Chromium with a fresh profile, clock fixed at `now`
 * if given. Every test gets its own: no state leaks between stories.
 */
export async function launchApp(options: { now?: Date; locale?: string } = {}): Promise<RunningApp> {
  const server = await startStaticServer(RENDERER_DIST);
  const profile = await mkdtemp(join(tmpdir(), 'avvik-e2e-'));
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
  await page.goto(server.url);
  // The app opens its database before it renders: wait until it stands.
  await page.locator('main').first().waitFor();
  return {
    url: server.url,
    context,
    page,
    foreignRequests,
    policyViolations,
    async close() {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
