import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { mergeHistory } from '../../../renderer/src/db/backup';
import { saveProfile } from '../../../renderer/src/db/repository';
import type { Incident } from '../../../shared/incident/model';
import { makeServices } from '../harness';
import { NOW, ctx, openAt, openIncident, seedIncident } from '../incident/support';
import { laptop } from '../db/trustLaptops';

// With team sync, the dashboard and the incident's history say who changed what from which laptop:
// the person who wrote the event, and the laptop named by its person's profile (settings history).

vi.setConfig({ testTimeout: 20_000 });
afterEach(cleanup);

/** This laptop (the lead's, with a profile) holds its own incident and one the DPO's laptop recorded. */
async function twoLaptops(language: 'nb' | 'en' = 'nb'): Promise<{ services: ReturnType<typeof makeServices>; own: Incident; theirs: Incident }> {
  const services = makeServices(NOW);
  await saveProfile(services.db, { name: 'Kari Nordmann', role: 'Sikkerhetsleder', language }, ctx(services));
  const own = await seedIncident(services, { title: 'Tapt minnepinne' });
  const dpo = await laptop('inst-dpo', 'Ingrid Berg', 'Personvernombud');
  const theirs = await dpo.recorder.create('Feilsendt e-post', '2026-11-24T12:00:00.000Z');
  const merged = await mergeHistory(services.db, await dpo.recorder.signedTables());
  if (!merged.ok) throw new Error(merged.error.code);
  return { services, own, theirs };
}

const rowOf = async (title: string) => {
  const rows = await screen.findAllByTestId('incident-row');
  const row = rows.find((r) => within(r).queryByText(title));
  if (!row) throw new Error(`no row for ${title}`);
  return within(row);
};

/**
 * The row's last change once it says `expected`: the row may show first in the default language, or
 * name a laptop by its id, until the settings' live query has answered.
 */
async function lastChangeSays(title: string, expected: RegExp): Promise<HTMLElement> {
  let found: HTMLElement | undefined;
  await waitFor(async () => {
    found = await (await rowOf(title)).findByTestId('last-change');
    expect(found).toHaveTextContent(expected);
  });
  return found!;
}

describe('who changed what from which laptop', () => {
  it('the dashboard names the person and the laptop of each incident’s last change, in bokmål', async () => {
    const { services } = await twoLaptops();
    await openAt(services, { name: 'dashboard' });
    const theirs = await lastChangeSays('Feilsendt e-post', /^Sist endret av Ingrid Berg fra maskinen til Ingrid Berg \(Personvernombud\), /);
    expect(theirs.getAttribute('data-installation')).toBe('inst-dpo');
    await lastChangeSays('Tapt minnepinne', /^Sist endret av Test User fra denne maskinen, 25\.11\.2026/);
  });

  it('and in English', async () => {
    // The screen speaks the language of this laptop's person.
    const { services } = await twoLaptops('en');
    await openAt(services, { name: 'dashboard' }, 'en');
    await lastChangeSays('Feilsendt e-post', /^Last changed by Ingrid Berg from the laptop of Ingrid Berg \(Personvernombud\), /);
  });

  it('the history names the laptop of every event, and an installation without a profile by its id', async () => {
    const { services, theirs } = await twoLaptops();
    await openIncident(services, theirs, 'nb', 'history');
    const history = within(await screen.findByTestId('history'));
    const [created] = await history.findAllByTestId('event-by');
    expect(created).toHaveTextContent('av Ingrid Berg fra maskinen til Ingrid Berg (Personvernombud)');
    cleanup();

    const unnamed = makeServices(NOW);
    const stranger = await laptop('inst-stranger-0001', 'Noen', '');
    await stranger.recorder.configure((s) => ({ kind: 'profile-changed', payload: { changes: { name: { from: s.profiles['inst-stranger-0001']?.name ?? '', to: '' } } } }));
    const incident = await stranger.recorder.create('Ukjent', '2026-11-24T12:00:00.000Z');
    await mergeHistory(unnamed.db, await stranger.recorder.signedTables());
    await openIncident(unnamed, incident, 'en', 'history');
    const [by] = await within(await screen.findByTestId('history')).findAllByTestId('event-by');
    expect(by).toHaveTextContent('by Noen from installation inst-str');
  });
});
