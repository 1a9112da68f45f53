import { afterEach, describe, expect, it, vi } from 'vitest';
import '../register/timeouts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LettersScreen } from '../../../renderer/src/features/letters/LettersScreen';
import { importSubjects, incidentTimeline } from '../../../renderer/src/db/repository';
import type { OpenResult } from '../../../shared/bridge';
import { testFonts } from '../register/fonts';
import { renderScreen, screenServices } from '../register/render';
import { seedIncident } from '../register/seed';

// The DPO's people list: an import of people already there asks before it writes, a person is
// corrected or erased from their row, and the count is always the list's.

const files = vi.hoisted(() => ({ next: null as OpenResult | null }));
vi.mock('../../../renderer/src/platform', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  openFile: async (): Promise<OpenResult> => files.next ?? { ok: false, reason: 'cancelled', message: 'none' },
}));
vi.mock('../../../renderer/src/documents/fonts', () => ({ loadFonts: async () => testFonts() }));

const NOW = new Date('2026-11-25T09:00:00Z');
afterEach(() => {
  files.next = null;
});

const CSV = [
  'Navn;Adresse;Postnummer;Poststed;E-post;Språk',
  'Kari Nordmann;Storgata 1;0150;Oslo;kari@example.no;nb',
  'Ola Nordmann;Storgata 2;0150;Oslo;;nb',
].join('\r\n');

async function setUp(people: { name: string; address: string | null; email: string | null }[] = []) {
  const services = screenServices(NOW);
  const incident = await seedIncident(services, { title: 'Brev til feil adresse', awareAt: '2026-11-24T13:30:00.000Z', assess: false });
  const ctx = { now: NOW, actor: 'Test User', newId: services.newId };
  const subjects = people.length > 0 ? await importSubjects(services.db, incident.id, people.map((p) => ({ ...p, language: 'nb' as const })), ctx) : [];
  renderScreen(services, <LettersScreen route={{ name: 'letters', id: incident.id }} />);
  return { services, incident, subjects, user: userEvent.setup() };
}

async function importFile(user: ReturnType<typeof userEvent.setup>, text = CSV) {
  files.next = { ok: true, name: 'registrerte.csv', bytes: new TextEncoder().encode(text) };
  await user.click(await screen.findByRole('button', { name: 'Velg CSV-fil …' }));
  return screen.findByTestId('import-preview');
}

const peopleCount = () => screen.getByTestId('people-count').textContent;

describe('importing people who are already there', { timeout: 30_000 }, () => {
  it('lists each of them and writes nothing until the user chooses', async () => {
    const { services, user } = await setUp([{ name: 'Kari Nordmann', address: 'Storgata 1\n0150 Oslo', email: null }]);
    await screen.findByText('1 personer er importert.');
    const preview = await importFile(user);
    const duplicates = within(preview).getByTestId('import-duplicates');
    expect(within(duplicates).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Linje 2: Kari Nordmann har samme navn og adresse som Kari Nordmann, som allerede er importert.',
    ]);
    expect(within(preview).getByRole('button', { name: 'Importer 1 personer' })).toBeDisabled();
    expect(await services.db.subjects.count()).toBe(1);

    await user.click(within(duplicates).getByRole('radio', { name: 'Hopp over dem: importer 1' }));
    await user.click(within(preview).getByRole('button', { name: 'Importer 1 personer' }));
    await screen.findByText('2 personer er importert.', { selector: '[data-testid="people-count"]' });
    expect((await services.db.subjects.toArray()).map((s) => s.name).sort()).toEqual(['Kari Nordmann', 'Ola Nordmann']);
  });

  it('imports everyone when the user says to import them anyway', async () => {
    const { services, user } = await setUp();
    await user.click(within(await importFile(user)).getByRole('button', { name: 'Importer 2 personer' }));
    await screen.findByText('2 personer er importert.', { selector: '[data-testid="people-count"]' });
    const again = await importFile(user);
    const duplicates = within(again).getByTestId('import-duplicates');
    expect(within(duplicates).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(duplicates).getByRole('radio', { name: 'Importer dem likevel: importer 2' }));
    await user.click(within(again).getByRole('button', { name: 'Importer 2 personer' }));
    await screen.findByText('4 personer er importert.', { selector: '[data-testid="people-count"]' });
    expect(await services.db.subjects.count()).toBe(4);
  });
});

