import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, IpcChannel, IpcEvent, type AvvikBridge } from '../../shared/bridge';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  ipcRenderer: {
    invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true })),
    on: vi.fn(),
    removeListener: vi.fn(),
    send: vi.fn(),
    sendSync: vi.fn(),
    postMessage: vi.fn(),
  },
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: electron.ipcRenderer,
}));

/** Every function of the bridge; the compiler fails below if one is missing from the list. */
const BRIDGE_FUNCTIONS = [
  'appInfo',
  'saveFile',
  'chooseFolder',
  'saveInFolder',
  'openFile',
  'beginSave',
  'writePiece',
  'finishSave',
  'beginOpen',
  'readPiece',
  'finishOpen',
  'notify',
  'onOpenIncident',
  'setLanguage',
  'setSyncServer',
  'testSyncServer',
  'saveSyncSecret',
  'loadSyncSecret',
  'forgetSyncSecret',
  'keychainStatus',
  'readKeyFile',
  'writeKeyFile',
] as const;
type Unlisted = Exclude<keyof AvvikBridge, (typeof BRIDGE_FUNCTIONS)[number]>;
const everyFunctionListed: [Unlisted] extends [never] ? true : never = true;

let bridge: AvvikBridge;

beforeAll(async () => {
  await import('../../electron/preload');
  bridge = electron.exposeInMainWorld.mock.calls[0]![1] as AvvikBridge;
});

describe('the preload', () => {
  it('exposes one object, under the bridge key, once', () => {
    expect(everyFunctionListed).toBe(true);
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.exposeInMainWorld.mock.calls[0]![0]).toBe(BRIDGE_KEY);
  });

  it("exposes exactly the bridge's functions, and nothing else", () => {
    expect(Object.keys(bridge).sort()).toEqual([...BRIDGE_FUNCTIONS].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer or any of its methods', () => {
    const exposed = Object.values(bridge) as unknown[];
    expect(exposed).not.toContain(electron.ipcRenderer);
    for (const method of Object.values(electron.ipcRenderer)) expect(exposed).not.toContain(method);
  });

  it.each([
    ['appInfo', IpcChannel.appInfo, undefined],
    [
      'saveFile',
      IpcChannel.saveFile,
      { suggestedName: 'a.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([1]) },
    ],
    ['openFile', IpcChannel.openFile, { accept: ['.csv'] }],
    ['beginSave', IpcChannel.beginSave, { suggestedName: 'avvik-backup.json', mimeType: 'application/json' }],
    ['writePiece', IpcChannel.writePiece, { save: '5d3c1b3f-7f5e-4bb4-9a43-0b8f0f436a21', offset: 0, bytes: new Uint8Array([1]) }],
    ['finishSave', IpcChannel.finishSave, { save: '5d3c1b3f-7f5e-4bb4-9a43-0b8f0f436a21', complete: true }],
    ['beginOpen', IpcChannel.beginOpen, { accept: ['.json', '.age'] }],
    ['readPiece', IpcChannel.readPiece, { file: '5d3c1b3f-7f5e-4bb4-9a43-0b8f0f436a21', offset: 0, length: 10 }],
    ['finishOpen', IpcChannel.finishOpen, { file: '5d3c1b3f-7f5e-4bb4-9a43-0b8f0f436a21' }],
    ['notify', IpcChannel.notify, { title: 'Frist', body: 'AVV-2026-001' }],
    ['setLanguage', IpcChannel.setLanguage, 'en'],
    ['setSyncServer', IpcChannel.setSyncServer, 'https://couch.example.no'],
    ['testSyncServer', IpcChannel.testSyncServer, { server: 'https://couch.example.no', team: 'avvik', authorization: 'Bearer t' }],
    ['saveSyncSecret', IpcChannel.saveSyncSecret, '{"kind":"jwt","token":"t"}'],
    ['loadSyncSecret', IpcChannel.loadSyncSecret, undefined],
    ['forgetSyncSecret', IpcChannel.forgetSyncSecret, undefined],
    ['keychainStatus', IpcChannel.keychainStatus, undefined],
    ['readKeyFile', IpcChannel.readKeyFile, undefined],
    ['writeKeyFile', IpcChannel.writeKeyFile, { bytes: new Uint8Array([1]), keychain: true }],
  ] as const)(
    '%s invokes its own channel with the payload, and returns the answer',
    async (name, channel, payload) => {
      electron.ipcRenderer.invoke.mockClear();
      const call = bridge[name] as (payload?: unknown) => Promise<unknown>;
      await expect(payload === undefined ? call() : call(payload)).resolves.toEqual({ ok: true });
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(
        ...(payload === undefined ? [channel] : [channel, payload]),
      );
    },
  );

  it('hands the page the incident id of a clicked notification, never the IPC event', () => {
    const callback = vi.fn();
    bridge.onOpenIncident(callback);
    const [event, listener] = electron.ipcRenderer.on.mock.calls.at(-1)! as [
      string,
      (...args: unknown[]) => void,
    ];
    expect(event).toBe(IpcEvent.openIncident);
    listener({ sender: electron.ipcRenderer, ports: [] }, 'AVV-2026-007');
    expect(callback).toHaveBeenCalledWith('AVV-2026-007');
    expect(callback.mock.calls[0]).toHaveLength(1);
  });

  it('ignores an open-incident message that is not an id', () => {
    const callback = vi.fn();
    bridge.onOpenIncident(callback);
    const listener = electron.ipcRenderer.on.mock.calls.at(-1)![1] as (...args: unknown[]) => void;
    listener({}, { toString: () => 'x' });
    expect(callback).not.toHaveBeenCalled();
  });

  it('stops listening when the page unsubscribes', () => {
    const unsubscribe = bridge.onOpenIncident(vi.fn());
    const listener = electron.ipcRenderer.on.mock.calls.at(-1)![1];
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(IpcEvent.openIncident, listener);
  });
});
