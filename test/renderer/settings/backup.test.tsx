import { afterEach, describe, expect, it, vi } from 'vitest';
import '../register/timeouts';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeServices, renderApp } from '../harness';
import { useUi } from '../../../renderer/src/state/ui';
import { seedIncident } from '../register/seed';
import type { OpenResult, SaveFileRequest, SaveResult } from '../../../shared/bridge';
import { picked, savedBytes } from '../picked';
import type { SaveBlobRequest } from '../../../renderer/src/platform';

// The file dialogs are the platform's: here they hand over and capture bytes.
const files = vi.hoisted(() => ({
  saved: [] as SaveFileRequest[],
  next: null as OpenResult | null,
}));
vi.mock('../../../renderer/src/platform', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  saveFile: async (request: SaveFileRequest): Promise<SaveResult> => {
    files.saved.push(request);
    return { ok: true, path: request.suggestedName };
  },
  saveBlob: async (request: SaveBlobRequest): Promise<SaveResult> => {
    files.saved.push(await savedBytes(request));
    return { ok: true, path: request.suggestedName };
  },
  pickFile: async () => picked(files.next),
}));

const NOW = new Date('2026-11-25T09:00:00Z');
// Hashing every record with WebCrypto takes a moment in jsdom, more under a full parallel run.
const SLOW = { timeout: 10_000 };

afterEach(() => {
  files.saved.length = 0;
  files.next = null;
});

function openSettings(services = makeServices(NOW)) {
  renderApp(services);
  act(() => useUi.setState({ route: { name: 'settings' } }));
  return services;
}

async function counts(services: ReturnType<typeof makeServices>) {
  const { db } = services;
  return {
    incidents: await db.incidents.count(),
    events: await db.events.count(),
    settings: await db.settings.toArray(),
  };
}

