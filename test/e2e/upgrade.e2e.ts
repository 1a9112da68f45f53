import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DB_VERSION, DEFAULT_DB_NAME, STORES_V1, STORES_V2, STORES_V6 } from '../../renderer/src/db/database';
import { v1Events, v1Incidents, v2Incident, v2Settings, version2Rows, version6Profile } from '../renderer/db/old-profiles';
import { launchApp, type RunningApp } from './support/app';
import { IncidentPage, Words } from './support/incident-pages';
import { databaseVersion, leaveOldDatabase, type OldDatabase } from './support/old-profile';

// A profile an older Avvik left on the machine is upgraded when the app opens it, in real Chromium.
// The upgrades from before version 3 fetch their code while the upgrade's transaction is open;
// Chromium commits a transaction that waits on anything but its own requests, so only here does it
// show that the upgrade keeps its transaction alive meanwhile (fake-indexeddb forgives it).

const NOW = new Date('2026-11-25T09:00:00Z');

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Leaves `old` at the app's origin, opens the app on it and, for a profile from before encryption,
 * answers the choice of protection it is asked first. The record opens in `lang`.
 */
async function openOldProfile(old: Omit<OldDatabase, 'name'>, lang: 'nb' | 'en'): Promise<Page> {
  app = await launchApp({
    now: NOW,
    protection: 'manual',
    beforeStart: async (page, origin) => {
      await leaveOldDatabase(page, origin, { name: DEFAULT_DB_NAME, ...old });
      expect(await databaseVersion(page, DEFAULT_DB_NAME)).toBe(old.version * 10);
    },
  });
  const { page } = app;
  if (old.version < 4) {
    const before = new Words('nb');
    await page.getByText(before.t('protection.setup.legacy')).waitFor();
    await page.getByRole('radio', { name: before.t('protection.choice.none') }).check();
    await page.getByRole('button', { name: before.t('protection.setup.submit') }).click();
  }

  const dashboard = page.getByRole('heading', { level: 1, name: new Words(lang).t('dashboard.title') });
  const failure = page.locator('main.open-failure');
  await dashboard.or(failure).first().waitFor();
  // A failed upgrade is told in words, with its detail: the test shows them if it comes to that.
  expect((await failure.isVisible()) ? await failure.textContent() : 'opened').toBe('opened');
  expect(await databaseVersion(page, DEFAULT_DB_NAME)).toBe(DB_VERSION * 10);
  return page;
}

/** Opens an incident from the dashboard's row, then its history; answers with the history's verdict. */
async function historyOf(page: Page, incident: { title: string; ref: string }, lang: 'nb' | 'en') {
  const row = page.getByTestId('incident-row').filter({ hasText: incident.title });
  await row.waitFor();
  expect(await row.textContent()).toContain(incident.ref);
  await row.getByRole('link', { name: incident.title }).click();
  const screen = new IncidentPage(page, lang);
  await screen.waitFor(incident.title);
  await screen.step('history');
  const history = screen.history();
  const verified = new RegExp(`^${escaped(screen.t('incident.history.ok', { events: 999 })).replace('999', '\\d+')}`);
  const broken = new RegExp(`^${escaped(screen.t('incident.history.broken', { problem: '', seq: '' }).split(':')[0]!)}`);
  const verdict = history.getByText(verified).or(history.getByText(broken));
  await verdict.waitFor();
  return { history, verdict: await verdict.textContent(), words: screen };
}

const eventsOf = (events: readonly { incidentId: string }[], id: string) => events.filter((event) => event.incidentId === id).length;

describe('opening a profile an older Avvik left', () => {
  it('upgrades a version-2 record: the incident is there, its history verifies, the database is current', async () => {
    // Version 2 kept the user's language in its settings; the upgrade makes it the profile's.
    const lang = v2Settings.language as 'en';
    const page = await openOldProfile({ version: 2, stores: STORES_V2, rows: await version2Rows() }, lang);
    const { history, verdict, words } = await historyOf(page, v2Incident, lang);
    // The chain verifies over all five events: the old four and the upgrade's checkpoint.
    expect(verdict).toBe(words.t('incident.history.ok', { events: 5 }));
    await history.getByText(words.t('incident.event.authority-notified', { phase: words.t('notice.phase.initial'), reference: 'AR4711' })).waitFor();
    await history.getByText(words.t('incident.event.record-migrated')).waitFor();
  });

  it('upgrades a version-1 record through both old upgrades in one go', async () => {
    const page = await openOldProfile({ version: 1, stores: STORES_V1, rows: { incidents: v1Incidents, events: v1Events } }, 'nb');
    const { history, verdict, words } = await historyOf(page, v1Incidents[1]!, 'nb');
    // The old event, chained by the first upgrade, and the second upgrade's checkpoint.
    expect(verdict).toBe(words.t('incident.history.ok', { events: 2 }));
    await history.getByText(words.t('incident.event.incident-created', { ref: v1Incidents[1]!.ref })).waitFor();
    await history.getByText(words.t('incident.event.record-migrated')).waitFor();
    await words.goToDashboard();
    await page.getByTestId('incident-row').filter({ hasText: v1Incidents[0]!.title }).waitFor();
  });

  it('upgrades a version-6 record: the dashboard lists its open incidents, their histories verify', async () => {
    const { record, rows, installationKey } = await version6Profile();
    const page = await openOldProfile({ version: 6, stores: STORES_V6, rows, installationKey }, 'nb');
    // The dashboard reads the summaries version 7 made of the incidents there were.
    const open = [...record.incidents.values()].filter((incident) => incident.status !== 'closed');
    expect(open).toHaveLength(2);
    for (const incident of open) await page.getByTestId('incident-row').filter({ hasText: incident.title }).waitFor();
    expect(await page.getByTestId('incident-row').count()).toBe(2);
    const processor = open.find((incident) => incident.role === 'processor')!;
    const { verdict, words } = await historyOf(page, processor, 'nb');
    // Signed by the installation's own key, which the upgrade kept: nothing is added to the history.
    expect(verdict).toBe(words.t('incident.history.ok', { events: eventsOf(record.events, processor.id) }));
  });
});
