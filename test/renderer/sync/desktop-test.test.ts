import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, type AvvikBridge } from '../../../shared/bridge';
import { SyncController } from '../../../renderer/src/sync/controller';
import { openFresh } from '../db/support';

// In the desktop app the window's policy lets the page reach only the server already allowed, so
// Settings' "test the connection" for a new server is made by the main process, and connecting tests
// first: a server that does not answer as the team's is never let into the window's policy.

const server = 'https://couch.example.no';
const credentials = { kind: 'password' as const, user: 'kari', password: 'pw' };

function desktop(tested: Awaited<ReturnType<AvvikBridge['testSyncServer']>>) {
  const bridge = {
    testSyncServer: vi.fn(() => Promise.resolve(tested)),
    setSyncServer: vi.fn(() => Promise.resolve({ ok: true as const, reload: true })),
    saveSyncSecret: vi.fn(() => Promise.resolve({ ok: true as const })),
  };
  (globalThis as Record<string, unknown>)[BRIDGE_KEY] = bridge;
  return bridge;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[BRIDGE_KEY];
  vi.unstubAllGlobals();
});

describe('the connection test in the desktop app', () => {
  it('is made by the main process, with the Authorization header, and the page fetches nothing', async () => {
    const page = vi.fn();
    vi.stubGlobal('fetch', page);
    const bridge = desktop({ ok: true, user: 'kari', access: { role: 'lead', people: true } });
    const controller = new SyncController(await openFresh('desktop-test'));
    expect(await controller.test(server, 'avvik', credentials)).toEqual({ ok: true, user: 'kari', access: { role: 'lead', people: true } });
    expect(bridge.testSyncServer).toHaveBeenCalledWith({ server, team: 'avvik', authorization: `Basic ${btoa('kari:pw')}` });
    expect(page).not.toHaveBeenCalled();
  });

  it('reads a request the bridge refused as a server that cannot be reached', async () => {
    desktop({ ok: false, reason: 'invalid', message: 'team' });
    const controller = new SyncController(await openFresh('desktop-refused'));
    expect(await controller.test(server, 'avvik', credentials)).toEqual({ ok: false, problem: 'unreachable' });
  });

  it('comes before the server is allowed: a failed test allows nothing and keeps no credentials', async () => {
    const bridge = desktop({ ok: false, problem: 'unauthorized' });
    const controller = new SyncController(await openFresh('desktop-connect'));
    expect(await controller.connect(server, 'avvik', credentials)).toEqual({ ok: false, problem: 'unauthorized' });
    expect(bridge.setSyncServer).not.toHaveBeenCalled();
    expect(bridge.saveSyncSecret).not.toHaveBeenCalled();
  });

  it('once passed, allows the server and keeps the credentials; the window reloads to start', async () => {
    const bridge = desktop({ ok: true, user: 'kari', access: { role: 'lead', people: true } });
    const controller = new SyncController(await openFresh('desktop-connected'));
    expect(await controller.connect(server, 'avvik', credentials)).toEqual({ ok: true, reload: true });
    expect(bridge.setSyncServer).toHaveBeenCalledWith(server);
    expect(bridge.saveSyncSecret).toHaveBeenCalledOnce();
    expect(bridge.testSyncServer.mock.invocationCallOrder[0]).toBeLessThan(bridge.setSyncServer.mock.invocationCallOrder[0]!);
  });
});
