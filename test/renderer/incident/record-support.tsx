import { act, render, screen } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ComponentType } from 'react';
import { ServicesProvider, useServices, type AppServices } from '../../../renderer/src/services/context';
import { getIncident } from '../../../renderer/src/db/repository';
import { useUi } from '../../../renderer/src/state/ui';
import type { EventOf } from '../../../shared/incident/events';
import type { Incident } from '../../../shared/incident/model';

// The record's question groups tested one at a time, as the incident screen shows them: the
// group gets the incident as the database holds it now, so a save is seen as it is stored.

function Live({ id, Section }: { id: string; Section: ComponentType<{ incident: Incident }> }) {
  const { db } = useServices();
  const incident = useLiveQuery(() => getIncident(db, id), [db, id]);
  return incident ? <Section incident={incident} /> : null;
}

export async function renderSection(
  services: AppServices,
  incident: Incident,
  Section: ComponentType<{ incident: Incident }>,
  lang: 'nb' | 'en' = 'nb',
) {
  useUi.setState({ lang, route: { name: 'incident', id: incident.id }, flash: null });
  let view: ReturnType<typeof render> | undefined;
  await act(async () => {
    view = render(
      <ServicesProvider services={services}>
        <Live id={incident.id} Section={Section} />
      </ServicesProvider>,
    );
  });
  // The live query answers after the first render.
  await screen.findAllByRole('heading', { level: 2 });
  return view!;
}

/** The `details-changed` events of an incident, oldest first. */
export async function detailsEvents(services: AppServices, incidentId: string) {
  const events = await services.db.events.where('incidentId').equals(incidentId).toArray();
  return events
    .sort((a, b) => a.seq - b.seq)
    .filter((e): e is EventOf<'details-changed'> => e.kind === 'details-changed');
}

/** The fields an event changed, each as it became. */
export function changedTo(event: EventOf<'details-changed'>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(event.payload.changes).map(([field, change]) => [field, change?.to]),
  );
}

export async function stored(services: AppServices, id: string): Promise<Incident> {
  return (await getIncident(services.db, id))!;
}
