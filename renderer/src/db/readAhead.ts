import type { IncidentSummary } from '../../../shared/incident/summary';
import type { Notification } from '../../../shared/incident/notifications';
import type { Settings } from '../../../shared/incident/settings';
import { SETTINGS_ID } from '../../../shared/incident/settingsRow';
import { SUMMARIES_TABLE } from './summaries';

// The dashboard's first rows read straight from IndexedDB, in the connection the start's first look
// at the database opens (early.ts, encryption/inspect.ts), while the page's code is still fetched:
// the same rows as the repository's reads (listOpenSummaries, getSettings, notificationsOf), without
// waiting for Dexie, the database's opening or the screens. Only a record kept in clear is read so:
// its rows are stored as they are (a protected one is read once it is unlocked, through Dexie).
// What is read here only stands in until the live query (queries/useDashboardRows) has read the
// same through the repository.

/** What the dashboard's rows are made of (useDashboardRows: rowsOf). */
export interface DashboardInputs {
  incidents: IncidentSummary[];
  settings: Settings | undefined;
  notifications: Notification[];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB read failed'));
  });
}

/** Whether the database holds what the dashboard reads (an older one is upgraded first, through Dexie). */
export function canReadAhead(idb: IDBDatabase): boolean {
  return [SUMMARIES_TABLE, 'notifications', 'settings'].every((store) => idb.objectStoreNames.contains(store));
}

/**
 * The open incidents' summaries (in the order of the openAwareAt index, as listOpenSummaries reads
 * them), the settings and the open incidents' notifications, in one read-only transaction.
 */
export async function readDashboardInputs(idb: IDBDatabase): Promise<DashboardInputs> {
  const tx = idb.transaction([SUMMARIES_TABLE, 'notifications', 'settings'], 'readonly');
  const notifications = tx.objectStore('notifications');
  const [incidents, settings, stored] = await Promise.all([
    request(tx.objectStore(SUMMARIES_TABLE).index('openAwareAt').getAll() as IDBRequest<IncidentSummary[]>),
    request(tx.objectStore('settings').get(SETTINGS_ID) as IDBRequest<Settings | undefined>),
    request(notifications.count()),
  ]);
  // Notices are few beside the incidents: all of them in one read is quicker than one read per open
  // incident, unless the closed incidents' notices far outnumber the open ones'.
  if (stored <= 4 * incidents.length) {
    const open = new Set(incidents.map((incident) => incident.id));
    const all = await request(notifications.getAll() as IDBRequest<Notification[]>);
    return { incidents, settings, notifications: all.filter((notice) => open.has(notice.incidentId)) };
  }
  const byId = notifications.index('incidentId');
  const each = await Promise.all(incidents.map((incident) => request(byId.getAll(incident.id) as IDBRequest<Notification[]>)));
  return { incidents, settings, notifications: each.flat() };
}
