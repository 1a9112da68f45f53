import type { Lang } from '../i18n/lang';
import type { ConnectionResult } from '../sync/connection';
// The one contract between the renderer and the Electron main process. Declared once here; the
// preload implements it with `satisfies AvvikBridge`, the renderer reaches it through
// renderer/src/platform. One function per use case, never a raw channel.
//
// Nothing here may import zod: the preload bundles this file and should stay tiny. The payload
// schemas that the main process checks live in ./schemas.ts and are tied to these types there.

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' inside the desktop app, 'browser' in a plain browser. */
  runtime: 'electron' | 'browser';
  platform: string;
}

/** The UI languages; the desktop menus follow the one the renderer shows. */
export type BridgeLanguage = Lang;

/** Why a bridge call did not do what was asked. `message` is technical detail, in English. */
export type FailureReason = 'cancelled' | 'invalid' | 'failed';

export interface BridgeFailure {
  ok: false;
  reason: FailureReason;
  message: string;
}

/** The kinds of file the app writes: PDF documents, JSON backups, CSV exports, age-encrypted backups. */
export type SaveMimeType = 'application/pdf' | 'application/json' | 'text/csv' | 'application/x-age-encryption';

export interface SaveFileRequest {
  /** A file name only (no folders); the dialog lets the user change it. */
  suggestedName: string;
  mimeType: SaveMimeType;
  bytes: Uint8Array;
}

export type SaveResult = { ok: true; path: string } | BridgeFailure;

/** A new folder for many files (one letter per person), made inside the folder the user picks. */
export interface ChooseFolderRequest {
  /** The new folder's name; " (2)", " (3)" … is added when the name is taken. */
  folderName: string;
}

/** `folder`: a token for saveInFolder; the page never learns or sends a path to write to. */
export type ChooseFolderResult = { ok: true; folder: string; path: string } | BridgeFailure;

export interface SaveInFolderRequest {
  folder: string;
  /** A file name only; a file of that name already in the folder is not overwritten. */
  name: string;
  mimeType: SaveMimeType;
  bytes: Uint8Array;
}

export type SaveInFolderResult = { ok: true } | BridgeFailure;

export interface OpenFileRequest {
  /** File extensions with their dot, as in an <input accept>: ['.csv'], ['.json']. */
  accept: string[];
}

export type OpenResult = { ok: true; name: string; bytes: Uint8Array } | BridgeFailure;

/**
 * The most a piece of a file saved or opened in pieces carries: a backup may be larger than one
 * array, and the page holds one piece at a time.
 */
export const FILE_PIECE_BYTES = 4 * 1024 * 1024;

/** A save in pieces: the dialog as for saveFile, but no bytes yet. */
export interface BeginSaveRequest {
  suggestedName: string;
  mimeType: SaveMimeType;
}

/** `save`: a token for writePiece and finishSave, bound to the path the user chose. */
export type BeginSaveResult = { ok: true; save: string } | BridgeFailure;

export interface WritePieceRequest {
  save: string;
  /** Where the piece starts: the bytes written so far, so a piece out of order is refused. */
  offset: number;
  bytes: Uint8Array;
}

/** A refused or failed piece ends the save: nothing is left on disk. */
export type WritePieceResult = { ok: true } | BridgeFailure;

export interface FinishSaveRequest {
  save: string;
  /** True: every piece is written, put the file in place. False: abandon it, leaving nothing. */
  complete: boolean;
}

/** The file is at `path` only after a complete finish; an abandoned save answers 'cancelled'. */
export type FinishSaveResult = SaveResult;

/** `file`: a token for readPiece and finishOpen; `size`: the file's size when it was opened. */
export type BeginOpenResult = { ok: true; name: string; size: number; file: string } | BridgeFailure;

export interface ReadPieceRequest {
  file: string;
  offset: number;
  /** At most FILE_PIECE_BYTES, and not past the size beginOpen gave. */
  length: number;
}

export type ReadPieceResult = { ok: true; bytes: Uint8Array } | BridgeFailure;

export interface FinishOpenRequest {
  file: string;
}

export type FinishOpenResult = { ok: true } | BridgeFailure;

export interface NotifyRequest {
  title: string;
  body: string;
  /** When set, clicking the notification opens this incident (see onOpenIncident). */
  incidentId?: string;
}

export type NotifyResult = { ok: true } | BridgeFailure;

export type SetLanguageResult = { ok: true } | BridgeFailure;

/** The sync server set: `reload` when the page must load again for its policy to allow it. */
export type SyncServerResult = { ok: true; reload: boolean } | BridgeFailure;
/** The sync credentials as kept in the OS keychain (null: none kept). */
export type SyncSecretResult = { ok: true; secret: string | null } | BridgeFailure;
export type SyncDoneResult = { ok: true } | BridgeFailure;
/** A connection test asked of the main process: the server, the team and the Authorization header to send. */
export interface SyncTestRequest {
  server: string;
  team: string;
  authorization: string;
}
/** The test's answer (shared/sync/connection), or why the bridge refused the request. */
export type SyncTestResult = ConnectionResult | BridgeFailure;
/** Whether the OS keychain can protect the key file: Electron safeStorage with a real backend. */
export type KeychainStatus = { ok: true; available: boolean } | BridgeFailure;

