import {
  BRIDGE_KEY,
  FILE_PIECE_BYTES,
  type AppInfo,
  type AvvikBridge,
  type BridgeFailure,
  type BridgeLanguage,
  type ChooseFolderResult,
  type SaveInFolderRequest,
  type SaveInFolderResult,
  type NotifyRequest,
  type NotifyResult,
  type OpenFileRequest,
  type OpenResult,
  type SaveFileRequest,
  type SaveResult,
  type SyncTestRequest,
} from '../../shared/bridge';
import type { ConnectionResult } from '../../shared/sync/connection';

// The one place that knows whether we run inside Electron. Inside the desktop app the preload's
// bridge is on window; in a plain browser every function has a browser fallback (a download, a
// file input, an in-app message).

export function getBridge(): AvvikBridge | null {
  const candidate = (globalThis as Record<string, unknown>)[BRIDGE_KEY];
  return candidate && typeof candidate === 'object' ? (candidate as AvvikBridge) : null;
}

export async function appInfo(): Promise<AppInfo> {
  const bridge = getBridge();
  if (bridge) return bridge.appInfo();
  return { name: 'Avvik', version: import.meta.env.VITE_APP_VERSION ?? 'dev', runtime: 'browser', platform: 'web' };
}

/** Saves bytes: the native save dialog in the desktop app, a download in a browser. */
export async function saveFile(request: SaveFileRequest): Promise<SaveResult> {
  const bridge = getBridge();
  if (bridge) return bridge.saveFile(request);
  return downloadBlob(new Blob([request.bytes as Uint8Array<ArrayBuffer>], { type: request.mimeType }), request.suggestedName);
}

/** A file to save that is a Blob: a backup may be larger than one array, or than the bridge's bytes. */
export interface SaveBlobRequest {
  suggestedName: string;
  mimeType: SaveFileRequest['mimeType'];
  blob: Blob;
}

function failure(error: unknown): BridgeFailure {
  return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Saves a Blob: a download in a browser (the browser reads it from its own storage); in the desktop
 * app, through the save dialog, then piece by piece, so the page holds one piece at a time and the
 * file appears where the user chose only once it is whole.
 */
export async function saveBlob(request: SaveBlobRequest): Promise<SaveResult> {
  const bridge = getBridge();
  if (!bridge) return downloadBlob(request.blob, request.suggestedName);
  const begun = await bridge.beginSave({ suggestedName: request.suggestedName, mimeType: request.mimeType });
  if (!begun.ok) return begun;
  const { blob } = request;
  let stopped: BridgeFailure | null = null;
  try {
    for (let offset = 0; offset < blob.size && !stopped; offset += FILE_PIECE_BYTES) {
      const bytes = new Uint8Array(await blob.slice(offset, offset + FILE_PIECE_BYTES).arrayBuffer());
      const written = await bridge.writePiece({ save: begun.save, offset, bytes });
      if (!written.ok) stopped = written;
    }
  } catch (error) {
    stopped = failure(error);
  }
  if (!stopped) return bridge.finishSave({ save: begun.save, complete: true });
  // A refused piece has ended the save already; any other failure ends it here, so nothing is left.
  await bridge.finishSave({ save: begun.save, complete: false }).catch(() => undefined);
  return stopped;
}

/** A browser download of a Blob (one that may be larger than what fits in one array). */
export function downloadBlob(blob: Blob, name: string): SaveResult {
  try {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    // Give the browser time to start the download before the URL is released.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
    return { ok: true, path: name };
  } catch (error) {
    return failure(error);
  }
}

/** Whether many files are saved in a new folder (the desktop app) or as one zip (a browser). */
export const savesToFolders = (): boolean => getBridge() !== null;

/** A new folder for many files, made where the user picks: the desktop app only. */
export async function chooseFolder(folderName: string): Promise<ChooseFolderResult> {
  const bridge = getBridge();
  if (!bridge) return { ok: false, reason: 'failed', message: 'folders need the desktop app' };
  return bridge.chooseFolder({ folderName });
}

/** One file into a folder chooseFolder made. */
export async function saveInFolder(request: SaveInFolderRequest): Promise<SaveInFolderResult> {
  const bridge = getBridge();
  if (!bridge) return { ok: false, reason: 'failed', message: 'folders need the desktop app' };
  return bridge.saveInFolder(request);
}

/** A picked file, not read: a restore reads a large one in pieces, as often as it needs. */
export type PickResult = { ok: true; name: string; file: Blob } | BridgeFailure;

/**
 * The file the desktop app's dialog picked, read piece by piece into a Blob: each piece goes to the
 * browser's blob storage as it arrives, so the page holds one piece at a time. The file is read
 * once, so a later change on disk does not change what a restore reads.
 */
async function readPickedFile(bridge: AvvikBridge, request: OpenFileRequest): Promise<PickResult> {
  const opened = await bridge.beginOpen(request);
  if (!opened.ok) return opened;
  try {
    const pieces: Blob[] = [];
    for (let offset = 0; offset < opened.size; offset += FILE_PIECE_BYTES) {
      const length = Math.min(FILE_PIECE_BYTES, opened.size - offset);
      const piece = await bridge.readPiece({ file: opened.file, offset, length });
      if (!piece.ok) return piece;
      if (piece.bytes.byteLength !== length) return failure(new Error('the file changed while it was read'));
      pieces.push(new Blob([piece.bytes as Uint8Array<ArrayBuffer>]));
    }
    return { ok: true, name: opened.name, file: new Blob(pieces) };
  } catch (error) {
    return failure(error);
  } finally {
    await bridge.finishOpen({ file: opened.file }).catch(() => undefined);
  }
}

/**
 * Lets the user pick a file: a file input in a browser (the file stays on disk until it is read), the
 * native dialog in the desktop app (which hands the file over in pieces).
 */
export async function pickFile(request: OpenFileRequest): Promise<PickResult> {
  const bridge = getBridge();
  if (bridge) return readPickedFile(bridge, request);
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = request.accept.join(',');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      resolve(file ? { ok: true, name: file.name, file } : { ok: false, reason: 'cancelled', message: 'No file chosen' });
    });
    input.addEventListener('cancel', () => resolve({ ok: false, reason: 'cancelled', message: 'No file chosen' }));
    input.click();
  });
}

