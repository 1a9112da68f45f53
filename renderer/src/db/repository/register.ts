import type { AvvikDb } from '../database';
import { filterRegister, registerRows, type RegisterFilter, type RegisterRow } from '../../../../shared/register';
import { getSettings } from './settings';

/**
 * The register's rows, filtered. Risk and date narrow the read through the [risk+awareAt] and
 * awareAt indexes; the other filters run on the rows (a register has thousands of incidents).
 */
export async function loadRegister(db: AvvikDb, filter: RegisterFilter = {}, verified?: ReadonlyMap<string, boolean>): Promise<RegisterRow[]> {
  const from = filter.from ?? '';
  const to = filter.to ?? '\uffff';
  const narrowed = filter.risks !== undefined || filter.from !== undefined || filter.to !== undefined;
  const incidents = filter.risks
    ? (await Promise.all(filter.risks.map((risk) => db.incidents.where('[risk+awareAt]').between([risk, from], [risk, to], true, false).toArray()))).flat()
    : narrowed
      ? await db.incidents.where('awareAt').between(from, to, true, false).toArray()
      : await db.incidents.toArray();
  // Notifications are few (one to a handful per incident): reading them all and keeping those of
  // the rows is faster than an anyOf() over many keys, in fake-indexeddb and in browsers alike.
  const wanted = new Set(incidents.map((i) => i.id));
  const notifications = (await db.notifications.toArray()).filter((n) => wanted.has(n.incidentId));
  const settings = await getSettings(db);
  const rows = registerRows(incidents, notifications, { processorDeadlineHours: settings?.processorDeadlineHours, verified });
  return filterRegister(rows, filter);
}
