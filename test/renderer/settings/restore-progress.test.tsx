import { describe, expect, it, vi } from 'vitest';
import '../register/timeouts';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeServices, renderApp } from '../harness';
import { useUi } from '../../../renderer/src/state/ui';
import type { OpenFileRequest, OpenResult } from '../../../shared/bridge';
import type { CheckWatch } from '../../../renderer/src/db/backupCheck';

// A large backup takes a while to check: the restore says which step it is on and how far it has
// come, and the user can stop it, with nothing written. The check itself stands still here until
// it is stopped, so the screen can be read at a known point.

const check = vi.hoisted(() => ({ stopped: false, bytes: 0 }));
vi.mock('../../../renderer/src/platform', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  openFile: async (_request: OpenFileRequest): Promise<OpenResult> => ({ ok: true, name: 'stor-kopi.json', bytes: new TextEncoder().encode('{}') }),
}));
vi.mock('../../../renderer/src/db/backupCheck', () => ({
  checkBackupBytes: (bytes: Uint8Array, { onProgress, signal }: CheckWatch) => {
    check.bytes = bytes.length;
    onProgress?.('signatures', 40_000, 96_931);
    return new Promise((_resolve, reject) => {
      signal?.addEventListener('abort', () => {
        check.stopped = true;
        reject(signal.reason);
      });
    });
  },
}));

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