/** The profile's key file (docs/encryption-at-rest.md), unsealed by the keychain when it was sealed by it; null when there is none. */
export type ReadKeyFileResult = { ok: true; bytes: Uint8Array | null } | BridgeFailure;

export interface WriteKeyFileRequest {
  bytes: Uint8Array;
  /** Seal the file with the OS keychain (the bytes hold the keys in clear), or store it as given (already sealed by a passphrase). */
  keychain: boolean;
}

export type WriteKeyFileResult = { ok: true } | BridgeFailure;

export interface AvvikBridge {
  appInfo(): Promise<AppInfo>;
  /** Save bytes through the native save dialog. */
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  /** Pick a folder through the native dialog and make a new folder in it for many files. */
  chooseFolder(request: ChooseFolderRequest): Promise<ChooseFolderResult>;
  /** Save one file in a folder made by chooseFolder. */
  saveInFolder(request: SaveInFolderRequest): Promise<SaveInFolderResult>;
  /** Pick a file through the native open dialog and read it (import of CSV, backups). */
  openFile(request: OpenFileRequest): Promise<OpenResult>;
  /** Ask where to save a file that is then written piece by piece (a large backup). */
  beginSave(request: BeginSaveRequest): Promise<BeginSaveResult>;
  /** Write the next piece of a save begun by beginSave. */
  writePiece(request: WritePieceRequest): Promise<WritePieceResult>;
  /** Put a save's file in place, or abandon it. */
  finishSave(request: FinishSaveRequest): Promise<FinishSaveResult>;
  /** Pick a file through the native open dialog to read it piece by piece (a large backup). */
  beginOpen(request: OpenFileRequest): Promise<BeginOpenResult>;
  /** Read a piece of a file opened by beginOpen. */
  readPiece(request: ReadPieceRequest): Promise<ReadPieceResult>;
  /** Close a file opened by beginOpen. */
  finishOpen(request: FinishOpenRequest): Promise<FinishOpenResult>;
  /** Show an OS notification; it is shown even when the window is hidden in the tray. */
  notify(request: NotifyRequest): Promise<NotifyResult>;
  /** Called with an incident id when the user clicks a notification about it. */
  onOpenIncident(callback: (incidentId: string) => void): () => void;
  /** Tell the desktop shell which language the UI shows, so its menus follow. */
  setLanguage(language: BridgeLanguage): Promise<SetLanguageResult>;
  /** The team's sync server (an origin), the one place the page may then reach; null for none. */
  setSyncServer(origin: string | null): Promise<SyncServerResult>;
  /**
   * Tests a connection from the main process: the window's policy lets the page reach only the
   * server already allowed, and the test comes before a new one is.
   */
  testSyncServer(request: SyncTestRequest): Promise<SyncTestResult>;
  /** Keeps the sync credentials, encrypted by the OS keychain. */
  saveSyncSecret(secret: string): Promise<SyncDoneResult>;
  loadSyncSecret(): Promise<SyncSecretResult>;
  forgetSyncSecret(): Promise<SyncDoneResult>;
  /** Whether the OS keychain can protect the profile's key file. */
  keychainStatus(): Promise<KeychainStatus>;
  /** Read the profile's key file from the app's data folder. */
  readKeyFile(): Promise<ReadKeyFileResult>;
  /** Replace the profile's key file whole. */
  writeKeyFile(request: WriteKeyFileRequest): Promise<WriteKeyFileResult>;
}

/** The key under which the preload exposes the bridge on `window`. */
export const BRIDGE_KEY = 'avvik';

/** IPC channels the renderer invokes, one per use case. */
export const IpcChannel = {
  appInfo: 'avvik:app-info',
  saveFile: 'avvik:save-file',
  chooseFolder: 'avvik:choose-folder',
  saveInFolder: 'avvik:save-in-folder',
  openFile: 'avvik:open-file',
  beginSave: 'avvik:begin-save',
  writePiece: 'avvik:write-piece',
  finishSave: 'avvik:finish-save',
  beginOpen: 'avvik:begin-open',
  readPiece: 'avvik:read-piece',
  finishOpen: 'avvik:finish-open',
  notify: 'avvik:notify',
  setLanguage: 'avvik:set-language',
  setSyncServer: 'avvik:set-sync-server',
  testSyncServer: 'avvik:test-sync-server',
  saveSyncSecret: 'avvik:save-sync-secret',
  loadSyncSecret: 'avvik:load-sync-secret',
  forgetSyncSecret: 'avvik:forget-sync-secret',
  keychainStatus: 'avvik:keychain-status',
  readKeyFile: 'avvik:read-key-file',
  writeKeyFile: 'avvik:write-key-file',
} as const;

export type IpcChannelName = (typeof IpcChannel)[keyof typeof IpcChannel];

/** Messages the main process sends to the renderer. */
export const IpcEvent = {
  openIncident: 'avvik:open-incident',
} as const;
