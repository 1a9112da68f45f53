import type { AvvikDb } from '../database';
import { SETTINGS_HISTORY_ID } from '../../../../shared/incident/events';
import { replaySettings } from '../../../../shared/incident/project';
import { SETTINGS_ID, defaultSettings, hasSingleDecisionTrust, settingsSchema, type Settings } from '../../../../shared/incident/settings';
import type { SettingsContext } from './settings';

// What ensureSettings (settings.ts) rarely has to do, apart: the start of a record whose settings
// stand as they should fetches none of it.

/** The settings of a new record, with a fresh installationId. */
export function createSettings(db: AvvikDb, ctx: SettingsContext): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    // Another writer may have been first: keep theirs.
    const raced = await db.settings.get(SETTINGS_ID);
    if (raced) return raced;
    const created = settingsSchema.parse(defaultSettings(ctx.newId(), ctx.now.toISOString()));
    await db.settings.add(created);
    return created;
  });
}

/**
 * A settings row written before each laptop's trust decisions were kept apart (one decision per
 * installation, the last to arrive) is projected again from the settings history, which holds every
 * decision: the row is a projection, so nothing is lost and verification compares like with like.
 */
export async function reproject(db: AvvikDb): Promise<Settings> {
  return db.transaction('rw', db.settings, db.events, async () => {
    const stored = (await db.settings.get(SETTINGS_ID))!;
    if (!hasSingleDecisionTrust(stored)) return stored;
    const events = await db.events.where('incidentId').equals(SETTINGS_HISTORY_ID).toArray();
    const next = replaySettings(events, defaultSettings(stored.installationId, stored.updatedAt));
    await db.settings.put(next);
    return next;
  });
}
