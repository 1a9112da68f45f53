// The composition root, with every Electron object faked: the hardening is wired up before the
// first window exists, and a second instance does nothing but quit.
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '../../shared/bridge';

const fake = vi.hoisted(() => {
  const make = () => {
    let resolveReady: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (resolveReady = resolve));
    const appListeners = new Map<string, (...args: unknown[]) => void>();
    const windows: {
      options: Record<string, unknown>;
      loadURL: ReturnType<typeof vi.fn>;
      webContents: { on: ReturnType<typeof vi.fn> };
    }[] = [];
    const trays: unknown[] = [];
    const state = { hasLock: true, userData: '', ready: false };

    class BrowserWindow {
      webContents = { send: vi.fn(), on: vi.fn() };
      loadURL = vi.fn(() => Promise.resolve());
      once = vi.fn();
      on = vi.fn();
      isDestroyed = () => false;
      constructor(readonly options: Record<string, unknown>) {
        windows.push(this);
      }
    }
    class Tray {
      on = vi.fn();
      setToolTip = vi.fn();
      setContextMenu = vi.fn();
      constructor() {
        trays.push(this);
      }
    }
    class Notification {
      static isSupported = () => true;
    }

    const session = {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() },
      },
    };
    const module = {
      app: {
        isPackaged: true,
        enableSandbox: vi.fn(),
        requestSingleInstanceLock: vi.fn(() => state.hasLock),
        quit: vi.fn(),
        exit: vi.fn(),
        on: vi.fn((event: string, listener: (...args: unknown[]) => void) =>
          appListeners.set(event, listener),
        ),
        whenReady: vi.fn(() => ready),
        isReady: () => state.ready,
        getPath: vi.fn(() => state.userData),
        getName: () => 'Avvik',
        getVersion: () => '0.1.0',
        setAppUserModelId: vi.fn(),
      },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session,
      ipcMain: { handle: vi.fn() },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      nativeImage: { createFromPath: () => ({ resize: () => ({}) }) },
      dialog: {
        showSaveDialog: vi.fn(),
        showOpenDialog: vi.fn(),
        showErrorBox: vi.fn(),
        showMessageBox: vi.fn(() => Promise.resolve({ response: 1 })),
      },
      shell: { openExternal: vi.fn(() => Promise.resolve()) },
      safeStorage: { isEncryptionAvailable: () => true, encryptString: (text: string) => Buffer.from(text), decryptString: (data: Buffer) => data.toString() },
      BrowserWindow,
      Tray,
      Notification,
    };
    return {
      module,
      state,
      ready: () => {
        state.ready = true;
        resolveReady();
      },
      appListeners,
      windows,
      trays,
    };
  };
  return { current: make(), make };
});

// Each launch gets fresh fakes; the mocked module reads whichever launch is current.
vi.mock('electron', () => {
  const module: Record<string, unknown> = {};
  for (const key of Object.keys(fake.current.module)) {
    Object.defineProperty(module, key, {
      enumerable: true,
      get: () => fake.current.module[key as keyof typeof fake.current.module],
    });
  }
  return module;
});

async function launch({ hasLock }: { hasLock: boolean }) {
  fake.current = fake.make();
  fake.current.state.hasLock = hasLock;
  fake.current.state.userData = mkdtempSync(path.join(tmpdir(), 'avvik-main-'));
  await import('../../electron/main');
  return fake.current;
}

async function becomeReady(current: typeof fake.current) {
  current.ready();
  await vi.waitFor(() => expect(current.windows.length).toBe(1));
}

