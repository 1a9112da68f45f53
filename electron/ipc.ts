// Every bridge call lands here. A call is answered only when it comes from our own page's top
// frame, and only with a payload that passes its schema; anything else gets
// `{ ok: false, reason: 'invalid' }`. Handlers return typed results; nothing is thrown across IPC.

import type {
  AppInfo,
  BeginOpenResult,
  BeginSaveRequest,
  BeginSaveResult,
  BridgeLanguage,
  FinishOpenRequest,
  FinishOpenResult,
  FinishSaveRequest,
  FinishSaveResult,
  ReadPieceRequest,
  ReadPieceResult,
  WritePieceRequest,
  WritePieceResult,
  ChooseFolderRequest,
  ChooseFolderResult,
  SaveInFolderRequest,
  SaveInFolderResult,
  KeychainStatus,
  ReadKeyFileResult,
  WriteKeyFileRequest,
  WriteKeyFileResult,
  NotifyRequest,
  NotifyResult,
  OpenFileRequest,
  OpenResult,
  SaveFileRequest,
  SaveResult,
  SetLanguageResult,
  SyncDoneResult,
  SyncSecretResult,
  SyncServerResult,
  SyncTestRequest,
  SyncTestResult,
} from '../shared/bridge';
import { IpcChannel } from '../shared/bridge';
import {
  invalidPayload,
  validateBeginSaveRequest,
  validateChooseFolderRequest,
  validateFinishOpenRequest,
  validateFinishSaveRequest,
  validateReadPieceRequest,
  validateWritePieceRequest,
  validateLanguage,
  validateSaveInFolderRequest,
  validateNotifyRequest,
  validateOpenFileRequest,
  validateSaveFileRequest,
  validateSyncSecret,
  validateSyncServer,
  validateSyncTestRequest,
  validateWriteKeyFileRequest,
  type Validation,
} from '../shared/bridge/schemas';
import { isAppUrl } from './app-protocol';

export interface BridgeHandlers {
  appInfo(): AppInfo;
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  chooseFolder(request: ChooseFolderRequest): Promise<ChooseFolderResult>;
  saveInFolder(request: SaveInFolderRequest): Promise<SaveInFolderResult>;
  openFile(request: OpenFileRequest): Promise<OpenResult>;
  beginSave(request: BeginSaveRequest): Promise<BeginSaveResult>;
  writePiece(request: WritePieceRequest): Promise<WritePieceResult>;
  finishSave(request: FinishSaveRequest): Promise<FinishSaveResult>;
  beginOpen(request: OpenFileRequest): Promise<BeginOpenResult>;
  readPiece(request: ReadPieceRequest): Promise<ReadPieceResult>;
  finishOpen(request: FinishOpenRequest): Promise<FinishOpenResult>;
  notify(request: NotifyRequest): NotifyResult;
  setLanguage(language: BridgeLanguage): SetLanguageResult;
  setSyncServer(origin: string | null): SyncServerResult;
  testSyncServer(request: SyncTestRequest): Promise<SyncTestResult>;
  saveSyncSecret(secret: string): SyncDoneResult;
  loadSyncSecret(): SyncSecretResult;
  forgetSyncSecret(): SyncDoneResult;
  keychainStatus(): KeychainStatus;
  readKeyFile(): Promise<ReadKeyFileResult>;
  writeKeyFile(request: WriteKeyFileRequest): Promise<WriteKeyFileResult>;
}

export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

export interface InvokeEventLike {
  senderFrame: SenderFrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

/** Only the top frame of a page served from app://avvik/ may use the bridge. */
export function isTrustedSender(event: InvokeEventLike): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

function whenValid<T, R>(validation: Validation<T>, run: (value: T) => R): R | Validation<never> {
  return validation.ok ? run(validation.value) : validation;
}

type Route = (payload: unknown) => unknown;

/** One route per channel; the Record type makes the compiler insist that no channel is left out. */
export function bridgeRoutes(handlers: BridgeHandlers): Record<keyof typeof IpcChannel, Route> {
  return {
    appInfo: (payload) =>
      payload === undefined ? handlers.appInfo() : invalidPayload('appInfo takes no payload'),
    saveFile: (payload) =>
      whenValid(validateSaveFileRequest(payload), (request) => handlers.saveFile(request)),
    chooseFolder: (payload) =>
      whenValid(validateChooseFolderRequest(payload), (request) => handlers.chooseFolder(request)),
    saveInFolder: (payload) =>
      whenValid(validateSaveInFolderRequest(payload), (request) => handlers.saveInFolder(request)),
    openFile: (payload) =>
      whenValid(validateOpenFileRequest(payload), (request) => handlers.openFile(request)),
    beginSave: (payload) =>
      whenValid(validateBeginSaveRequest(payload), (request) => handlers.beginSave(request)),
    writePiece: (payload) =>
      whenValid(validateWritePieceRequest(payload), (request) => handlers.writePiece(request)),
    finishSave: (payload) =>
      whenValid(validateFinishSaveRequest(payload), (request) => handlers.finishSave(request)),
    beginOpen: (payload) =>
      whenValid(validateOpenFileRequest(payload), (request) => handlers.beginOpen(request)),
    readPiece: (payload) =>
      whenValid(validateReadPieceRequest(payload), (request) => handlers.readPiece(request)),
    finishOpen: (payload) =>
      whenValid(validateFinishOpenRequest(payload), (request) => handlers.finishOpen(request)),
    notify: (payload) => whenValid(validateNotifyRequest(payload), (request) => handlers.notify(request)),
    setLanguage: (payload) =>
      whenValid(validateLanguage(payload), (language) => handlers.setLanguage(language)),
    setSyncServer: (payload) => whenValid(validateSyncServer(payload), (origin) => handlers.setSyncServer(origin)),
    testSyncServer: (payload) => whenValid(validateSyncTestRequest(payload), (request) => handlers.testSyncServer(request)),
    saveSyncSecret: (payload) => whenValid(validateSyncSecret(payload), (secret) => handlers.saveSyncSecret(secret)),
    loadSyncSecret: (payload) =>
      payload === undefined ? handlers.loadSyncSecret() : invalidPayload('loadSyncSecret takes no payload'),
    forgetSyncSecret: (payload) =>
      payload === undefined ? handlers.forgetSyncSecret() : invalidPayload('forgetSyncSecret takes no payload'),
    keychainStatus: (payload) =>
      payload === undefined ? handlers.keychainStatus() : invalidPayload('keychainStatus takes no payload'),
    readKeyFile: (payload) =>
      payload === undefined ? handlers.readKeyFile() : invalidPayload('readKeyFile takes no payload'),
    writeKeyFile: (payload) =>
      whenValid(validateWriteKeyFileRequest(payload), (request) => handlers.writeKeyFile(request)),
  };
}

export function installIpcHandlers(ipcMain: IpcMainLike, handlers: BridgeHandlers): void {
  const routes = bridgeRoutes(handlers);
  for (const name of Object.keys(IpcChannel) as (keyof typeof IpcChannel)[]) {
    const route = routes[name];
    ipcMain.handle(IpcChannel[name], async (event, ...args) => {
      if (!isTrustedSender(event)) return invalidPayload('the sender is not the Avvik app');
      if (args.length > 1) return invalidPayload('a bridge call takes at most one payload');
      try {
        return await route(args[0]);
      } catch (error) {
        return {
          ok: false,
          reason: 'failed',
          message: error instanceof Error ? error.message : String(error),
        };
      }
    });
  }
}
