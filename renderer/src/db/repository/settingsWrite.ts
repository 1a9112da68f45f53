import type { AvvikDb } from '../database';
import { keyFingerprint } from '../../../../shared/chain';
import { RecordError } from '../../../../shared/incident/errors';
import { changeProfile, changeSettings, distrustInstallationChange, trustInstallationChange } from '../../../../shared/incident/settings-changes';
import type { OrganisationSettings, Profile, Settings } from '../../../../shared/incident/settings';
import { commitSettings, type WriteContext } from './write';

// Settings are written like the record: each change an event on the settings history.

export type SettingsPatch = Partial<OrganisationSettings>;

/** Saves the organisation profile, DPO, contact, time zone and processor limit. */
export function saveSettings(db: AvvikDb, patch: SettingsPatch, ctx: WriteContext): Promise<Settings> {
  return commitSettings(db, ctx, (settings) => changeSettings(settings, patch));
}

/** The organisation trusts another installation's key, a person having compared its fingerprint. */
export async function trustInstallation(db: AvvikDb, installationId: string, ctx: WriteContext): Promise<Settings> {
  const record = await db.installations.get(installationId);
  if (!record) throw new RecordError('installation-missing', {}, installationId);
  const fingerprint = await keyFingerprint(record.publicKey, ctx.digest ?? db.deps.digest);
  return commitSettings(db, ctx, (settings) => trustInstallationChange(settings, record, fingerprint));
}

export function distrustInstallation(db: AvvikDb, installationId: string, reason: string, ctx: WriteContext): Promise<Settings> {
  return commitSettings(db, ctx, (settings) => distrustInstallationChange(settings, installationId, reason));
}

/** Saves the profile of the person using this installation (name, role, phone, e-mail, language). */
export function saveProfile(db: AvvikDb, patch: Partial<Profile>, ctx: WriteContext): Promise<Settings> {
  return commitSettings(db, ctx, (settings) => changeProfile(settings, patch));
}