describe('starting Avvik', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.clearAllMocks());

  it('sandboxes every renderer and registers app:// before the app is ready', async () => {
    const { module, windows } = await launch({ hasLock: true });
    expect(module.app.enableSandbox).toHaveBeenCalled();
    expect(module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app' }),
    ]);
    expect(module.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    expect(windows).toHaveLength(0);
  });

  it('hardens the session, serves app:// and answers the bridge before the window opens', async () => {
    const current = await launch({ hasLock: true });
    await becomeReady(current);
    const { module } = current;
    const session = module.session.defaultSession;
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.setPermissionCheckHandler).toHaveBeenCalled();
    expect(session.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(module.ipcMain.handle.mock.calls.map((call) => call[0]).sort()).toEqual(
      Object.values(IpcChannel).sort(),
    );
    expect(module.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('opens one sandboxed window on the app page, with the bundled preload', async () => {
    const current = await launch({ hasLock: true });
    await becomeReady(current);
    const window = current.windows[0]!;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
      preload: expect.stringMatching(/preload\.cjs$/),
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://avvik/index.html');
  });

  it('asks before a web link opens in the browser, in the user’s language, and opens it only on yes', async () => {
    const current = await launch({ hasLock: true });
    await becomeReady(current);
    const { dialog, shell, ipcMain } = current.module;
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const contents = {
      on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener),
      setWindowOpenHandler: vi.fn(),
    };
    current.appListeners.get('web-contents-created')!({}, contents);
    const click = () =>
      listeners.get('will-navigate')!({ preventDefault: vi.fn() }, 'https://www.datatilsynet.no/meld');

    click();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1));
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      current.windows[0],
      expect.objectContaining({ message: 'Åpne www.datatilsynet.no i nettleseren din?' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shell.openExternal).not.toHaveBeenCalled();

    const setLanguage = ipcMain.handle.mock.calls.find((call) => call[0] === IpcChannel.setLanguage)![1] as (
      event: unknown,
      language: unknown,
    ) => unknown;
    await setLanguage({ senderFrame: { url: 'app://avvik/index.html', parent: null } }, 'en');
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    click();
    await vi.waitFor(() =>
      expect(shell.openExternal).toHaveBeenCalledWith('https://www.datatilsynet.no/meld'),
    );
    expect(dialog.showMessageBox).toHaveBeenLastCalledWith(
      current.windows[0],
      expect.objectContaining({ message: 'Open www.datatilsynet.no in your browser?' }),
    );
  });

  describe('a save in pieces the page leaves unfinished', () => {
    const fromApp = { senderFrame: { url: 'app://avvik/index.html', parent: null } };

    async function beginSaveInFolder(current: typeof fake.current, folder = mkdtempSync(path.join(tmpdir(), 'avvik-saved-'))) {
      const { dialog, ipcMain } = current.module;
      dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(folder, 'backup.json') });
      const call = (channel: string, payload: unknown) =>
        (ipcMain.handle.mock.calls.find((handled) => handled[0] === channel)![1] as (event: unknown, payload: unknown) => Promise<unknown>)(fromApp, payload);
      const begun = (await call(IpcChannel.beginSave, { suggestedName: 'backup.json', mimeType: 'application/json' })) as { save: string };
      expect(await call(IpcChannel.writePiece, { save: begun.save, offset: 0, bytes: new Uint8Array([1]) })).toEqual({ ok: true });
      await vi.waitFor(() => expect(readdirSync(folder)).toHaveLength(1));
      return folder;
    }

    it('removes what a killed process left in that folder when a new save there begins', async () => {
      const current = await launch({ hasLock: true });
      await becomeReady(current);
      const folder = mkdtempSync(path.join(tmpdir(), 'avvik-saved-'));
      const leftover = path.join(folder, 'backup.json.avvik-3f2a9c1d.part');
      writeFileSync(leftover, 'half a backup');
      const yesterday = (Date.now() - 24 * 60 * 60 * 1000) / 1000;
      utimesSync(leftover, yesterday, yesterday);
      await beginSaveInFolder(current, folder);
      expect(readdirSync(folder)).toEqual([expect.stringMatching(/^backup\.json\.avvik-[0-9a-f]{8}\.part$/)]);
      expect(readdirSync(folder)).not.toContain(path.basename(leftover));
    });

    it('is abandoned, leaving nothing, when the page loads again', async () => {
      const current = await launch({ hasLock: true });
      await becomeReady(current);
      const folder = await beginSaveInFolder(current);
      const onContents = current.windows[0]!.webContents.on;
      const reloaded = onContents.mock.calls.find((call: unknown[]) => call[0] === 'did-navigate')![1] as () => void;
      reloaded();
      await vi.waitFor(() => expect(readdirSync(folder)).toEqual([]));
    });

    it('is removed before the app quits', async () => {
      const current = await launch({ hasLock: true });
      await becomeReady(current);
      const folder = await beginSaveInFolder(current);
      const event = { preventDefault: vi.fn() };
      current.appListeners.get('will-quit')!(event);
      expect(event.preventDefault).toHaveBeenCalled();
      await vi.waitFor(() => expect(current.module.app.quit).toHaveBeenCalled());
      expect(readdirSync(folder)).toEqual([]);
      const again = { preventDefault: vi.fn() };
      current.appListeners.get('will-quit')!(again);
      expect(again.preventDefault).not.toHaveBeenCalled();
    });
  });

  it('puts an icon in the tray on Windows and Linux', async () => {
    const current = await launch({ hasLock: true });
    await becomeReady(current);
    expect(current.trays).toHaveLength(process.platform === 'darwin' ? 0 : 1);
  });

  it('brings the window back when Avvik is launched again', async () => {
    const current = await launch({ hasLock: true });
    current.appListeners.get('second-instance')!();
    expect(current.windows).toHaveLength(0);
    await becomeReady(current);
    const window = current.windows[0] as unknown as Record<string, unknown>;
    Object.assign(window, { isMinimized: () => false, show: vi.fn(), focus: vi.fn() });
    current.appListeners.get('second-instance')!();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(current.windows).toHaveLength(1);
  });

  it('quits at once when another instance is running', async () => {
    const { module } = await launch({ hasLock: false });
    expect(module.app.quit).toHaveBeenCalled();
    expect(module.app.whenReady).not.toHaveBeenCalled();
    expect(module.app.on).not.toHaveBeenCalledWith('web-contents-created', expect.any(Function));
  });
});
