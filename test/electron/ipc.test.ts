import { describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '../../shared/bridge';
import {
  installIpcHandlers,
  isTrustedSender,
  type BridgeHandlers,
  type InvokeEventLike,
} from '../../electron/ipc';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

const fromApp: InvokeEventLike = { senderFrame: { url: 'app://avvik/index.html', parent: null } };

const FOLDER = '0b8f0f43-7f5e-4bb4-9a43-5d3c1b3f6a21';
const TOKEN = '5d3c1b3f-7f5e-4bb4-9a43-0b8f0f436a21';
const PIECE = 4 * 1024 * 1024;

function setUp() {
  const handlers = {
    appInfo: vi.fn(() => ({
      name: 'Avvik',
      version: '0.1.0',
      runtime: 'electron' as const,
      platform: 'linux',
    })),
    saveFile: vi.fn(() => Promise.resolve({ ok: true as const, path: '/home/a/varsel.pdf' })),
    chooseFolder: vi.fn(() => Promise.resolve({ ok: true as const, folder: FOLDER, path: '/home/a/brev' })),
    saveInFolder: vi.fn(() => Promise.resolve({ ok: true as const })),
    openFile: vi.fn(() => Promise.resolve({ ok: true as const, name: 'a.csv', bytes: new Uint8Array() })),
    beginSave: vi.fn(() => Promise.resolve({ ok: true as const, save: TOKEN })),
    writePiece: vi.fn(() => Promise.resolve({ ok: true as const })),
    finishSave: vi.fn(() => Promise.resolve({ ok: true as const, path: '/home/a/avvik-backup.json' })),
    beginOpen: vi.fn(() => Promise.resolve({ ok: true as const, name: 'a.json', size: 10, file: TOKEN })),
    readPiece: vi.fn(() => Promise.resolve({ ok: true as const, bytes: new Uint8Array(10) })),
    finishOpen: vi.fn(() => Promise.resolve({ ok: true as const })),
    notify: vi.fn(() => ({ ok: true as const })),
    setLanguage: vi.fn(() => ({ ok: true as const })),
    setSyncServer: vi.fn(() => ({ ok: true as const, reload: false })),
    testSyncServer: vi.fn(() => Promise.resolve({ ok: false as const, problem: 'unreachable' as const })),
    saveSyncSecret: vi.fn(() => ({ ok: true as const })),
    loadSyncSecret: vi.fn(() => ({ ok: true as const, secret: null })),
    forgetSyncSecret: vi.fn(() => ({ ok: true as const })),
    keychainStatus: vi.fn(() => ({ ok: true as const, available: true })),
    readKeyFile: vi.fn(() => Promise.resolve({ ok: true as const, bytes: null })),
    writeKeyFile: vi.fn(() => Promise.resolve({ ok: true as const })),
  } satisfies BridgeHandlers;
  const listeners = new Map<string, Listener>();
  installIpcHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, handlers);
  const invoke = (channel: string, event: InvokeEventLike, ...args: unknown[]) =>
    listeners.get(channel)!(event, ...args);
  return { handlers, listeners, invoke };
}

