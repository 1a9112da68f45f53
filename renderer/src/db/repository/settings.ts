import type { AvvikDb } from '../database';
import { RecordError } from '../../../../shared/incident/errors';
import { SETTINGS_ID, defaultSettings, settingsSchema, type Settings } from '../../../../shared/incident/settings';

// The organisation profile and this installation's identity. The installationId is generated
// once, on first use, and never changes: it names this machine's timeline chains.

export interface SettingsContext {
  now: Date;
  newId: () => string;
}

/** The settings, created with a fresh installationId the first time. */
export async function ensureSettings(db: AvvikDb, ctx: SettingsContext): Promise<Settings> {
  const existing = await db.settings.get(SETTINGS_ID);
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

export type SettingsPatch = Partial<Omit<Settings, 'id' | 'installationId' | 'updatedAt'>>;

/** Saves the organisation profile. Settings are not part of an incident's timeline. */
export async function saveSettings(db: AvvikDb, patch: SettingsPatch, ctx: SettingsContext): Promise<Settings> {
  const current = await ensureSettings(db, ctx);
  const result = settingsSchema.safeParse({ ...current, ...patch, id: SETTINGS_ID, installationId: current.installationId, updatedAt: ctx.now.toISOString() });
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.map(String).join('.') ?? '';
    throw new RecordError(
      'invalid-settings',
      { nb: `Innstillingen «${field}» er ikke gyldig. Ingenting er lagret.`, en: `The setting "${field}" is not valid. Nothing was saved.` },
      issue?.message ?? null,
    );
  }
  await db.settings.put(result.data);
  return result.data;
}
