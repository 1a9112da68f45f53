import type { AvvikDb } from '../database';
import type { Settings } from '../../../../shared/incident/settings';
import { SETTINGS_ID, hasSingleDecisionTrust } from '../../../../shared/incident/settingsRow';

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
  if (existing && !hasSingleDecisionTrust(existing)) return existing;
  // A first start, or a row from before each laptop's decisions were kept apart: rare, and their
  // code (the settings' schema, the replay of their history) is fetched only then.
  const { createSettings, reproject } = await import('./settingsSetup');
  return existing ? reproject(db) : createSettings(db, ctx);
}

export async function getSettings(db: AvvikDb): Promise<Settings | undefined> {
  return db.settings.get(SETTINGS_ID);
}
