// Saving a file in pieces: a backup can be larger than one array, and larger than what should
// cross IPC at once. The user picks the path in the save dialog; the page gets a token for that one
// path and sends the file piece by piece, in order. The pieces go to a new temporary file beside the
// chosen one, which is renamed into place only when the page says the file is complete: until then
// nothing is at the chosen path (an existing file there stays whole), and a save that is abandoned
// leaves nothing behind. A save the page stops feeding is abandoned after a while; what a killed
// process left is removed by the next save into that folder (part-files.ts).

import path from 'node:path';
import type {
  BeginSaveRequest,
  BeginSaveResult,
  BridgeFailure,
  FinishSaveRequest,
  FinishSaveResult,
  WritePieceRequest,
  WritePieceResult,
} from '../shared/bridge';
import { MAX_SAVED_IN_PIECES_BYTES } from '../shared/bridge/schemas';
import { askWhereToSave, cancelled, failed, isTaken, tooLarge, type SaveDialogDeps } from './files';
import { removeLeftovers, temporaryName, type LeftoverDeps } from './part-files';
import { createTokens, type Held } from './pieces';

/** A file open for writing (node's FileHandle is one). */
export interface WritableFile {
  write(bytes: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface SaveInPiecesDeps extends SaveDialogDeps, LeftoverDeps {
  /** Creates a new file to write; fails (EEXIST) when a file of that name exists. */
  createNewFile(filePath: string): Promise<WritableFile>;
  /** Moves a file over another, replacing it whole (a rename in one folder). */
  rename(from: string, to: string): Promise<void>;
  removeFile(filePath: string): Promise<void>;
  /** A fresh random token (a UUID). */
  newToken(): string;
}

interface Saving extends Held {
  target: string;
  temporary: string;
  file: WritableFile;
  written: number;
}

/** Saves begun and not finished at once; a page that begins more abandons its oldest. */
const OPEN_SAVES = 4;

/**
 * A save that has had no piece for this long is abandoned and its temporary file removed. The page
 * sends the pieces of a file it already holds one after another (milliseconds apart, seconds on a
 * machine under load), so five quiet minutes mean a page that stopped without saying so; until
 * it reloads, the file (up to gigabytes) would lie half-written beside the user's own.
 */
export const SAVE_IDLE_MS = 5 * 60 * 1000;

const notBegun: BridgeFailure = { ok: false, reason: 'invalid', message: 'not a save begun in this session, or one abandoned after minutes without a piece' };
const abandoned: BridgeFailure = { ok: false, reason: 'cancelled', message: 'the save was abandoned; nothing was written' };

/** Writes all of `bytes` at `position`: a write may take fewer bytes than it was given. */
async function writeAll(file: WritableFile, bytes: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < bytes.byteLength) {
    const { bytesWritten } = await file.write(bytes, done, bytes.byteLength - done, position + done);
    if (bytesWritten <= 0) throw new Error('the disk took no more bytes');
    done += bytesWritten;
  }
}

export function createSavingInPieces(
  deps: SaveInPiecesDeps,
  limits: { maxBytes: number } = { maxBytes: MAX_SAVED_IN_PIECES_BYTES },
): {
  beginSave(request: BeginSaveRequest): Promise<BeginSaveResult>;
  writePiece(request: WritePieceRequest): Promise<WritePieceResult>;
  finishSave(request: FinishSaveRequest): Promise<FinishSaveResult>;
  /** Abandons every save (the page is gone); settles when their temporary files are removed. */
  abandonAllSaves(): Promise<void>;
  /** No save is open and no file is being put in place or removed. */
  savesIdle(): boolean;
} {
  /** The temporary files of this process's saves, until each is put in place or removed. */
  const ours = new Set<string>();
  const letGo = async (saving: Saving): Promise<void> => {
    await saving.file.close().catch(() => undefined);
    await deps.removeFile(saving.temporary).finally(() => ours.delete(saving.temporary));
  };
  // An abandoned save's token dies at once; its temporary file is closed and removed after its last piece.
  const saves = createTokens<Saving>({ newToken: deps.newToken, most: OPEN_SAVES, end: letGo, idleMs: SAVE_IDLE_MS });

  /** A new file beside the target, never one that is there already. */
  async function createTemporary(target: string): Promise<{ temporary: string; file: WritableFile }> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const temporary = temporaryName(target, deps.newToken());
      try {
        const file = await deps.createNewFile(temporary);
        ours.add(temporary);
        return { temporary, file };
      } catch (error) {
        if (!isTaken(error)) throw error;
      }
    }
    throw new Error(`no free name for a temporary file beside ${path.basename(target)}`);
  }

  async function refuse(token: string, failure: BridgeFailure): Promise<BridgeFailure> {
    await saves.end(token);
    return failure;
  }

  async function putInPlace(saving: Saving): Promise<FinishSaveResult> {
    try {
      // Flushed before the rename, so that after a crash the chosen path holds the old file or the
      // whole new one, never part of it.
      await saving.file.sync();
      await saving.file.close();
      await deps.rename(saving.temporary, saving.target);
      ours.delete(saving.temporary);
      return { ok: true, path: saving.target };
    } catch (error) {
      await letGo(saving).catch(() => undefined);
      return failed(error);
    }
  }

  return {
    beginSave: async (request) => {
      try {
        const page = saves.page();
        const target = await askWhereToSave(deps, request);
        if (target === null) return cancelled;
        const { temporary, file } = await createTemporary(target);
        const save = await saves.add({ target, temporary, file, written: 0, pending: null }, page);
        if (save === null) return abandoned;
        // Meanwhile, what earlier saves into this folder left behind goes (never this process's own).
        void saves.track(removeLeftovers(path.dirname(target), deps, (filePath) => ours.has(filePath)));
        return { ok: true, save };
      } catch (error) {
        return failed(error);
      }
    },
    writePiece: async ({ save, offset, bytes }) => {
      const saving = saves.get(save);
      if (!saving) return notBegun;
      if (saving.pending !== null || offset !== saving.written) {
        return refuse(save, {
          ok: false,
          reason: 'invalid',
          message: `pieces must come one at a time and in order: the next starts at byte ${saving.written}`,
        });
      }
      if (saving.written + bytes.byteLength > limits.maxBytes) return refuse(save, tooLarge(limits.maxBytes));
      const writing = writeAll(saving.file, bytes, offset);
      saving.pending = writing.catch(() => undefined);
      try {
        await writing;
      } catch (error) {
        saving.pending = null;
        return refuse(save, failed(error));
      }
      saving.pending = null;
      // The page may have gone (and the save with it) while the piece was written.
      if (saves.get(save) !== saving) return abandoned;
      saving.written += bytes.byteLength;
      return { ok: true };
    },
    finishSave: async ({ save, complete }) => {
      const saving = saves.get(save);
      if (!saving) return notBegun;
      if (saving.pending !== null) {
        return refuse(save, { ok: false, reason: 'invalid', message: 'a piece is still being written' });
      }
      if (!complete) return refuse(save, abandoned);
      saves.take(save);
      const finishing = putInPlace(saving);
      void saves.track(finishing);
      return finishing;
    },
    abandonAllSaves: saves.endAll,
    savesIdle: saves.idle,
  };
}
