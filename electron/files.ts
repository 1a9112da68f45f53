// Saving and opening files through the native dialogs. The requests arrive validated (see
// shared/bridge/schemas.ts); the path is always the one the user chose in the dialog, never one the
// page sent, and a file to open must still have an accepted extension and a sane size.

import path from 'node:path';
import type {
  BridgeFailure,
  ChooseFolderRequest,
  ChooseFolderResult,
  OpenFileRequest,
  OpenResult,
  SaveFileRequest,
  SaveInFolderRequest,
  SaveInFolderResult,
  SaveMimeType,
  SaveResult,
} from '../shared/bridge';
import { MAX_FILE_BYTES, SAVE_TYPES } from '../shared/bridge/schemas';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileDeps {
  showSaveDialog(options: {
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  /** Where the dialog starts (the user's documents folder). */
  defaultDirectory(): string;
}

export interface OpenFileDeps {
  showOpenDialog(options: { filters: FileFilter[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  stat(filePath: string): Promise<{ isFile(): boolean; size: number }>;
  readFile(filePath: string): Promise<Uint8Array>;
}

export function failed(error: unknown): { ok: false; reason: 'failed'; message: string } {
  return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
}

export const cancelled = { ok: false, reason: 'cancelled', message: 'the user cancelled the dialog' } as const;

export type SaveDialogDeps = Pick<SaveFileDeps, 'showSaveDialog' | 'defaultDirectory'>;

/** The save dialog for a suggested name and type: the path the user chose, or null when cancelled. */
export async function askWhereToSave(
  deps: SaveDialogDeps,
  request: { suggestedName: string; mimeType: SaveMimeType },
): Promise<string | null> {
  const type = SAVE_TYPES[request.mimeType];
  const choice = await deps.showSaveDialog({
    defaultPath: path.join(deps.defaultDirectory(), request.suggestedName),
    filters: [{ name: type.label, extensions: [type.extension.slice(1)] }],
  });
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

export function createSaveFile(deps: SaveFileDeps): (request: SaveFileRequest) => Promise<SaveResult> {
  return async (request) => {
    try {
      const filePath = await askWhereToSave(deps, request);
      if (filePath === null) return cancelled;
      await deps.writeFile(filePath, request.bytes);
      return { ok: true, path: filePath };
    } catch (error) {
      return failed(error);
    }
  };
}

/** The dialog filter for extensions such as ['.csv', '.json']. */
export function filtersFor(accept: readonly string[]): FileFilter[] {
  const extensions = accept.map((extension) => extension.replace(/^\./, '').toLowerCase());
  return [{ name: extensions.map((extension) => extension.toUpperCase()).join(', '), extensions }];
}

export function hasAcceptedExtension(filePath: string, accept: readonly string[]): boolean {
  const extension = path.extname(filePath).toLowerCase();
  return extension !== '' && accept.some((accepted) => accepted.toLowerCase() === extension);
}

export type OpenDialogDeps = Pick<OpenFileDeps, 'showOpenDialog'>;

/** The open dialog for files of the accepted kinds: the path the user chose, or why there is none. */
export async function askWhichFileToOpen(
  deps: OpenDialogDeps,
  request: OpenFileRequest,
): Promise<{ ok: true; filePath: string } | BridgeFailure> {
  const choice = await deps.showOpenDialog({ filters: filtersFor(request.accept) });
  const filePath = choice.filePaths[0];
  if (choice.canceled || filePath === undefined) return cancelled;
  // Some desktops let the user type any name past the filter; the extension is checked again.
  if (!hasAcceptedExtension(filePath, request.accept)) {
    return { ok: false, reason: 'invalid', message: `only ${request.accept.join(', ')} files can be opened here` };
  }
  return { ok: true, filePath };
}

export function tooLarge(limit: number): BridgeFailure {
  return { ok: false, reason: 'invalid', message: `the file is larger than ${limit / (1024 * 1024)} MB` };
}

export const notAFile: BridgeFailure = { ok: false, reason: 'invalid', message: 'not a file' };

export function createOpenFile(deps: OpenFileDeps): (request: OpenFileRequest) => Promise<OpenResult> {
  return async (request) => {
    try {
      const chosen = await askWhichFileToOpen(deps, request);
      if (!chosen.ok) return chosen;
      const { filePath } = chosen;
      const info = await deps.stat(filePath);
      if (!info.isFile()) return notAFile;
      if (info.size > MAX_FILE_BYTES) return tooLarge(MAX_FILE_BYTES);
      const bytes = await deps.readFile(filePath);
      // It may have grown between the two looks.
      if (bytes.byteLength > MAX_FILE_BYTES) return tooLarge(MAX_FILE_BYTES);
      return { ok: true, name: path.basename(filePath), bytes };
    } catch (error) {
      return failed(error);
    }
  };
}

export interface FolderDeps {
  showOpenDialog(options: {
    defaultPath: string;
    properties: ('openDirectory' | 'createDirectory')[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Makes one folder; fails (EEXIST) when it exists. */
  makeFolder(folderPath: string): Promise<void>;
  /** Writes a new file; fails (EEXIST) when it exists, so nothing is overwritten. */
  writeNewFile(filePath: string, bytes: Uint8Array): Promise<void>;
  defaultDirectory(): string;
  /** A fresh random token (a UUID). */
  newToken(): string;
}

/** How many folders chosen in one session are remembered (a save goes into the last few). */
const REMEMBERED_FOLDERS = 8;

export function isTaken(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'EEXIST';
}

/**
 * Saving many files at once: the user picks where, the main process makes a new folder there and
 * hands the page a token for it. Files go only into a folder made here, under a checked name,
 * and never over a file that is there.
 */
export function createFolderSaving(deps: FolderDeps): {
  chooseFolder(request: ChooseFolderRequest): Promise<ChooseFolderResult>;
  saveInFolder(request: SaveInFolderRequest): Promise<SaveInFolderResult>;
} {
  const folders = new Map<string, string>();
  return {
    chooseFolder: async (request) => {
      try {
        const choice = await deps.showOpenDialog({
          defaultPath: deps.defaultDirectory(),
          properties: ['openDirectory', 'createDirectory'],
        });
        const parent = choice.filePaths[0];
        if (choice.canceled || !parent) return cancelled;
        for (let attempt = 1; attempt <= 100; attempt++) {
          const folderPath = path.join(
            parent,
            attempt === 1 ? request.folderName : `${request.folderName} (${attempt})`,
          );
          try {
            await deps.makeFolder(folderPath);
          } catch (error) {
            if (isTaken(error)) continue;
            throw error;
          }
          const folder = deps.newToken();
          folders.set(folder, folderPath);
          if (folders.size > REMEMBERED_FOLDERS) folders.delete(folders.keys().next().value!);
          return { ok: true, folder, path: folderPath };
        }
        return {
          ok: false,
          reason: 'failed',
          message: `every name like ${request.folderName} is taken there`,
        };
      } catch (error) {
        return failed(error);
      }
    },
    saveInFolder: async (request) => {
      const folderPath = folders.get(request.folder);
      if (!folderPath)
        return { ok: false, reason: 'invalid', message: 'not a folder chosen in this session' };
      try {
        await deps.writeNewFile(path.join(folderPath, request.name), request.bytes);
        return { ok: true };
      } catch (error) {
        return failed(error);
      }
    },
  };
}
