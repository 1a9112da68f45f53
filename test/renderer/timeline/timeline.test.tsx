import { afterEach, describe, expect, it, vi } from 'vitest';
import '../register/timeouts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TimelineScreen } from '../../../renderer/src/features/timeline/TimelineScreen';
import type { SaveFileRequest, SaveResult } from '../../../shared/bridge';
import { pdfText, testFonts } from '../register/fonts';
import { renderScreen, screenServices } from '../register/render';
import { STOLEN_LAPTOP_FACTS, seedIncident } from '../register/seed';

const files = vi.hoisted(() => ({ saved: [] as SaveFileRequest[] }));
vi.mock('../../../renderer/src/platform', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  saveFile: async (request: SaveFileRequest): Promise<SaveResult> => {
    files.saved.push(request);
    return { ok: true, path: request.suggestedName };
  },
}));
vi.mock('../../../renderer/src/documents/fonts', () => ({ loadFonts: async () => testFonts() }));

// Wednesday 25 November 2026, 10:00 in Oslo.
const NOW = new Date('2026-11-25T09:00:00Z');
afterEach(() => {
  files.saved.length = 0;
});

async function seedThree() {
  const services = screenServices(NOW);
  const notified = await seedIncident(services, {
    title: 'Stjålet bærbar PC',
    awareAt: '2026-11-23T08:00:00.000Z',
    facts: STOLEN_LAPTOP_FACTS,
    assess: true,
    measure: {
      kind: 'containment',
      text: 'PC-en er sperret og slettet fra fjernstyring',
      at: '2026-11-23T12:00:00.000Z',
    },
    notified: { at: '2026-11-24T10:00:00.000Z', reference: 'AR987654321' },
  });
  const overdue = await seedIncident(services, {
    title: 'Tapt minnepinne',
    awareAt: '2026-11-21T08:00:00.000Z',
  });
  await seedIncident(services, {
    title: 'Lukket sak',
    awareAt: '2026-11-01T08:00:00.000Z',
    decide: { notifyAuthority: false, notifySubjects: false, rationale: 'Ingen personopplysninger.' },
    closeWith: 'Ikke et brudd.',
  });
  return { services, notified, overdue };
}

describe('the management timeline', { timeout: 30_000 }, () => {
  it('shows every open incident on its own time axis, and not the closed ones', async () => {
    const { services } = await seedThree();
    renderScreen(services, <TimelineScreen route={{ name: 'timeline' }} />);
    const cards = await screen.findAllByTestId('timeline-card');
    expect(cards.map((c) => within(c).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'AVV-2026-002 Tapt minnepinne',
      'AVV-2026-001 Stjålet bærbar PC',
    ]);
    expect(await screen.findByRole('img', { name: /Tidslinje for AVV-2026-001/ })).toBeInTheDocument();
    expect(screen.queryByText(/Lukket sak/)).toBeNull();
  });

  it('says where each incident stands: overdue, or notified within the deadline', async () => {
    const { services } = await seedThree();
    renderScreen(services, <TimelineScreen route={{ name: 'timeline' }} />);
    const [overdue, notified] = await screen.findAllByTestId('timeline-card');
    expect(within(overdue!).getByText(/^Fristen er passert \(1 d 01 t 00 min siden\)$/)).toHaveAttribute(
      'data-state',
      'overdue',
    );
    expect(within(overdue!).getByText('24.11.2026 09:00 CET')).toBeInTheDocument();
    expect(await within(notified!).findByText('Meldt innen fristen')).toHaveAttribute('data-state', 'met');
    expect(within(notified!).getByText('Høy risiko')).toBeInTheDocument();
  });

  it('draws awareness, the deadline, now and the events, and lists them in words under the picture', async () => {
    const { services, notified } = await seedThree();
    renderScreen(services, <TimelineScreen route={{ name: 'incident-timeline', id: notified.id }} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tidslinje: AVV-2026-001' }),
    ).toBeInTheDocument();
    const card = await screen.findByTestId('timeline-card');
    const items = (await within(card).findAllByRole('listitem')).map((li) => li.textContent);
    expect(items).toEqual([
      '23.11.2026 09:00 CETFikk kjennskap: fristen starter',
      '23.11.2026 09:00 CETRegistrert i Avvik',
      '23.11.2026 13:00 CETTiltak (begrensning): PC-en er sperret og slettet fra fjernstyring',
      '24.11.2026 11:00 CETMeldt til Datatilsynet, AR987654321',
      '25.11.2026 10:00 CETVurdert: høy risiko',
    ]);
    const svg = within(card).getByTestId('timeline-svg');
    expect(svg).toHaveTextContent('72 timer');
    expect(svg).toHaveTextContent('Frist 26.11.2026 09:00 CET');
    expect(within(card).getByTestId('deadline-line')).toBeInTheDocument();
    expect(within(card).getByTestId('now-line')).toBeInTheDocument();
    // Every dot is named on the picture: awareness and registration share a label (same minute).
    const labels = within(svg).getAllByTestId('timeline-label').map((label) => label.textContent);
    expect(labels[0]).toMatch(/^1–2 {2}23\.11 09:00/);
    expect(labels.join(' ')).toMatch(/1 Fikk kjennskap.*2 Registrert i Avvik.*3 {2}23\.11 13:00.*4 {2}24\.11 11:00.*5 {2}25\.11 10:00/);
  });

  it('prints the page as it is', async () => {
    const { services } = await seedThree();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderScreen(services, <TimelineScreen route={{ name: 'timeline' }} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Skriv ut' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('exports the timeline PDF with the deadline in Oslo time and records the export', async () => {
    const { services, notified } = await seedThree();
    renderScreen(services, <TimelineScreen route={{ name: 'incident-timeline', id: notified.id }} />, 'en');
    const user = userEvent.setup();
    const save = await screen.findByRole('button', { name: 'Save as PDF …' });
    await vi.waitFor(() => expect(save).toBeEnabled());
    await user.click(save);
    expect(
      await screen.findByText(
        'The timeline of AVV-2026-001 was saved as AVV-2026-001-timeline-en.pdf.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const text = pdfText(files.saved[0]!.bytes);
    expect(text).toContain('AVV-2026-001');
    expect(text).toContain('Deadline 26/11/2026 09:00 CET');
    const events = await services.db.events.where('incidentId').equals(notified.id).toArray();
    expect(events.filter((e) => e.kind === 'document-exported').map((e) => e.payload)).toEqual([
      expect.objectContaining({
        documentKind: 'timeline',
        name: 'AVV-2026-001-timeline-en.pdf',
        size: files.saved[0]!.bytes.length,
      }),
    ]);
  }, 20_000);
});
