// Saving and opening files through the native dialogs. The requests arrive validated (see
// shared/bridge/schemas.ts); the path is always the one the user chose in the dialog, never one the
// page sent, and a file to open must still have an accepted extension and a sane size.

import path from 'node:path';
import type { OpenFileRequest, OpenResult, SaveFileRequest, SaveResult } from '../shared/bridge';
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

function failed(error: unknown): { ok: false; reason: 'failed'; message: string } {
  return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
}

const cancelled = { ok: false, reason: 'cancelled', message: 'the user cancelled the dialog' } as const;

export function createSaveFile(deps: SaveFileDeps): (request: SaveFileRequest) => Promise<SaveResult> {
  return async (request) => {
    const type = SAVE_TYPES[request.mimeType];
    try {
      const choice = await deps.showSaveDialog({
        defaultPath: path.join(deps.defaultDirectory(), request.suggestedName),
        filters: [{ name: type.label, extensions: [type.extension.slice(1)] }],
      });
      if (choice.canceled || !choice.filePath) return cancelled;
      await deps.writeFile(choice.filePath, request.bytes);
      return { ok: true, path: choice.filePath };
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

export function createOpenFile(deps: OpenFileDeps): (request: OpenFileRequest) => Promise<OpenResult> {
  return async (request) => {
    try {
      const choice = await deps.showOpenDialog({ filters: filtersFor(request.accept) });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return cancelled;
      // Some desktops let the user type any name past the filter; the extension is checked again.
      if (!hasAcceptedExtension(filePath, request.accept)) {
        return {
          ok: false,
          reason: 'invalid',
          message: `only ${request.accept.join(', ')} files can be opened here`,
        };
      }
      const info = await deps.stat(filePath);
      if (!info.isFile()) return { ok: false, reason: 'invalid', message: 'not a file' };
      if (info.size > MAX_FILE_BYTES) {
        return {
          ok: false,
          reason: 'invalid',
          message: `the file is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB`,
        };
      }
      const bytes = await deps.readFile(filePath);
      // It may have grown between the two looks.
      if (bytes.byteLength > MAX_FILE_BYTES) {
        return {
          ok: false,
          reason: 'invalid',
          message: `the file is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB`,
        };
      }
      return { ok: true, name: path.basename(filePath), bytes };
    } catch (error) {
      return failed(error);
    }
  };
}