describe('backup and restore', { timeout: 30_000 }, () => {
  it('saves everything as one JSON file and restores it on another machine, reporting what was merged', async () => {
    const source = makeServices(NOW);
    await seedIncident(source, {
      title: 'Tapt minnepinne',
      awareAt: '2026-11-24T08:00:00.000Z',
      assess: false,
    });
    await seedIncident(source, { title: 'Feilsendt e-post', awareAt: '2026-11-23T08:00:00.000Z' });
    openSettings(source);
    const user = userEvent.setup();
    // Not about encryption: the explicit unencrypted export.
    await user.click(await screen.findByRole('radio', { name: /Ukryptert eksport/ }));
    await user.click(await screen.findByRole('button', { name: 'Lagre sikkerhetskopi …' }));
    expect(
      await screen.findByText(/Sikkerhetskopien er lagret som .*: 2 hendelser og 2 oppføringer/, {}, SLOW),
    ).toBeInTheDocument();
    const [saved] = files.saved;
    expect(saved?.mimeType).toBe('application/json');
    expect(saved?.suggestedName).toMatch(/^avvik-backup.*\.json$/);
    cleanup();

    const target = makeServices(NOW);
    openSettings(target);
    files.next = { ok: true, name: 'kopi.json', bytes: saved!.bytes };
    await user.click(await screen.findByRole('button', { name: 'Gjenopprett fra sikkerhetskopi …' }));

    // First what it would do, with nothing written: two new incidents, from an installation not trusted here.
    const preview = await screen.findByTestId('import-preview', {}, SLOW);
    expect(within(preview).getByRole('heading', { name: 'Dette vil importen av kopi.json gjøre' })).toBeInTheDocument();
    expect(within(preview).getByText(/^Ny hendelse: AVV-2026-\d+ Tapt minnepinne$/)).toBeInTheDocument();
    expect(within(preview).getByText(/^Ny hendelse: AVV-2026-\d+ Feilsendt e-post$/)).toBeInTheDocument();
    expect(await within(preview).findByText(/fingeravtrykk [0-9A-F]{4}( [0-9A-F]{4}){7}: ikke godkjent/)).toBeInTheDocument();
    expect(await target.db.incidents.count()).toBe(0);
    await user.click(within(preview).getByRole('button', { name: 'Importer' }));

    expect(
      await screen.findByText('Sikkerhetskopien kopi.json er gjenopprettet.', {}, SLOW),
    ).toBeInTheDocument();
    const incidents = screen.getByTestId('merged-incidents');
    expect(
      within(incidents)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '0', '0', '0']);
    expect(await target.db.incidents.count()).toBe(2);
  });

  it('writes nothing when the preview is cancelled', async () => {
    const source = makeServices(NOW);
    await seedIncident(source, { title: 'Tapt minnepinne', awareAt: '2026-11-24T08:00:00.000Z' });
    openSettings(source);
    const user = userEvent.setup();
    // Not about encryption: the explicit unencrypted export.
    await user.click(await screen.findByRole('radio', { name: /Ukryptert eksport/ }));
    await user.click(await screen.findByRole('button', { name: 'Lagre sikkerhetskopi …' }));
    await screen.findByText(/Sikkerhetskopien er lagret som/, {}, SLOW);
    const bytes = files.saved[0]!.bytes;
    cleanup();
    const target = makeServices(NOW);
    openSettings(target);
    const before = await counts(target);
    files.next = { ok: true, name: 'kopi.json', bytes };
    await user.click(await screen.findByRole('button', { name: 'Gjenopprett fra sikkerhetskopi …' }));
    await user.click(within(await screen.findByTestId('import-preview', {}, SLOW)).getByRole('button', { name: 'Avbryt' }));
    expect(await screen.findByText('Ingenting er importert.')).toBeInTheDocument();
    expect(await counts(target)).toEqual(before);
  });

  it('refuses a truncated backup with a clear message and changes nothing', async () => {
    const services = makeServices(NOW);
    await seedIncident(services, { title: 'Tapt minnepinne', awareAt: '2026-11-24T08:00:00.000Z' });
    openSettings(services);
    const user = userEvent.setup();
    // Not about encryption: the explicit unencrypted export.
    await user.click(await screen.findByRole('radio', { name: /Ukryptert eksport/ }));
    await user.click(await screen.findByRole('button', { name: 'Lagre sikkerhetskopi …' }));
    await screen.findByText(/Sikkerhetskopien er lagret som/, {}, SLOW);
    const whole = files.saved[0]!.bytes;
    const before = await counts(services);

    files.next = { ok: true, name: 'halv.json', bytes: whole.slice(0, Math.floor(whole.length / 2)) };
    await user.click(screen.getByRole('button', { name: 'Gjenopprett fra sikkerhetskopi …' }));

    const error = await screen.findByTestId('backup-error', {}, SLOW);
    expect(error).toHaveAttribute('role', 'alert');
    expect(error).toHaveTextContent('Filen halv.json ble avvist.');
    expect(error).toHaveTextContent('Ingenting er endret i databasen.');
    expect(await counts(services)).toEqual(before);
  });

  it('refuses a backup whose content was edited after it was made', async () => {
    const services = makeServices(NOW);
    await seedIncident(services, { title: 'Tapt minnepinne', awareAt: '2026-11-24T08:00:00.000Z' });
    openSettings(services);
    const user = userEvent.setup();
    // Not about encryption: the explicit unencrypted export.
    await user.click(await screen.findByRole('radio', { name: /Ukryptert eksport/ }));
    await user.click(await screen.findByRole('button', { name: 'Lagre sikkerhetskopi …' }));
    await screen.findByText(/Sikkerhetskopien er lagret som/, {}, SLOW);
    const text = new TextDecoder().decode(files.saved[0]!.bytes).replace('Tapt minnepinne', 'Tapt minnepenn');
    const fresh = makeServices(NOW);
    cleanup();
    openSettings(fresh);

    files.next = { ok: true, name: 'endret.json', bytes: new TextEncoder().encode(text) };
    await user.click(await screen.findByRole('button', { name: 'Gjenopprett fra sikkerhetskopi …' }));
    expect(await screen.findByTestId('backup-error', {}, SLOW)).toHaveTextContent(/endret|skadet/);
    expect(await fresh.db.incidents.count()).toBe(0);
  });

  it('refuses a file that is not UTF-8 text at all', async () => {
    const services = openSettings();
    const user = userEvent.setup();
    files.next = {
      ok: true,
      name: 'bilde.png',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0xc3]),
    };
    await user.click(await screen.findByRole('button', { name: 'Gjenopprett fra sikkerhetskopi …' }));
    expect(await screen.findByTestId('backup-error')).toHaveTextContent(
      'Filen bilde.png er ikke en tekstfil i UTF-8',
    );
    expect(await services.db.incidents.count()).toBe(0);
  });

  it('says nothing changed when the user closes the file dialog', async () => {
    openSettings();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Gjenopprett fra sikkerhetskopi …' }));
    expect(await screen.findByText('Ingen fil valgt. Ingenting er endret.')).toBeInTheDocument();
  });
});
