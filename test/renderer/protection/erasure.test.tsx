import { describe, expect, it } from 'vitest';
import '../register/timeouts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErasePeople } from '../../../renderer/src/features/letters/ErasePeople';
import { RetentionPanel } from '../../../renderer/src/features/settings/RetentionPanel';
import { closeIncident, getSettings, importSubjects, incidentTimeline, saveSettings } from '../../../renderer/src/db/repository';
import { renderScreen, screenServices } from '../register/render';
import { seedIncident } from '../register/seed';

const NOW = new Date('2026-11-25T09:00:00Z');
const people = [
  { name: 'Åse Kvernmo', address: 'Storgata 1', email: null, language: 'nb' as const },
  { name: 'Per Hansen', address: 'Kirkeveien 2', email: null, language: 'nb' as const },
];

async function withPeople(services = screenServices(NOW), awareAt = '2026-11-24T08:00:00.000Z') {
  const incident = await seedIncident(services, {
    title: 'Brev til feil adresse',
    awareAt,
    decide: { notifyAuthority: false, notifySubjects: true, rationale: 'Høy risiko for de berørte.' },
  });
  const ctx = { now: NOW, actor: 'Test User', newId: services.newId };
  const subjects = await importSubjects(services.db, incident.id, people, ctx);
  return { services, incident, subjects, ctx };
}

describe('erasing people on the letters screen', { timeout: 30_000 }, () => {
  it('erases one person after asking, and the history says how many, not who', async () => {
    const { services, incident, subjects } = await withPeople();
    renderScreen(services, <ErasePeople incidentId={incident.id} subjects={subjects} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Person som skal slettes'), 'Per Hansen');
    await user.click(screen.getByRole('button', { name: 'Slett denne personen …' }));
    expect(screen.getByRole('alertdialog', { name: 'Slette opplysningene om Per Hansen for godt?' })).toBeInTheDocument();
    expect(await services.db.subjects.count()).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Ja, slett' }));
    expect(await screen.findByText('Opplysningene om 1 personer er slettet.')).toBeInTheDocument();
    expect((await services.db.subjects.toArray()).map((s) => s.name)).toEqual(['Åse Kvernmo']);
    const last = (await incidentTimeline(services.db, incident.id)).at(-1)!;
    expect(last).toMatchObject({ kind: 'subjects-erased', payload: { subjectIds: [subjects[1]!.id] } });
    expect(JSON.stringify(last)).not.toContain('Hansen');
  });

  it('erases nobody when the question is cancelled', async () => {
    const { services, incident, subjects } = await withPeople();
    renderScreen(services, <ErasePeople incidentId={incident.id} subjects={subjects} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Slett alle 2 personene i hendelsen …' }));
    expect(screen.getByText('Slette opplysningene om alle 2 personene i denne hendelsen for godt?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(await services.db.subjects.count()).toBe(2);
  });
});

describe('the retention period in Settings', { timeout: 30_000 }, () => {
  it('is saved as an organisation setting, on the settings history', async () => {
    const services = screenServices(NOW);
    await seedIncident(services, { title: 'Noe', awareAt: '2026-11-24T08:00:00.000Z', assess: false });
    renderScreen(services, <RetentionPanel settings={(await getSettings(services.db))!} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Måneder etter at hendelsen er lukket'), '6');
    await user.click(screen.getByRole('button', { name: 'Lagre lagringstiden' }));
    await screen.findByText('Lagringstiden er lagret.');
    expect((await getSettings(services.db))?.peopleRetentionMonths).toBe(6);
  });

  it('erases the people of incidents closed longer ago than the period, after a confirmation that says how many', async () => {
    const { services, incident, ctx } = await withPeople(screenServices(NOW), '2025-01-10T08:00:00.000Z');
    await closeIncident(services.db, incident.id, 'Ferdig behandlet.', { ...ctx, now: new Date('2025-02-01T08:00:00.000Z') });
    const open = await withPeople(services);
    await saveSettings(services.db, { peopleRetentionMonths: 12 }, ctx);
    renderScreen(services, <RetentionPanel settings={(await getSettings(services.db))!} />);
    const user = userEvent.setup();
    expect(await screen.findByText('2 personer i 1 lukkede hendelser er eldre enn lagringstiden.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Slett det som er eldre enn lagringstiden …' }));
    expect(screen.getByText('Slette opplysningene om 2 personer i 1 hendelser for godt?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ja, slett' }));
    expect(await screen.findByText('Opplysningene om 2 personer er slettet.')).toBeInTheDocument();
    expect((await services.db.subjects.toArray()).map((s) => s.incidentId)).toEqual([open.incident.id, open.incident.id]);
    expect((await incidentTimeline(services.db, incident.id)).at(-1)?.kind).toBe('subjects-erased');
  });

  it('refuses a period that is not a whole number of months, and saves nothing', async () => {
    const services = screenServices(NOW);
    await seedIncident(services, { title: 'Noe', awareAt: '2026-11-24T08:00:00.000Z', assess: false });
    renderScreen(services, <RetentionPanel settings={(await getSettings(services.db))!} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Måneder etter at hendelsen er lukket'), '2,5');
    await user.click(screen.getByRole('button', { name: 'Lagre lagringstiden' }));
    expect(await screen.findByText('Skriv et helt antall måneder fra 1 til 1200, eller la feltet stå tomt.')).toBeInTheDocument();
    expect((await getSettings(services.db))?.peopleRetentionMonths).toBeUndefined();
  });
});
