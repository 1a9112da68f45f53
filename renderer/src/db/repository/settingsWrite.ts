import type { AvvikDb } from '../database';
import { changeProfile, changeSettings } from '../../../../shared/incident/settings-changes';
import type { OrganisationSettings, Profile, Settings } from '../../../../shared/incident/settings';
import { commitSettings, type WriteContext } from './write';

// Settings are written like the record: each change an event on the settings history.

export type SettingsPatch = Partial<OrganisationSettings>;

/** Saves the organisation profile, DPO, contact, time zone and processor limit. */
export function saveSettings(db: AvvikDb, patch: SettingsPatch, ctx: WriteContext): Promise<Settings> {
  return commitSettings(db, ctx, (settings) => changeSettings(settings, patch));
}

/** Saves the profile of the person using this installation (name, role, phone, e-mail, language). */
export function saveProfile(db: AvvikDb, patch: Partial<Profile>, ctx: WriteContext): Promise<Settings> {
  return commitSettings(db, ctx, (settings) => changeProfile(settings, patch));
}
