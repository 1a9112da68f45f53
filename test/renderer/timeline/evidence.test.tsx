import { afterEach, describe, expect, it, vi } from 'vitest';
import '../register/timeouts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TimelineScreen } from '../../../renderer/src/features/timeline/TimelineScreen';
import { EvidenceImport } from '../../../renderer/src/features/settings/EvidenceImport';
import type { OpenResult, SaveFileRequest, SaveResult } from '../../../shared/bridge';
import { testFonts } from '../register/fonts';
import { renderScreen, screenServices } from '../register/render';
import { STOLEN_LAPTOP_FACTS, seedIncident } from '../register/seed';
import { picked } from '../picked';

const files = vi.hoisted(() => ({ saved: [] as SaveFileRequest[], toOpen: null as OpenResult | null }));
vi.mock('../../../renderer/src/platform', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  saveFile: async (request: SaveFileRequest): Promise<SaveResult> => {
    files.saved.push(request);
    return { ok: true, path: request.suggestedName };
  },
  pickFile: async () => picked(files.toOpen),
}));
vi.mock('../../../renderer/src/documents/fonts', () => ({ loadFonts: async () => testFonts() }));

const NOW = new Date('2026-11-25T09:00:00Z');
afterEach(() => {
  files.saved.length = 0;
  files.toOpen = null;
});

describe('the evidence bundle of one incident', () => {
  it('is saved from the incident timeline, recorded, and taken in whole on another machine', async () => {
    const here = screenServices(NOW);
    const incident = await seedIncident(here, {
      title: 'Stjålet bærbar PC',
      awareAt: '2026-11-23T08:00:00.000Z',
      facts: STOLEN_LAPTOP_FACTS,
      assess: true,
    });
    const view = renderScreen(here, <TimelineScreen route={{ name: 'incident-timeline', id: incident.id }} />);
    const user = userEvent.setup();
    // Not about encryption: the explicit unencrypted export.
    await user.click(await screen.findByRole('radio', { name: /Ukryptert eksport/ }));
    await user.click(await screen.findByRole('button', { name: 'Lagre bevispakke' }));
    expect(await screen.findByText(/Bevispakken AVV-2026-\d+-evidence-2026-11-25\.json er lagret/)).toBeInTheDocument();
    const saved = files.saved.find((f) => f.mimeType === 'application/json')!;
    expect(saved).toBeDefined();
    expect(await here.db.events.where('kind').equals('document-exported').count()).toBe(1);
    view.unmount();

    const elsewhere = screenServices(NOW);
    files.toOpen = { ok: true, name: saved.suggestedName, bytes: saved.bytes };
    renderScreen(elsewhere, <EvidenceImport />);
    await user.click(screen.getByRole('button', { name: 'Importer bevispakke' }));
    // Shown first, written only once confirmed.
    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByText(/^Ny hendelse: AVV-2026-\d+ Stjålet bærbar PC$/)).toBeInTheDocument();
    expect(await elsewhere.db.incidents.get(incident.id)).toBeUndefined();
    await user.click(within(preview).getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText(/er kontrollert og importert: 1 hendelse\(r\).*1 PDF-er med riktig hash/)).toBeInTheDocument();
    expect((await elsewhere.db.incidents.get(incident.id))?.title).toBe('Stjålet bærbar PC');
  });

  it('a tampered bundle is refused and nothing is written', async () => {
    const here = screenServices(NOW);
    const incident = await seedIncident(here, { title: 'Tapt minnepinne', awareAt: '2026-11-23T08:00:00.000Z' });
    renderScreen(here, <TimelineScreen route={{ name: 'incident-timeline', id: incident.id }} />);
    const user = userEvent.setup();
    // Not about encryption: the explicit unencrypted export.
    await user.click(await screen.findByRole('radio', { name: /Ukryptert eksport/ }));
    await user.click(await screen.findByRole('button', { name: 'Lagre bevispakke' }));
    await screen.findByText(/Bevispakken .* er lagret/);
    const text = new TextDecoder().decode(files.saved.find((f) => f.mimeType === 'application/json')!.bytes);
    const tampered = text.replace('Tapt minnepinne', 'Ingen hendelse');
    expect(tampered).not.toBe(text);

    const elsewhere = screenServices(NOW);
    files.toOpen = { ok: true, name: 'bundle.json', bytes: new TextEncoder().encode(tampered) };
    renderScreen(elsewhere, <EvidenceImport />);
    await user.click(screen.getAllByRole('button', { name: 'Importer bevispakke' }).at(-1)!);
    expect(await screen.findByTestId('evidence-error')).toHaveTextContent('ble avvist, og ingenting er endret');
    expect(await elsewhere.db.incidents.count()).toBe(0);
  });
});
