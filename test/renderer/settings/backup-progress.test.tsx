import { describe, expect, it, vi } from 'vitest';
import '../register/timeouts';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeServices, renderApp } from '../harness';
import { useUi } from '../../../renderer/src/state/ui';
import type { OpenFileRequest } from '../../../shared/bridge';
import type { CheckWatch } from '../../../renderer/src/db/backupCheck';
import { picked } from '../picked';
import type { OpenedFile } from '../../../renderer/src/db/fileEncryption';

// A large backup takes a while to write and to check: saving and restoring say which step they are
// on and how far they have come, and the user can stop them, with nothing written. The work itself
// stands still here until it is stopped, so the screen can be read at a known point.

const check = vi.hoisted(() => ({ stopped: false, bytes: 0 }));
const saving = vi.hoisted(() => ({ stopped: false, saved: 0 }));
vi.mock('../../../renderer/src/platform', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  saveFile: async () => {
    saving.saved++;
    return { ok: true, path: 'x' };
  },
  pickFile: async (_request: OpenFileRequest) => picked({ ok: true, name: 'stor-kopi.json', bytes: new TextEncoder().encode('{}') }),
}));
vi.mock('../../../renderer/src/db/backupCheck', () => ({
  checkBackupFile: (source: OpenedFile, { onProgress, signal }: CheckWatch) => {
    check.bytes = source.file.size;
    onProgress?.('signatures', 40_000, 96_931);
    return new Promise((_resolve, reject) => {
      signal?.addEventListener('abort', () => {
        check.stopped = true;
        reject(signal.reason);
      });
    });
  },
}));

vi.mock('../../../renderer/src/db/backupExport', () => ({
  exportBackupFile: (_db: unknown, _options: unknown, { onProgress, signal }: CheckWatch) => {
    (onProgress as unknown as (step: string, done: number, total: number) => void)('writing', 12_288, 100_000);
    return new Promise((_resolve, reject) => {
      signal?.addEventListener('abort', () => {
        saving.stopped = true;
        reject(signal.reason);
      });
    });
  },
}));

describe('saving a large backup', { timeout: 20_000 }, () => {
  it.each([
    ['nb', 'Ukryptert eksport', 'Lagre sikkerhetskopi …', /^Skriver filen: 12\s288 av 100\s000 poster$/, 'Avbryt lagringen', 'Lagringen ble avbrutt. Ingen sikkerhetskopi er lagret.'],
    ['en', 'Unencrypted export', 'Save a backup …', /^Writing the file: 12,288 of 100,000 records$/, 'Stop saving', 'Saving was stopped. No backup was saved.'],
  ] as const)('shows how far the file has come and stops on request (%s)', async (lang, plain, save, progress, stop, stopped) => {
    saving.stopped = false;
    renderApp(makeServices(new Date('2026-11-25T09:00:00Z')));
    act(() => useUi.setState({ lang, route: { name: 'settings' } }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: new RegExp(plain) }));
    await user.click(await screen.findByRole('button', { name: save }));
    const bar = await screen.findByRole('progressbar', { name: progress });
    expect(bar).toHaveAttribute('max', '100000');
    expect(bar).toHaveAttribute('value', '12288');

    await user.click(screen.getByRole('button', { name: stop }));
    expect(await screen.findByText(stopped)).toBeInTheDocument();
    expect(saving.stopped).toBe(true);
    expect(saving.saved).toBe(0);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: save })).toBeEnabled();
  });
});

describe('restoring a large backup', { timeout: 20_000 }, () => {
  it.each([
    ['nb', 'Gjenopprett fra sikkerhetskopi …', /^Kontrollerer signaturene: 40\s000 av 96\s931 hendelser$/, 'Avbryt kontrollen', 'Ingenting er importert.'],
    ['en', 'Restore from a backup …', /^Checking the signatures: 40,000 of 96,931 events$/, 'Stop the check', 'Nothing was imported.'],
  ] as const)('shows how far the check has come and stops it on request (%s)', async (lang, restore, progress, stop, stopped) => {
    check.stopped = false;
    const services = makeServices(new Date('2026-11-25T09:00:00Z'));
    renderApp(services);
    act(() => useUi.setState({ lang, route: { name: 'settings' } }));
    const user = userEvent.setup();
    const before = await services.db.events.count();

    await user.click(await screen.findByRole('button', { name: restore }));
    const bar = await screen.findByRole('progressbar', { name: progress });
    expect(bar).toHaveAttribute('max', '96931');
    expect(bar).toHaveAttribute('value', '40000');
    expect(screen.getByText(progress)).toBeInTheDocument();
    expect(check.bytes).toBe(2);

    await user.click(screen.getByRole('button', { name: stop }));
    expect(await screen.findByText(stopped)).toBeInTheDocument();
    expect(check.stopped).toBe(true);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(await services.db.events.count()).toBe(before);
  });
});
