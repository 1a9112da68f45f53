// OS notifications for the renderer's deadline reminders. They show while the window is hidden in
// the tray; clicking one brings the window back and tells the renderer which incident to open.

import type { NotifyRequest, NotifyResult } from '../shared/bridge';

export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  on(event: 'failed', listener: () => void): unknown;
  show(): void;
}

export interface NotifyDeps {
  isSupported(): boolean;
  create(options: { title: string; body: string }): NotificationLike;
  /** Brings the main window to the front. */
  revealWindow(): void;
  /** Sends the incident id to the renderer (IpcEvent.openIncident). */
  openIncident(incidentId: string): void;
}

/**
 * A notifier for validated requests. It keeps every shown notification referenced until it is
 * clicked or closed: one that is garbage-collected loses its click handler.
 */
export function createNotifier(deps: NotifyDeps): (request: NotifyRequest) => NotifyResult {
  const live = new Set<NotificationLike>();
  return (request) => {
    if (!deps.isSupported()) {
      return { ok: false, reason: 'failed', message: 'notifications are not supported on this system' };
    }
    try {
      const notification = deps.create({ title: request.title, body: request.body });
      live.add(notification);
      const release = () => live.delete(notification);
      notification.on('click', () => {
        release();
        deps.revealWindow();
        if (request.incidentId !== undefined) deps.openIncident(request.incidentId);
      });
      notification.on('close', release);
      notification.on('failed', release);
      notification.show();
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  };
}
