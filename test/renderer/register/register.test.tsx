import { afterEach, describe, expect, it, vi } from 'vitest';
import './timeouts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RegisterScreen } from '../../../renderer/src/features/register/RegisterScreen';
import { renderScreen, screenServices as makeServices } from './render';
import type { SaveFileRequest, SaveResult } from '../../../shared/bridge';
import { STOLEN_LAPTOP_FACTS, seedIncident } from './seed';
import { pdfText, testFonts } from './fonts';

const files = vi.hoisted(() => ({ saved: [] as SaveFileRequest[] }));
vi.mock('../../../renderer/src/platform', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  saveFile: async (request: SaveFileRequest): Promise<SaveResult> => {
    files.saved.push(request);
    return { ok: true, path: request.suggestedName };
  },
}));
vi.mock('../../../renderer/src/documents/fonts', () => ({ loadFonts: async () => testFonts() }));

const NOW = new Date('2026-11-25T09:00:00Z');
afterEach(() => {
  files.saved.length = 0;
});

/** A register with one incident of each kind: notified, decided not to notify, open, and last year's. */
async function seedRegister() {
  const services = makeServices(NOW);
  await seedIncident(services, {
    title: 'Stjålet bærbar PC med pasientliste',
    awareAt: '2026-11-20T08:00:00.000Z',
    facts: STOLEN_LAPTOP_FACTS,
    assess: true,
    decide: { notifyAuthority: true, notifySubjects: true, rationale: 'Helseopplysninger, ukryptert.' },
    notified: { at: '2026-11-21T10:00:00.000Z', reference: 'AR123456789' },
  });
  await seedIncident(services, {
    title: 'E-post til feil kollega',
    awareAt: '2026-10-02T12:00:00.000Z',
    facts: {
      ...STOLEN_LAPTOP_FACTS,
      dataCategories: ['contact'],
      subjectCount: 1,
      recipient: 'trusted',
      dataRecovered: 'yes',
      malicious: 'no',
      cause: 'human-error',
    },
    assess: true,
    decide: {
      notifyAuthority: false,
      notifySubjects: false,
      rationale: 'Mottakeren er betrodd og har slettet e-posten.',
    },
    closeWith: 'Mottakeren bekreftet sletting.',
  });
  await seedIncident(services, { title: 'Tapt minnepinne', awareAt: '2026-11-24T15:00:00.000Z' });
  await seedIncident(services, { title: 'Innbrudd i arkivet', awareAt: '2025-03-01T09:00:00.000Z' });
  return services;
}

function openRegister(services: ReturnType<typeof makeServices>, lang: 'nb' | 'en' = 'nb') {
  renderScreen(services, <RegisterScreen route={{ name: 'register' }} />, lang);
}

const rowOf = (title: string) =>
  screen.getAllByTestId('register-row').find((row) => row.textContent?.includes(title))!;

