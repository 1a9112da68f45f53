// Permission requests are denied unless the permission is on the allow-list, and the allow-list is
// empty: Avvik needs no camera, microphone, location, clipboard read, MIDI, HID, USB or serial
// port. OS notifications go through the bridge, not the web Notification permission.

import type { Session } from 'electron';
import { isAppUrl } from './app-protocol';

export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

/** Whether `permission` may be granted to a page at `origin`: only our own pages, only listed ones. */
export function isPermissionAllowed(permission: string, origin: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(origin);
}

type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

export function installPermissionHandlers(session: PermissionSession): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? webContents.getURL()));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  // HID, serial and USB devices: never.
  session.setDevicePermissionHandler(() => false);
}
