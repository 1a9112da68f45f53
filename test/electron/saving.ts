// What the tests of saving in pieces share: a saver on a real folder, with the main process's own
// file operations and predictable tokens.
import { readdirSync } from 'node:fs';
import { lstat, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { vi } from 'vitest';
import { createSavingInPieces, type SaveInPiecesDeps } from '../../electron/save-in-pieces';

export const request = { suggestedName: 'avvik-backup.json', mimeType: 'application/json' as const };
export const bytes = (...values: number[]) => new Uint8Array(values);

export function saverIn(folder: string, options: { chosen?: string | null; deps?: Partial<SaveInPiecesDeps>; maxBytes?: number } = {}) {
  const chosen = options.chosen === undefined ? path.join(folder, 'backup.json') : options.chosen;
  let tokens = 0;
  const deps: SaveInPiecesDeps = {
    showSaveDialog: vi.fn(() => Promise.resolve(chosen === null ? { canceled: true } : { canceled: false, filePath: chosen })),
    defaultDirectory: () => folder,
    createNewFile: (filePath) => open(filePath, 'wx'),
    rename: (from, to) => rename(from, to),
    removeFile: (filePath) => rm(filePath, { force: true }),
    listFolder: (at) => readdir(at),
    fileInfo: (filePath) => lstat(filePath),
    now: () => Date.now(),
    // Predictable UUIDs: the first eight digits count up, so the temporary names are known.
    newToken: () => `${(++tokens).toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
    ...options.deps,
  };
  return { deps, target: chosen!, ...createSavingInPieces(deps, { maxBytes: options.maxBytes ?? 1024 }) };
}

export type Saver = ReturnType<typeof saverIn>;

/** The dialog answers these paths, one save after another. */
export function choosing(save: Saver, ...paths: string[]): Saver {
  for (const filePath of paths) vi.mocked(save.deps.showSaveDialog).mockResolvedValueOnce({ canceled: false, filePath });
  return save;
}

export async function begin(save: Saver): Promise<string> {
  const begun = await save.beginSave(request);
  if (!begun.ok) throw new Error(begun.message);
  return begun.save;
}

export const listing = (folder: string) => readdirSync(folder).sort();
