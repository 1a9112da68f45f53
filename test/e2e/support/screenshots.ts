import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** Where the end-to-end run leaves its screenshots for a reviewer (printed once per run). */
export const SCREENSHOT_DIR = resolve(process.env.AVVIK_SCREENSHOTS ?? 'test-results/screenshots');
let announced = false;

/** A full-page screenshot named `<screen>-<lang>.png`. */
export async function screenshot(page: Page, screen: string, lang: 'nb' | 'en'): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  if (!announced) {
    console.log(`Screenshots: ${SCREENSHOT_DIR}`);
    announced = true;
  }
  const path = join(SCREENSHOT_DIR, `${screen}-${lang}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A screenshot of one part of a screen (a panel, a form), named `<screen>-<lang>.png`. */
export async function screenshotOf(part: Locator, screen: string, lang: 'nb' | 'en'): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${screen}-${lang}.png`);
  await part.screenshot({ path });
  return path;
}
