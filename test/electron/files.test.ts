import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFolderSaving, createOpenFile, createSaveFile, filtersFor, hasAcceptedExtension } from '../../electron/files';
import { MAX_FILE_BYTES } from '../../shared/bridge/schemas';

const documents = path.join(path.sep, 'home', 'kari', 'Dokumenter');
const request = {
  suggestedName: 'varsel.pdf',
  mimeType: 'application/pdf' as const,
  bytes: new Uint8Array([1, 2]),
};

function saver(choice: { canceled: boolean; filePath?: string }) {
  const deps = {
    showSaveDialog: vi.fn(() => Promise.resolve(choice)),
    writeFile: vi.fn(() => Promise.resolve()),
    defaultDirectory: () => documents,
  };
  return { deps, saveFile: createSaveFile(deps) };
}

describe('saving a file', () => {
  it('writes the bytes where the user chose, and says where', async () => {
    const target = path.join(documents, 'varsel-endelig.pdf');
    const { deps, saveFile } = saver({ canceled: false, filePath: target });
    expect(await saveFile(request)).toEqual({ ok: true, path: target });
    expect(deps.writeFile).toHaveBeenCalledWith(target, request.bytes);
  });

  it('opens the dialog in the documents folder with the suggested name and a PDF filter', async () => {
    const { deps, saveFile } = saver({ canceled: true });
    await saveFile(request);
    expect(deps.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: path.join(documents, 'varsel.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
  });

  it('writes nothing when the user cancels', async () => {
    const { deps, saveFile } = saver({ canceled: true });
    expect(await saveFile(request)).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('treats an empty chosen path as cancelled', async () => {
    const { saveFile } = saver({ canceled: false, filePath: '' });
    expect(await saveFile(request)).toMatchObject({ ok: false, reason: 'cancelled' });
  });

  it('reports a failed write with its message', async () => {
    const { deps, saveFile } = saver({ canceled: false, filePath: '/read-only/varsel.pdf' });
    deps.writeFile.mockRejectedValue(new Error('EACCES: permission denied'));
    expect(await saveFile(request)).toEqual({
      ok: false,
      reason: 'failed',
      message: 'EACCES: permission denied',
    });
  });
});

function opener(filePaths: string[], size = 10, isFile = true) {
  const deps = {
    showOpenDialog: vi.fn(() => Promise.resolve({ canceled: filePaths.length === 0, filePaths })),
    stat: vi.fn(() => Promise.resolve({ isFile: () => isFile, size })),
    readFile: vi.fn(() => Promise.resolve(new Uint8Array([0x61, 0x2c, 0x62]))),
  };
  return { deps, openFile: createOpenFile(deps) };
}

describe('opening a file', () => {
  it('reads the chosen file and gives its name without the folder', async () => {
    const { openFile } = opener([path.join(documents, 'berorte.csv')]);
    expect(await openFile({ accept: ['.csv'] })).toEqual({
      ok: true,
      name: 'berorte.csv',
      bytes: new Uint8Array([0x61, 0x2c, 0x62]),
    });
  });

  it('filters the dialog to the accepted extensions', async () => {
    const { deps, openFile } = opener([]);
    await openFile({ accept: ['.csv', '.json'] });
    expect(deps.showOpenDialog).toHaveBeenCalledWith({
      filters: [{ name: 'CSV, JSON', extensions: ['csv', 'json'] }],
    });
  });

  it('reads nothing when the user cancels', async () => {
    const { deps, openFile } = opener([]);
    expect(await openFile({ accept: ['.csv'] })).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(deps.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file of another kind typed past the filter', async () => {
    const { deps, openFile } = opener([path.join(documents, 'evil.exe')]);
    expect(await openFile({ accept: ['.csv'] })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(deps.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file larger than 200 MB without reading it', async () => {
    const { deps, openFile } = opener([path.join(documents, 'huge.json')], MAX_FILE_BYTES + 1);
    expect(await openFile({ accept: ['.json'] })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(deps.readFile).not.toHaveBeenCalled();
  });

  it('refuses something that is not a file', async () => {
    const { openFile } = opener([path.join(documents, 'folder.csv')], 10, false);
    expect(await openFile({ accept: ['.csv'] })).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('reports a failed read with its message', async () => {
    const { deps, openFile } = opener([path.join(documents, 'a.csv')]);
    deps.readFile.mockRejectedValue(new Error('EIO'));
    expect(await openFile({ accept: ['.csv'] })).toEqual({ ok: false, reason: 'failed', message: 'EIO' });
  });
});

describe('file extensions', () => {
  it('match case-insensitively and need a real extension', () => {
    expect(hasAcceptedExtension('/a/B.CSV', ['.csv'])).toBe(true);
    expect(hasAcceptedExtension('/a/csv', ['.csv'])).toBe(false);
    expect(hasAcceptedExtension('/a/b.csv.exe', ['.csv'])).toBe(false);
  });

  it('become one dialog filter', () => {
    expect(filtersFor(['.json'])).toEqual([{ name: 'JSON', extensions: ['json'] }]);
  });
});

describe('saving one letter per person in a new folder', () => {
  const TOKEN = '0b8f0f43-7f5e-4bb4-9a43-5d3c1b3f6a21';
  const taken = Object.assign(new Error('EEXIST: file already exists'), { code: 'EEXIST' });

  function folders(choice: { canceled: boolean; filePaths: string[] }, existing: string[] = []) {
    const made: string[] = [];
    const written = new Map<string, Uint8Array>();
    const deps = {
      showOpenDialog: vi.fn(() => Promise.resolve(choice)),
      makeFolder: vi.fn((folder: string) => {
        if (existing.includes(folder) || made.includes(folder)) return Promise.reject(taken);
        made.push(folder);
        return Promise.resolve();
      }),
      writeNewFile: vi.fn((file: string, bytes: Uint8Array) => {
        if (written.has(file)) return Promise.reject(taken);
        written.set(file, bytes);
        return Promise.resolve();
      }),
      defaultDirectory: () => documents,
      newToken: () => TOKEN,
    };
    return { deps, made, written, ...createFolderSaving(deps) };
  }

  it('makes a new folder where the user chose, and writes each file into it', async () => {
    const { chooseFolder, saveInFolder, written, deps } = folders({ canceled: false, filePaths: [documents] });
    const chosen = await chooseFolder({ folderName: 'AVV-2026-001-brev-letters' });
    const folder = path.join(documents, 'AVV-2026-001-brev-letters');
    expect(chosen).toEqual({ ok: true, folder: TOKEN, path: folder });
    expect(deps.showOpenDialog).toHaveBeenCalledWith({ defaultPath: documents, properties: ['openDirectory', 'createDirectory'] });
    const bytes = new Uint8Array([1, 2]);
    expect(await saveInFolder({ folder: TOKEN, name: 'AVV-2026-001-0001-kari.pdf', mimeType: 'application/pdf', bytes })).toEqual({ ok: true });
    expect(written.get(path.join(folder, 'AVV-2026-001-0001-kari.pdf'))).toBe(bytes);
  });

  it('takes the next free name when the folder exists, never writing into an old one', async () => {
    const name = 'AVV-2026-001-brev-letters';
    const { chooseFolder } = folders({ canceled: false, filePaths: [documents] }, [
      path.join(documents, name),
      path.join(documents, `${name} (2)`),
    ]);
    expect(await chooseFolder({ folderName: name })).toMatchObject({ ok: true, path: path.join(documents, `${name} (3)`) });
  });

  it('makes nothing when the user cancels', async () => {
    const { chooseFolder, made } = folders({ canceled: true, filePaths: [] });
    expect(await chooseFolder({ folderName: 'brev' })).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(made).toEqual([]);
  });

  it('writes only into a folder it made, and never over a file', async () => {
    const { chooseFolder, saveInFolder, deps } = folders({ canceled: false, filePaths: [documents] });
    const request = { folder: TOKEN, name: 'a.pdf', mimeType: 'application/pdf' as const, bytes: new Uint8Array([1]) };
    expect(await saveInFolder(request)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(deps.writeNewFile).not.toHaveBeenCalled();
    await chooseFolder({ folderName: 'brev' });
    expect(await saveInFolder(request)).toEqual({ ok: true });
    expect(await saveInFolder(request)).toMatchObject({ ok: false, reason: 'failed', message: 'EEXIST: file already exists' });
  });
});