/** Lets the user pick a file and reads it whole. */
export async function openFile(request: OpenFileRequest): Promise<OpenResult> {
  const bridge = getBridge();
  if (bridge) return bridge.openFile(request);
  const picked = await pickFile(request);
  return picked.ok ? { ok: true, name: picked.name, bytes: new Uint8Array(await picked.file.arrayBuffer()) } : picked;
}

/**
 * An OS notification in the desktop app. A browser gets none (asking for notification permission
 * uninvited is hostile); the caller always shows the message inside the app as well.
 */
export async function notify(request: NotifyRequest): Promise<NotifyResult> {
  const bridge = getBridge();
  if (bridge) return bridge.notify(request);
  return { ok: false, reason: 'failed', message: 'OS notifications need the desktop app' };
}

/** Calls back with an incident id when the user clicks an OS notification about it. */
export function onOpenIncident(callback: (incidentId: string) => void): () => void {
  return getBridge()?.onOpenIncident(callback) ?? (() => {});
}

/** Tells the desktop shell the UI language so its menus follow. */
export function setShellLanguage(language: BridgeLanguage): void {
  void getBridge()?.setLanguage(language);
}

/**
 * Lets the page reach the team's sync server (null: no server, nothing leaves the app). In the
 * desktop app the main process allows exactly that origin in the CSP and the network block; the
 * page must reload when it changed. In a browser, the page's server sets the policy (AVVIK_SYNC_SERVER).
 */
export async function allowSyncServer(origin: string | null): Promise<{ ok: true; reload: boolean } | { ok: false; message: string }> {
  const bridge = getBridge();
  if (!bridge) return { ok: true, reload: false };
  const result = await bridge.setSyncServer(origin);
  return result.ok ? result : { ok: false, message: result.message };
}

/**
 * The connection test made by the desktop app's main process, or null in a browser (the page tests
 * itself there). A request the bridge refuses reads as a server that cannot be reached.
 */
export async function testSyncServerFromShell(request: SyncTestRequest): Promise<ConnectionResult | null> {
  const bridge = getBridge();
  if (!bridge) return null;
  const result = await bridge.testSyncServer(request);
  return 'reason' in result ? { ok: false, problem: 'unreachable' } : result;
}

// In a browser there is no keychain: the sync credentials live in this page's memory only.
let browserSecret: string | null = null;

/** Keeps the sync credentials: the OS keychain in the desktop app, memory in a browser. */
export async function saveSyncSecret(secret: string): Promise<boolean> {
  const bridge = getBridge();
  if (!bridge) {
    browserSecret = secret;
    return true;
  }
  return (await bridge.saveSyncSecret(secret)).ok;
}

export async function loadSyncSecret(): Promise<string | null> {
  const bridge = getBridge();
  if (!bridge) return browserSecret;
  const result = await bridge.loadSyncSecret();
  return result.ok ? result.secret : null;
}

export async function forgetSyncSecret(): Promise<void> {
  browserSecret = null;
  await getBridge()?.forgetSyncSecret();
}

/** Whether credentials outlive the window (the desktop app's keychain) or not (a browser). */
export const keepsSecrets = (): boolean => getBridge() !== null;