describe('correcting a person', { timeout: 30_000 }, () => {
  it('refuses a postal code that is not Norwegian, saving nothing, then saves the correction by its fields only', async () => {
    const { services, incident, subjects, user } = await setUp([{ name: 'Kari Nordmann', address: 'Storgata 1\n0150 Oslo', email: 'kari@example.no' }]);
    await user.click(await screen.findByRole('button', { name: 'Rett opplysningene om Kari Nordmann' }));
    const form = screen.getByRole('form', { name: 'Rett opplysningene om Kari Nordmann' });
    expect(within(form).getByLabelText('Postnummer')).toHaveValue('0150');
    await user.clear(within(form).getByLabelText('Postnummer'));
    await user.type(within(form).getByLabelText('Postnummer'), '12AB');
    await user.click(within(form).getByRole('button', { name: 'Lagre rettelsen' }));
    expect(await within(form).findByText(/Postnummeret «12AB» er ikke et norsk postnummer/)).toBeInTheDocument();
    expect(within(form).getByLabelText('Postnummer')).toHaveAttribute('aria-invalid', 'true');
    expect((await services.db.subjects.get(subjects[0]!.id))?.address).toBe('Storgata 1\n0150 Oslo');

    await user.clear(within(form).getByLabelText('Postnummer'));
    await user.type(within(form).getByLabelText('Postnummer'), '0151');
    await user.clear(within(form).getByLabelText('Adresse'));
    await user.type(within(form).getByLabelText('Adresse'), 'Storgata 9');
    await user.click(within(form).getByRole('button', { name: 'Lagre rettelsen' }));
    expect(await screen.findByText('Opplysningene om Kari Nordmann er rettet.')).toBeInTheDocument();
    expect((await services.db.subjects.get(subjects[0]!.id))?.address).toBe('Storgata 9\n0151 Oslo');
    expect(await screen.findByText((_, el) => el?.tagName === 'TD' && el.textContent === 'Storgata 9\n0151 Oslo')).toBeInTheDocument();
    const last = (await incidentTimeline(services.db, incident.id)).at(-1)!;
    expect(last).toMatchObject({ kind: 'subject-corrected', payload: { subjectId: subjects[0]!.id, fields: ['address'] } });
    expect(JSON.stringify(last)).not.toMatch(/Storgata|Kari/);
  });
});

describe('erasing a person', { timeout: 30_000 }, () => {
  it('asks why, erases only them, and the count follows the list', async () => {
    const { services, incident, subjects, user } = await setUp([
      { name: 'Kari Nordmann', address: 'Storgata 1\n0150 Oslo', email: null },
      { name: 'Ola Nordmann', address: 'Storgata 2\n0150 Oslo', email: null },
    ]);
    await screen.findByText('2 personer er importert.');
    await user.click(screen.getByRole('button', { name: 'Slett opplysningene om Ola Nordmann …' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Slette opplysningene om Ola Nordmann?' });
    await user.click(within(dialog).getByRole('button', { name: 'Slett for godt' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Velg hvorfor opplysningene slettes.');
    expect(await services.db.subjects.count()).toBe(2);

    await user.click(within(dialog).getByRole('radio', { name: 'Personen har bedt om å bli slettet (personvernforordningen art. 17)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Slett for godt' }));
    expect(await screen.findByText('Opplysningene om én av de registrerte er slettet.')).toBeInTheDocument();
    expect(peopleCount()).toBe('1 personer er importert.');
    expect((await services.db.subjects.toArray()).map((s) => s.name)).toEqual(['Kari Nordmann']);
    const last = (await incidentTimeline(services.db, incident.id)).at(-1)!;
    expect(last).toMatchObject({ kind: 'subjects-erased', payload: { subjectIds: [subjects[1]!.id], reason: 'person-asked' } });
    expect(JSON.stringify(last)).not.toContain('Ola');
  });

  it('erases nobody when the question is cancelled', async () => {
    const { services, user } = await setUp([{ name: 'Kari Nordmann', address: null, email: 'kari@example.no' }]);
    await user.click(await screen.findByRole('button', { name: 'Slett opplysningene om Kari Nordmann …' }));
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await services.db.subjects.count()).toBe(1);
  });
});

describe('finding a person in a long list', { timeout: 30_000 }, () => {
  it('searches names, addresses and e-mail when there are more people than the table shows', async () => {
    const people = Array.from({ length: 60 }, (_, i) => ({ name: `Person ${i}`, address: `Gate ${i}\n0150 Oslo`, email: null }));
    const { user } = await setUp([...people, { name: 'Åse Kvernmo', address: 'Fjordveien 3\n9990 Båtsfjord', email: null }]);
    await screen.findByText('61 personer er importert.');
    await user.type(screen.getByLabelText('Finn en person'), 'båtsfjord');
    expect(await screen.findByText('1 treff.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rett opplysningene om Åse Kvernmo' })).toBeInTheDocument();
  });
});
