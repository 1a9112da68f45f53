// The one contract between the renderer and the Electron main process. Declared once here; the
// preload implements it with `satisfies AvvikBridge`, the renderer reaches it through
// renderer/src/platform. One function per use case, never a raw channel.

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' inside the desktop app, 'browser' in a plain browser. */
  runtime: 'electron' | 'browser';
  platform: string;
}

export interface AvvikBridge {
  appInfo(): Promise<AppInfo>;
}

/** The key under which the preload exposes the bridge on `window`. */
export const BRIDGE_KEY = 'avvik';

/** IPC channel names, one per use case. */
export const IpcChannel = {
  appInfo: 'avvik:app-info',
} as const;
