import type { AvvikDb } from '../database';
import { SETTINGS_HISTORY_ID } from '../../../../shared/incident/events';
import { replaySettings } from '../../../../shared/incident/project';
import { SETTINGS_ID, defaultSettings, hasSingleDecisionTrust, settingsSchema, type Settings } from '../../../../shared/incident/settings';

// The organisation profile and this installation's identity. The installationId is generated
// once, on first use, and never changes: it names this machine's chains. The defaults are not an
// event; every change to them is (settingsWrite.ts).

export interface SettingsContext {
  now: Date;
  newId: () => string;
}

/** The settings, created with a fresh installationId the first time. */
export async function ensureSettings(db: AvvikDb, ctx: SettingsContext): Promise<Settings> {
  const existing = await db.settings.get(SETTINGS_ID);
  if (existing && hasSingleDecisionTrust(existing)) return reproject(db);
  if (existing) return existing;
  return db.transaction('rw', db.settings, async () => {
    // Another writer may have been first: keep theirs.
    const raced = await db.settings.get(SETTINGS_ID);
    if (raced) return raced;
    const created = settingsSchema.parse(defaultSettings(ctx.newId(), ctx.now.toISOString()));
    await db.settings.add(created);
    return created;
  });
}

export async function getSettings(db: AvvikDb): Promise<Settings | undefined> {
  return db.settings.get(SETTINGS_ID);
}


/**
 * A settings row written before each laptop's trust decisions were kept apart (one decision per
 * installation, the last to arrive) is projected again from the settings history, which holds every
 * decision: the row is a projection, so nothing is lost and verification compares like with like.
 */
async function reproject(db: AvvikDb): Promise<Settings> {
  return db.transaction('rw', db.settings, db.events, async () => {
    const stored = (await db.settings.get(SETTINGS_ID))!;
    if (!hasSingleDecisionTrust(stored)) return stored;
    const events = await db.events.where('incidentId').equals(SETTINGS_HISTORY_ID).toArray();
    const next = replaySettings(events, defaultSettings(stored.installationId, stored.updatedAt));
    await db.settings.put(next);
    return next;
  });
}
