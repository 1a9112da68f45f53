import { describe, expect, it, vi } from 'vitest';
import { createKeyFileHandlers, keychainUsable, type SafeStorageLike } from '../../electron/key-file';

// Electron's safeStorage is mocked: a reversible stand-in that marks what it sealed.

function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}): SafeStorageLike & { sealed: string[] } {
  const sealed: string[] = [];
  return {
    sealed,
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: vi.fn((plain: string) => {
      sealed.push(plain);
      return Buffer.from(`SEALED:${Buffer.from(plain).toString('hex')}`);
    }),
    decryptString: vi.fn((encrypted: Buffer) => {
      const text = encrypted.toString();
      if (!text.startsWith('SEALED:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice(7), 'hex').toString();
    }),
  };
}

function setUp(safeStorage = fakeSafeStorage(), platform = 'linux') {
  const files = new Map<string, Uint8Array>();
  const handlers = createKeyFileHandlers({
    safeStorage,
    platform,
    filePath: () => '/home/kari/.config/Avvik/avvik-keys.bin',
    readFile: (path) => Promise.resolve(files.get(path) ?? null),
    replaceFile: (path, bytes) => {
      files.set(path, bytes);
      return Promise.resolve();
    },
  });
  return { handlers, files, safeStorage };
}

const keys = new Uint8Array([0x41, 0x56, 0x4b, 0x01, 2, 9, 8, 7, 6, 5]);

describe('the key file in the desktop app', () => {
  it('is sealed by the OS keychain and read back unsealed', async () => {
    const { handlers, files } = setUp();
    expect(handlers.keychainStatus()).toEqual({ ok: true, available: true });
    expect(await handlers.readKeyFile()).toEqual({ ok: true, bytes: null });
    expect(await handlers.writeKeyFile({ bytes: keys, keychain: true })).toEqual({ ok: true });
    const stored = [...files.values()][0]!;
    expect(String.fromCharCode(stored[0]!)).toBe('K');
    expect(Buffer.from(stored).includes(Buffer.from(keys))).toBe(false);
    expect(await handlers.readKeyFile()).toEqual({ ok: true, bytes: new Uint8Array(keys) });
  });

  it('stores a passphrase-sealed file as given, without the keychain', async () => {
    const { handlers, safeStorage } = setUp(fakeSafeStorage({ available: false }));
    expect(handlers.keychainStatus()).toEqual({ ok: true, available: false });
    expect(await handlers.writeKeyFile({ bytes: keys, keychain: false })).toEqual({ ok: true });
    expect(await handlers.readKeyFile()).toEqual({ ok: true, bytes: new Uint8Array(keys) });
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
  });

  it('does not count Linux’s basic_text backend (a key in Chromium’s source) as a keychain', async () => {
    expect(keychainUsable({ safeStorage: fakeSafeStorage({ backend: 'basic_text' }), platform: 'linux' })).toBe(false);
    expect(keychainUsable({ safeStorage: fakeSafeStorage({ backend: 'basic_text' }), platform: 'win32' })).toBe(true);
    const { handlers, files } = setUp(fakeSafeStorage({ backend: 'basic_text' }));
    expect(await handlers.writeKeyFile({ bytes: keys, keychain: true })).toMatchObject({ ok: false, reason: 'failed' });
    expect(files.size).toBe(0);
  });

  it('answers a keychain that cannot unseal the file with a failure, not an exception', async () => {
    const { handlers, files } = setUp();
    await handlers.writeKeyFile({ bytes: keys, keychain: true });
    const [path] = [...files.keys()];
    files.set(path!, new Uint8Array([0x4b, 1, 2, 3]));
    expect(await handlers.readKeyFile()).toMatchObject({ ok: false, reason: 'failed' });
    files.set(path!, new Uint8Array([0x58, 1, 2, 3]));
    expect(await handlers.readKeyFile()).toMatchObject({ ok: false, reason: 'failed', message: 'the key file is not one Avvik wrote' });
  });
});
