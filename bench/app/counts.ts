import type { AvvikDb } from '../../renderer/src/db/database';

/** What a seeded or restored record holds, to print beside its figures. */
export async function recordCounts(db: AvvikDb) {
  return { incidents: await db.incidents.count(), events: await db.events.count(), notifications: await db.notifications.count() };
}