describe('the register (Art. 33(5))', { timeout: 30_000 }, () => {
  it('lists every incident ever, notified or not, newest first, with what was decided and sent', async () => {
    const services = await seedRegister();
    openRegister(services);
    await screen.findAllByTestId('register-row');
    const titles = screen
      .getAllByTestId('register-row')
      .map((row) => within(row).getAllByRole('cell')[1]!.textContent);
    expect(titles).toEqual([
      'Tapt minnepinne',
      'Stjålet bærbar PC med pasientliste',
      'E-post til feil kollega',
      'Innbrudd i arkivet',
    ]);
    expect(rowOf('Stjålet bærbar PC')).toHaveTextContent('Meldt 21.11.2026 11:00 CET');
    expect(rowOf('E-post til feil kollega')).toHaveTextContent('Besluttet ikke meldt');
    expect(rowOf('E-post til feil kollega')).toHaveTextContent('Lukket');
    expect(rowOf('Tapt minnepinne')).toHaveTextContent('Ikke vurdert');
    expect(screen.getByText(/Viser 4 av 4 hendelser/)).toBeInTheDocument();
  });

  it('unfolds under the title what Art. 33(5) documents: the facts, the effects, the action and the reasoning', async () => {
    const services = await seedRegister();
    openRegister(services);
    const user = userEvent.setup();
    await screen.findAllByTestId('register-row');
    const row = rowOf('E-post til feil kollega');
    expect(row).not.toHaveTextContent('Hva skjedde');
    await user.click(within(row).getByText('E-post til feil kollega'));
    await vi.waitFor(() => expect(row).toHaveTextContent('Begrunnelse for ikke å melde'));
    expect(row).toHaveTextContent('Hva skjedde');
    expect(row).toHaveTextContent('Virkninger');
    expect(row).toHaveTextContent('Tiltak som er gjort');
    expect(row).toHaveTextContent('Mottakeren er betrodd og har slettet e-posten.');
  });

  it('shows that each history verifies, and flags one that was altered afterwards', async () => {
    const services = await seedRegister();
    const target = (await services.db.incidents.where('ref').equals('AVV-2026-001').first())!;
    const created = (await services.db.events.where('incidentId').equals(target.id).first())!;
    await services.db.events.update(created.id, { actor: 'Noen andre' });
    openRegister(services);

    await vi.waitFor(() => expect(rowOf('Stjålet bærbar PC')).toHaveTextContent('Endret i ettertid!'), {
      timeout: 5000,
    });
    expect(rowOf('Tapt minnepinne')).toHaveTextContent('Verifisert');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '1 hendelser har en historikk som ikke henger sammen',
    );
  });

  it('filters by year, status, risk, notified or not, and words in the title', async () => {
    const services = await seedRegister();
    openRegister(services);
    const user = userEvent.setup();
    await screen.findAllByTestId('register-row');

    await user.selectOptions(screen.getByLabelText('Periode'), 'year');
    await user.selectOptions(screen.getByLabelText('År'), '2025');
    expect(screen.getAllByTestId('register-row')).toHaveLength(1);
    expect(rowOf('Innbrudd i arkivet')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Nullstill filteret' }));
    await user.selectOptions(screen.getByLabelText('Meldt til Datatilsynet'), 'no');
    expect(screen.getAllByTestId('register-row')).toHaveLength(3);
    await user.selectOptions(screen.getByLabelText('Status'), 'closed');
    expect(screen.getAllByTestId('register-row').map((r) => r.textContent)).toEqual([
      expect.stringContaining('E-post til feil kollega'),
    ]);

    await user.click(screen.getByRole('button', { name: 'Nullstill filteret' }));
    await user.selectOptions(screen.getByLabelText('Risiko'), 'high');
    const high = screen.getAllByTestId('register-row');
    expect(high.map((row) => row.textContent)).toContainEqual(expect.stringContaining('Stjålet bærbar PC'));
    for (const row of high) expect(row).toHaveTextContent('Høy risiko');
    await user.click(screen.getByRole('button', { name: 'Nullstill filteret' }));
    await user.type(screen.getByLabelText('Søk i referanse og tittel'), 'minnepinne');
    expect(screen.getAllByTestId('register-row')).toHaveLength(1);
    await user.clear(screen.getByLabelText('Søk i referanse og tittel'));
    await user.type(screen.getByLabelText('Søk i referanse og tittel'), 'ingen slik');
    expect(screen.getByText('Ingen hendelser passer til filteret.')).toBeInTheDocument();
  });

  it('filters on a period of calendar days in Oslo time and refuses a period that ends before it starts', async () => {
    const services = await seedRegister();
    openRegister(services);
    const user = userEvent.setup();
    await screen.findAllByTestId('register-row');
    await user.selectOptions(screen.getByLabelText('Periode'), 'range');
    await user.type(screen.getByLabelText('Fra dato (kjennskap)'), '2026-11-20');
    await user.type(screen.getByLabelText('Til og med dato'), '2026-11-24');
    expect(screen.getAllByTestId('register-row')).toHaveLength(2);
    await user.clear(screen.getByLabelText('Til og med dato'));
    await user.type(screen.getByLabelText('Til og med dato'), '2026-11-01');
    expect(screen.getByLabelText('Til og med dato')).toHaveAccessibleDescription(
      'Til-datoen er før fra-datoen.',
    );
  });

  it('exports what the filter shows as a CSV that Excel opens in Norway', async () => {
    const services = await seedRegister();
    openRegister(services);
    const user = userEvent.setup();
    await screen.findAllByTestId('register-row');
    await user.selectOptions(screen.getByLabelText('Meldt til Datatilsynet'), 'yes');
    await user.click(screen.getByRole('button', { name: 'Lagre som CSV (Excel) …' }));

    expect(
      await screen.findByText('Protokollen (1 hendelser) er lagret som avviksprotokoll-2026-11-25.csv.'),
    ).toBeInTheDocument();
    const csv = files.saved[0]!;
    expect(csv.mimeType).toBe('text/csv');
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(csv.bytes).split('\r\n');
    expect(lines[0]).toContain('"Referanse";"Hendelse"');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"AR123456789"');
  });

  it('exports the register as a PDF report that reads back with every incident', async () => {
    const services = await seedRegister();
    openRegister(services, 'en');
    const user = userEvent.setup();
    await screen.findAllByTestId('register-row');
    await user.click(screen.getByRole('button', { name: 'Save as PDF …' }));
    expect(
      await screen.findByText(
        'The register (4 incidents) was saved as breach-register-2026-11-25.pdf.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const text = pdfText(files.saved[0]!.bytes);
    for (const ref of ['AVV-2026-001', 'AVV-2026-002', 'AVV-2026-003', 'AVV-2025-001'])
      expect(text).toContain(ref);
    expect(text).toContain('AR123456789');
  }, 20_000);
});
