import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import type { AppServices } from '../../../renderer/src/services/context';
import { createIncident, type WriteContext } from '../../../renderer/src/db/repository';
import { useUi, type Route } from '../../../renderer/src/state/ui';
import type { IncidentPage } from '../../../renderer/src/state/routes';
import type { Incident } from '../../../shared/incident/model';
import { renderApp } from '../harness';

// Helpers for the incident screen's stories: an incident recorded through the repository, and the
// app opened on it.

// Saves go through WebCrypto and IndexedDB; on a loaded machine a second is not always enough.
configure({ asyncUtilTimeout: 5000 });

export const NOW = new Date('2026-11-25T09:00:00Z'); // 10:00 in Oslo (CET)

export function ctx(services: AppServices): WriteContext {
  return { now: services.now(), actor: services.actor, newId: services.newId };
}

export async function seedIncident(
  services: AppServices,
  fields: Partial<Pick<Incident, 'title' | 'awareAt' | 'role'>> = {},
): Promise<Incident> {
  return createIncident(
    services.db,
    {
      title: 'Lønnsliste sendt til feil mottaker',
      awareAt: '2026-11-24T09:00:00.000Z',
      role: 'controller',
      ...fields,
    },
    ctx(services),
  );
}

export { authorityNotice } from '../../support/notices';

export async function openAt(services: AppServices, route: Route, lang: 'nb' | 'en' = 'nb') {
  const view = renderApp(services, lang);
  act(() => useUi.getState().navigate(route));
  return view;
}

/** Opens the incident screen (at one of its pages, or the step the record says is next) and waits until it shows the incident. */
export async function openIncident(services: AppServices, incident: Incident, lang: 'nb' | 'en' = 'nb', page?: IncidentPage) {
  const view = await openAt(services, { name: 'incident', id: incident.id, page }, lang);
  await screen.findByRole('heading', { level: 1, name: new RegExp(incident.ref) }, { timeout: 5000 });
  await formsReady();
  return view;
}

export const section = (testId: string) => within(screen.getByTestId(testId));

/** The radio group for a question, by its legend. */
export const question = (legend: string) => within(screen.getByRole('group', { name: legend }));

export async function eventKinds(services: AppServices, incidentId: string): Promise<string[]> {
  const events = await services.db.events.where('incidentId').equals(incidentId).toArray();
  return events.sort((a, b) => a.seq - b.seq).map((e) => e.kind);
}

/** Waits until every form on screen has read its stored draft and is shown (ui/drafts: DraftPending). */
export async function formsReady() {
  await waitFor(() => expect(document.querySelector('[data-draft-pending]')).toBeNull(), { timeout: 5000 });
}

/** Moves to another step of the incident by its link in the steps (its visible name) and waits for its forms. */
export async function goToStep(name: RegExp) {
  const steps = screen.getByRole('navigation', { name: /^(Arbeidsgangen for|Steps for)/ });
  await userEvent.setup().click(within(steps).getByRole('link', { name }));
  await formsReady();
}

/** What is left to do, as the close step lists it. */
export async function todoList() {
  await goToStep(/^(Avslutt|Close)/);
  return within(await screen.findByTestId('todo'));
}