describe('the IPC handlers', () => {
  it('answer every channel of the bridge, and no other', () => {
    const { listeners } = setUp();
    expect([...listeners.keys()].sort()).toEqual(Object.values(IpcChannel).sort());
  });

  it('pass a valid payload on, cleaned by its schema', async () => {
    const { handlers, invoke } = setUp();
    const bytes = new Uint8Array([1, 2, 3]);
    const result = await invoke(IpcChannel.saveFile, fromApp, {
      suggestedName: 'var\u0000sel',
      mimeType: 'application/pdf',
      bytes,
    });
    expect(result).toEqual({ ok: true, path: '/home/a/varsel.pdf' });
    expect(handlers.saveFile).toHaveBeenCalledWith({
      suggestedName: 'varsel.pdf',
      mimeType: 'application/pdf',
      bytes,
    });
  });

  it('pass a file for a chosen folder on with its name checked and its extension', async () => {
    const { handlers, invoke } = setUp();
    const bytes = new Uint8Array([1]);
    await invoke(IpcChannel.saveInFolder, fromApp, { folder: FOLDER, name: 'AVV-1-0001-kari', mimeType: 'application/pdf', bytes });
    expect(handlers.saveInFolder).toHaveBeenCalledWith({ folder: FOLDER, name: 'AVV-1-0001-kari.pdf', mimeType: 'application/pdf', bytes });
  });

  it('pass a save in pieces on: the name with its extension, each piece, the finish', async () => {
    const { handlers, invoke } = setUp();
    expect(await invoke(IpcChannel.beginSave, fromApp, { suggestedName: 'avvik-backup', mimeType: 'application/json' })).toEqual({ ok: true, save: TOKEN });
    expect(handlers.beginSave).toHaveBeenCalledWith({ suggestedName: 'avvik-backup.json', mimeType: 'application/json' });
    const bytes = new Uint8Array([1, 2, 3]);
    await invoke(IpcChannel.writePiece, fromApp, { save: TOKEN, offset: PIECE, bytes });
    expect(handlers.writePiece).toHaveBeenCalledWith({ save: TOKEN, offset: PIECE, bytes });
    await invoke(IpcChannel.finishSave, fromApp, { save: TOKEN, complete: false });
    expect(handlers.finishSave).toHaveBeenCalledWith({ save: TOKEN, complete: false });
  });

  it('pass an open in pieces on: the accepted kinds, each piece asked for, the close', async () => {
    const { handlers, invoke } = setUp();
    expect(await invoke(IpcChannel.beginOpen, fromApp, { accept: ['.JSON', '.age'] })).toMatchObject({ ok: true, file: TOKEN });
    expect(handlers.beginOpen).toHaveBeenCalledWith({ accept: ['.json', '.age'] });
    await invoke(IpcChannel.readPiece, fromApp, { file: TOKEN, offset: 0, length: PIECE });
    expect(handlers.readPiece).toHaveBeenCalledWith({ file: TOKEN, offset: 0, length: PIECE });
    await invoke(IpcChannel.finishOpen, fromApp, { file: TOKEN });
    expect(handlers.finishOpen).toHaveBeenCalledWith({ file: TOKEN });
  });

  it('answer app info', async () => {
    const { invoke } = setUp();
    expect(await invoke(IpcChannel.appInfo, fromApp)).toMatchObject({ name: 'Avvik', runtime: 'electron' });
  });

  it.each([
    [IpcChannel.saveFile, { suggestedName: '../x', mimeType: 'application/pdf', bytes: new Uint8Array() }],
    [IpcChannel.openFile, { accept: ['*'] }],
    [IpcChannel.chooseFolder, { folderName: '../../etc' }],
    [IpcChannel.saveInFolder, { folder: '/home/a', name: 'brev.pdf', mimeType: 'application/pdf', bytes: new Uint8Array() }],
    [IpcChannel.saveInFolder, { folder: FOLDER, name: '../brev.pdf', mimeType: 'application/pdf', bytes: new Uint8Array() }],
    [IpcChannel.beginSave, { suggestedName: '../backup.json', mimeType: 'application/json' }],
    [IpcChannel.beginSave, { suggestedName: 'backup.json', mimeType: 'application/json', path: '/etc/passwd' }],
    [IpcChannel.writePiece, { save: '/home/a/backup.json', offset: 0, bytes: new Uint8Array([1]) }],
    [IpcChannel.writePiece, { save: TOKEN, offset: -1, bytes: new Uint8Array([1]) }],
    [IpcChannel.writePiece, { save: TOKEN, offset: 0, bytes: new Uint8Array(PIECE + 1) }],
    [IpcChannel.finishSave, { save: TOKEN, complete: 'yes' }],
    [IpcChannel.beginOpen, { accept: ['*'] }],
    [IpcChannel.readPiece, { file: TOKEN, offset: 0, length: PIECE + 1 }],
    [IpcChannel.readPiece, { file: '/etc/passwd', offset: 0, length: 10 }],
    [IpcChannel.finishOpen, { file: TOKEN, path: '/etc/passwd' }],
    [IpcChannel.notify, { title: '', body: '' }],
    [IpcChannel.setLanguage, 'klingon'],
    [IpcChannel.appInfo, { give: 'me everything' }],
    [IpcChannel.keychainStatus, { give: 'me the keys' }],
    [IpcChannel.readKeyFile, '/etc/passwd'],
    [IpcChannel.writeKeyFile, { bytes: new Uint8Array(), keychain: true }],
    [IpcChannel.writeKeyFile, { bytes: new Uint8Array(64 * 1024 + 1), keychain: false }],
    [IpcChannel.writeKeyFile, { bytes: [1, 2, 3], keychain: true }],
    [IpcChannel.writeKeyFile, { bytes: new Uint8Array([1]), keychain: 'yes' }],
    [IpcChannel.testSyncServer, { server: 'http://couch.example.no', team: 'avvik', authorization: 'Basic a2FyaTpwdw==' }],
    [IpcChannel.testSyncServer, { server: 'https://couch.example.no', team: 'Avvik Team', authorization: 'Basic a2FyaTpwdw==' }],
    [IpcChannel.testSyncServer, { server: 'https://couch.example.no', team: 'avvik', authorization: 'Basic a2FyaTpwdw==\r\nX-Other: 1' }],
    [IpcChannel.testSyncServer, { server: 'https://couch.example.no', team: 'avvik', authorization: 'Basic a2FyaTpwdw==', extra: true }],
  ])('refuse an invalid payload on %s without calling the handler', async (channel, payload) => {
    const { handlers, invoke } = setUp();
    expect(await invoke(channel, fromApp, payload)).toMatchObject({ ok: false, reason: 'invalid' });
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('refuse a call with more than one payload', async () => {
    const { handlers, invoke } = setUp();
    expect(await invoke(IpcChannel.setLanguage, fromApp, 'nb', 'extra')).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(handlers.setLanguage).not.toHaveBeenCalled();
  });

  it.each([
    ['a web page', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/evil.html', parent: null } }],
    ['a frame inside our page', { senderFrame: { url: 'app://avvik/index.html', parent: {} } }],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuse every call from %s', async (_name, event) => {
    const { handlers, invoke } = setUp();
    for (const channel of Object.values(IpcChannel)) {
      expect(await invoke(channel, event, 'nb')).toMatchObject({ ok: false, reason: 'invalid' });
    }
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('turn a handler that throws into a failed result', async () => {
    const { handlers, invoke } = setUp();
    handlers.notify.mockImplementation(() => {
      throw new Error('D-Bus is down');
    });
    expect(await invoke(IpcChannel.notify, fromApp, { title: 'a', body: 'b' })).toEqual({
      ok: false,
      reason: 'failed',
      message: 'D-Bus is down',
    });
  });
});

describe('a trusted sender', () => {
  it('is the top frame of our own page', () => {
    expect(isTrustedSender(fromApp)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'app://avvik.evil/', parent: null } })).toBe(false);
  });
});
