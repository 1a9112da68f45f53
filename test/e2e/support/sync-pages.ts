import { afterEach, beforeEach } from 'vitest';
import type { Page } from 'playwright-core';
import { startSyncServer, type RunningSyncServer } from '../../../scripts/sync-server.mjs';
import { launchApp, type RunningApp } from './app';
import { goTo, SettingsPage } from './document-pages';
import { IncidentPage, Words } from './incident-pages';

// Team sync through the screens, shared by the sync journeys: the team's users, connecting a
// laptop to the server, approving the other laptops' keys, and an incident's history page.

const w = new Words('nb');

export const TEAM = [
  { name: 'kari', password: 'kari-pw', roles: ['avvik-lead'] },
  { name: 'per', password: 'per-pw', roles: ['avvik-dpo'] },
  { name: 'ola', password: 'ola-pw', roles: ['avvik-management'] },
];
export type TeamUser = (typeof TEAM)[number];
export const [kari, per, ola] = TEAM as [TeamUser, TeamUser, TeamUser];

/**
 * The team's server started before each journey and closed after it, and `open` to launch a laptop
 * (its own Chromium profile) that may reach it; the laptops are closed first.
 */
export function teamPerTest() {
  let server: RunningSyncServer | null = null;
  const apps: RunningApp[] = [];
  beforeEach(async () => {
    server = await startSyncServer({ users: TEAM });
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    await server?.close();
  });
  return {
    server: () => server!,
    apps,
    async open(options: Parameters<typeof launchApp>[0] = {}): Promise<RunningApp> {
      const app = await launchApp({ ...options, syncOrigin: server!.url });
      apps.push(app);
      return app;
    },
  };
}

export const panel = (page: Page) => page.getByRole('region', { name: w.t('sync.title') });

/** Settings → sharing in the team: the server, the user's name and password, connect; then it has caught up. */
export async function connect(app: RunningApp, user: TeamUser, server: { url: string }): Promise<void> {
  await new SettingsPage(app.page).open();
  const sync = panel(app.page);
  await sync.getByLabel(w.t('sync.server'), { exact: true }).fill(server.url);
  await sync.getByLabel(w.t('sync.user'), { exact: true }).fill(user.name);
  await sync.getByLabel(w.t('sync.password'), { exact: true }).fill(user.password);
  await sync.getByRole('button', { name: w.t('sync.test') }).click();
  await sync.getByText(new RegExp(`innlogget som ${user.name}`)).waitFor();
  await sync.getByRole('button', { name: w.t('sync.connect') }).click();
  await sync.getByText(w.t('sync.status.synced', { server: server.url })).waitFor();
}

/** This laptop's installation id, as its own Settings list it. */
export async function installationOf(app: RunningApp): Promise<string> {
  await new SettingsPage(app.page).open();
  const own = app.page.locator('li[data-installation]').filter({ hasText: w.t('installations.own') });
  return (await own.getAttribute('data-installation'))!;
}

/**
 * Settings → installations: the person approves the other laptops' keys (main's trust model), as
 * told in person, each by its id once it has arrived (which arrives first depends on the replication).
 * A decision made on another laptop counts here only if that laptop is trusted here.
 */
export async function trust(app: RunningApp, others: readonly RunningApp[]): Promise<void> {
  const ids = await Promise.all(others.map(installationOf));
  await new SettingsPage(app.page).open();
  for (const id of ids) {
    const item = app.page.locator(`li[data-installation="${id}"]`);
    await item.getByRole('button', { name: w.t('installations.trust'), exact: true }).click();
    await app.page.locator(`li[data-installation="${id}"][data-trusted="true"]`).waitFor();
  }
}

export async function openIncident(page: Page, id: string, title: string): Promise<IncidentPage> {
  await goTo(page, `#/incident/${encodeURIComponent(id)}`, title);
  return new IncidentPage(page);
}

/** The incident's history page: its events and whether they verify. */
export async function openHistory(page: Page, id: string, title: string) {
  const incident = await openIncident(page, id, title);
  await incident.step('history');
  return incident.history();
}

