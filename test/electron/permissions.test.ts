import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import {
  ALLOWED_PERMISSIONS,
  installPermissionHandlers,
  isPermissionAllowed,
} from '../../electron/permissions';

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'midi',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'hid',
  'serial',
  'usb',
  'idle-detection',
  'window-management',
  'fileSystem',
  'unknown',
];

function installed() {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  installPermissionHandlers(session as unknown as Session);
  return {
    request: session.setPermissionRequestHandler.mock.calls[0]![0] as (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
    check: session.setPermissionCheckHandler.mock.calls[0]![0] as (
      webContents: unknown,
      permission: string,
      origin: string,
    ) => boolean,
    device: session.setDevicePermissionHandler.mock.calls[0]![0] as (details: unknown) => boolean,
  };
}

describe('permissions are denied by default', () => {
  it('has an empty allow-list', () => {
    expect(ALLOWED_PERMISSIONS.size).toBe(0);
  });

  it.each(PERMISSIONS)('refuses a request for %s, even from our own page', (permission) => {
    const { request } = installed();
    const callback = vi.fn();
    request({ getURL: () => 'app://avvik/index.html' }, permission, callback, {
      requestingUrl: 'app://avvik/index.html',
    });
    expect(callback).toHaveBeenCalledWith(false);
  });

  it.each(PERMISSIONS)('answers no when a page checks for %s', (permission) => {
    const { check } = installed();
    expect(check(null, permission, 'app://avvik')).toBe(false);
    expect(check(null, permission, 'https://evil.example')).toBe(false);
  });

  it('refuses every HID, serial and USB device', () => {
    const { device } = installed();
    expect(device({ deviceType: 'usb', origin: 'app://avvik' })).toBe(false);
  });

  it('would grant a listed permission only to our own origin', () => {
    expect(isPermissionAllowed('notifications', 'app://avvik')).toBe(false);
  });
});
