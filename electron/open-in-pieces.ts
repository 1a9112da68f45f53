// Opening a file in pieces: a backup can be larger than one array. The user picks the file in the
// open dialog; the page gets its name, its size and a token, and reads it piece by piece within
// that size. The page never names a path, and a token reads only the one file it was given for.

import path from 'node:path';
import type {
  BeginOpenResult,
  BridgeFailure,
  FinishOpenRequest,
  FinishOpenResult,
  OpenFileRequest,
  ReadPieceRequest,
  ReadPieceResult,
} from '../shared/bridge';
import { MAX_OPENED_IN_PIECES_BYTES } from '../shared/bridge/schemas';
import { askWhichFileToOpen, failed, notAFile, tooLarge, type OpenDialogDeps } from './files';
import { createTokens, type Held } from './pieces';

export interface FileFacts {
  isFile(): boolean;
  size: number;
}

/** A file open for reading (node's FileHandle is one). */
export interface ReadableFile {
  read(into: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  stat(): Promise<FileFacts>;
  close(): Promise<void>;
}

export interface OpenInPiecesDeps extends OpenDialogDeps {
  stat(filePath: string): Promise<FileFacts>;
  openToRead(filePath: string): Promise<ReadableFile>;
  /** A fresh random token (a UUID). */
  newToken(): string;
}

interface Opened extends Held {
  file: ReadableFile;
  size: number;
}

/** Files open at once; a page that opens more has its oldest closed. */
const OPEN_FILES = 4;

const notOpened: BridgeFailure = { ok: false, reason: 'invalid', message: 'not a file opened in this session' };

/** Reads into all of `into` from `position`, or up to the end of the file: the bytes read. */
async function readAll(file: ReadableFile, into: Uint8Array, position: number): Promise<number> {
  let done = 0;
  while (done < into.byteLength) {
    const { bytesRead } = await file.read(into, done, into.byteLength - done, position + done);
    if (bytesRead <= 0) break;
    done += bytesRead;
  }
  return done;
}

/** The open file's own facts: the file read is the one looked at, whatever happens to the path. */
async function checkOpened(file: ReadableFile): Promise<{ ok: true; size: number } | BridgeFailure> {
  const facts = await file.stat();
  if (!facts.isFile()) return notAFile;
  if (facts.size > MAX_OPENED_IN_PIECES_BYTES) return tooLarge(MAX_OPENED_IN_PIECES_BYTES);
  return { ok: true, size: facts.size };
}

export function createOpeningInPieces(deps: OpenInPiecesDeps): {
  beginOpen(request: OpenFileRequest): Promise<BeginOpenResult>;
  readPiece(request: ReadPieceRequest): Promise<ReadPieceResult>;
  finishOpen(request: FinishOpenRequest): Promise<FinishOpenResult>;
  /** Closes every file (the page is gone); settles when they are closed. */
  closeAllOpened(): Promise<void>;
  /** No file is open, nor being closed. */
  openedIdle(): boolean;
} {
  const files = createTokens<Opened>({ newToken: deps.newToken, most: OPEN_FILES, end: (opened) => opened.file.close() });

  return {
    beginOpen: async (request) => {
      try {
        const page = files.page();
        const chosen = await askWhichFileToOpen(deps, request);
        if (!chosen.ok) return chosen;
        // Looked at before it is opened: opening a pipe or a device would wait, or never end.
        const facts = await deps.stat(chosen.filePath);
        if (!facts.isFile()) return notAFile;
        if (facts.size > MAX_OPENED_IN_PIECES_BYTES) return tooLarge(MAX_OPENED_IN_PIECES_BYTES);
        const file = await deps.openToRead(chosen.filePath);
        const checked = await checkOpened(file).catch((error: unknown) => failed(error));
        if (!checked.ok) {
          await file.close().catch(() => undefined);
          return checked;
        }
        const token = await files.add({ file, size: checked.size, pending: null }, page);
        if (token === null) return { ok: false, reason: 'cancelled', message: 'the page that asked is gone' };
        return { ok: true, name: path.basename(chosen.filePath), size: checked.size, file: token };
      } catch (error) {
        return failed(error);
      }
    },
    readPiece: async ({ file, offset, length }) => {
      const opened = files.get(file);
      if (!opened) return notOpened;
      if (offset + length > opened.size) {
        return { ok: false, reason: 'invalid', message: `the piece runs past the end of the file (${opened.size} bytes)` };
      }
      if (opened.pending !== null) return { ok: false, reason: 'invalid', message: 'pieces are read one at a time' };
      const bytes = new Uint8Array(length);
      const reading = readAll(opened.file, bytes, offset);
      opened.pending = reading.then(
        () => undefined,
        () => undefined,
      );
      try {
        const read = await reading;
        // The file was cut short after it was opened: what is read would not be the file that was.
        if (read < length) return { ok: false, reason: 'failed', message: 'the file changed while it was read' };
        return { ok: true, bytes };
      } catch (error) {
        return failed(error);
      } finally {
        opened.pending = null;
      }
    },
    finishOpen: async ({ file }) => {
      if (!files.get(file)) return notOpened;
      await files.end(file);
      return { ok: true };
    },
    closeAllOpened: files.endAll,
    openedIdle: files.idle,
  };
}
