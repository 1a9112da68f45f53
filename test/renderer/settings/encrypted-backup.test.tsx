import { afterEach, describe, expect, it, vi } from 'vitest';
import '../register/timeouts';
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeServices, renderApp } from '../harness';
import { useUi } from '../../../renderer/src/state/ui';
import { seedIncident } from '../register/seed';
import type { OpenResult, SaveFileRequest, SaveResult } from '../../../shared/bridge';
import type * as FileEncryption from '../../../renderer/src/db/fileEncryption';
import { picked, savedBytes } from '../picked';
import type { SaveBlobRequest } from '../../../renderer/src/platform';

// A backup leaves the machine encrypted unless the user asks otherwise, and opens again only with
// its passphrase. The file dialogs hand over and capture bytes; age's scrypt runs at a low work
// factor here (the app uses age's default, 2^18) to keep the suite fast.
const files = vi.hoisted(() => ({ saved: [] as SaveFileRequest[], next: null as OpenResult | null }));
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
vi.mock('../../../renderer/src/db/fileEncryption', async (importOriginal) => {
  const real = await importOriginal<typeof FileEncryption>();
  return {
    ...real,
    encryptFile: (bytes: Uint8Array, passphrase: string) => real.encryptFile(bytes, passphrase, 10),
    encryptedBlob: (plain: ReadableStream<Uint8Array>, passphrase: string) => real.encryptedBlob(plain, passphrase, 10),
  };
});

const NOW = new Date('2026-11-25T09:00:00Z');
const SLOW = { timeout: 15_000 };
const PASSPHRASE = 'sju blå hester i snøen';

afterEach(() => {
  files.saved.length = 0;
  files.next = null;
});

function openSettings(services = makeServices(NOW)) {
  renderApp(services);
  act(() => useUi.setState({ route: { name: 'settings' } }));
  return services;
}

describe('an encrypted backup', { timeout: 60_000 }, () => {
  it('asks for a passphrase of 12 characters typed twice, and saves nothing without one', async () => {
    openSettings();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Passord for filen'), 'kort');
    await user.type(screen.getByLabelText('Gjenta passordet for filen'), 'kort');
    await user.click(screen.getByRole('button', { name: 'Lagre sikkerhetskopi …' }));
    expect(await screen.findByText('Passordet må ha minst 12 tegn.')).toBeInTheDocument();
    expect(files.saved).toHaveLength(0);
  });

  it('is saved as an age file, asks for its passphrase on restore, refuses a wrong one, and opens with the right one', async () => {
    const source = makeServices(NOW);
    await seedIncident(source, { title: 'Feilsendt lønnsslipp', awareAt: '2026-11-24T08:00:00.000Z' });
    openSettings(source);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Passord for filen'), PASSPHRASE);
    await user.type(screen.getByLabelText('Gjenta passordet for filen'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Lagre sikkerhetskopi …' }));
    await screen.findByText(/Sikkerhetskopien er lagret som/, {}, SLOW);
    const [saved] = files.saved;
    expect(saved?.mimeType).toBe('application/x-age-encryption');
    expect(saved?.suggestedName).toMatch(/^avvik-backup.*\.json\.age$/);
    expect(new TextDecoder().decode(saved!.bytes.subarray(0, 21))).toBe('age-encryption.org/v1');
    expect(Buffer.from(saved!.bytes).includes(Buffer.from('Feilsendt'))).toBe(false);
    cleanup();

    const target = makeServices(NOW);
    openSettings(target);
    files.next = { ok: true, name: 'kopi.json.age', bytes: saved!.bytes };
    await user.click(await screen.findByRole('button', { name: 'Gjenopprett fra sikkerhetskopi …' }));
    await screen.findByText('Filen kopi.json.age er kryptert. Skriv passordet for å åpne den.');
    await user.type(screen.getByLabelText('Passord'), 'feil passord her');
    await user.click(screen.getByRole('button', { name: 'Åpne filen' }));
    expect(await screen.findByText('Passordet åpner ikke filen. Sjekk passordet og prøv igjen. Ingenting er endret.', {}, SLOW)).toBeInTheDocument();
    expect(await target.db.incidents.count()).toBe(0);

    await user.clear(screen.getByLabelText('Passord'));
    await user.type(screen.getByLabelText('Passord'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Åpne filen' }));
    await screen.findByTestId('import-preview', {}, SLOW);
    expect(screen.getByText(/^Ny hendelse: AVV-2026-\d+ Feilsendt lønnsslipp$/)).toBeInTheDocument();
    expect(await target.db.incidents.count()).toBe(0);
  });
});
