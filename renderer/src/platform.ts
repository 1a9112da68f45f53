import { BRIDGE_KEY, type AppInfo, type AvvikBridge } from '../../shared/bridge';

// The one place that knows whether we run inside Electron. Inside the desktop app the preload's
// bridge is on window; in a plain browser every function has a browser fallback.

export function getBridge(): AvvikBridge | null {
  const candidate = (globalThis as Record<string, unknown>)[BRIDGE_KEY];
  return candidate && typeof candidate === 'object' ? (candidate as AvvikBridge) : null;
}

export async function appInfo(): Promise<AppInfo> {
  const bridge = getBridge();
  if (bridge) return bridge.appInfo();
  return { name: 'Avvik', version: import.meta.env.VITE_APP_VERSION ?? 'dev', runtime: 'browser', platform: 'web' };
}
