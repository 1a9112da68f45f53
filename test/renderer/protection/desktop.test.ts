import { describe, expect, it, vi } from 'vitest';
import { createKeyFileHandlers, type SafeStorageLike } from '../../../electron/key-file';
import type { AvvikBridge } from '../../../shared/bridge';
import { validateWriteKeyFileRequest } from '../../../shared/bridge/schemas';
import { startUp } from '../../../renderer/src/app/startup';
import { keyFileStore } from '../../../renderer/src/db/encryption/storage';
import { uniqueName } from '../db/support';

// The desktop app end to end below the window: the renderer's key file store goes through the
// bridge to the main process's key-file handlers, whose safeStorage (Electron's) is a stand-in
// that seals reversibly and says so. The payload is checked by the same validator as over IPC.
const desktop = vi.hoisted(() => ({ files: new Map<string, Uint8Array>(), sealed: 0, keychain: true, bridge: null as unknown }));

const safeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => desktop.keychain,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString: (plain) => {
    desktop.sealed++;
    return Buffer.from(`sealed:${Buffer.from(plain).toString('hex')}`);
  },
  decryptString: (sealed) => Buffer.from(sealed.toString().slice('sealed:'.length), 'hex').toString(),
};
const main = createKeyFileHandlers({
  safeStorage,
  platform: 'linux',
  filePath: () => '/home/kari/.config/Avvik/avvik-keys.bin',
  readFile: (path) => Promise.resolve(desktop.files.get(path) ?? null),
  replaceFile: (path, bytes) => {
    desktop.files.set(path, bytes);
    return Promise.resolve();
  },
});
desktop.bridge = {
  keychainStatus: () => Promise.resolve(main.keychainStatus()),
  readKeyFile: () => main.readKeyFile(),
  writeKeyFile: (request: unknown) => {
    const valid = validateWriteKeyFileRequest(request);
    return valid.ok ? main.writeKeyFile(valid.value) : Promise.resolve(valid);
  },
} satisfies Pick<AvvikBridge, 'keychainStatus' | 'readKeyFile' | 'writeKeyFile'>;

vi.mock('../../../renderer/src/platform', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getBridge: () => desktop.bridge,
}));

describe('the desktop app keeps the data key in the OS keychain', () => {
  it('a new profile is encrypted with a key file sealed by safeStorage, and opens again without a passphrase', async () => {
    const name = uniqueName('desktop');
    const first = await startUp(name);
    expect(first.kind).toBe('ready');
    if (first.kind !== 'ready') return;
    expect(await first.db.vault.get('protection')).toMatchObject({ mode: 'keychain' });
    first.db.close();

    const [stored] = [...desktop.files.values()];
    expect(String.fromCharCode(stored![0]!)).toBe('K');
    expect(desktop.sealed).toBeGreaterThan(0);
    // What the renderer gets back is the key file as it wrote it, unsealed by the main process.
    const read = await keyFileStore(name)!.read();
    expect([...read!.subarray(0, 5)]).toEqual([0x41, 0x56, 0x4b, 0x01, 0x02]);

    const again = await startUp(name);
    expect(again.kind).toBe('ready');
    if (again.kind === 'ready') again.db.close();
  });

  it('when the keychain no longer releases the key, says so and changes nothing', async () => {
    const name = uniqueName('desktop-locked');
    const first = await startUp(name);
    if (first.kind === 'ready') first.db.close();
    const before = new Map(desktop.files);
    desktop.keychain = false;
    try {
      const again = await startUp(name);
      expect(again).toMatchObject({ kind: 'failed', error: { code: 'keychain-unavailable' } });
      if (again.kind === 'failed') expect(again.error.text.en).toContain("keychain did not release the data's key");
      expect(desktop.files).toEqual(before);
    } finally {
      desktop.keychain = true;
    }
  });
});
