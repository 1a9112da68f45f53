import { canonicalJson } from '../canonical';
import { fieldName } from './changes';
import { RecordError } from './errors';
import type { EventDraft } from './events';
import type { InstallationRecord } from './installations';
import {
  ownProfile,
  profileSchemas,
  settingsSchemas,
  type OrganisationSettings,
  type Profile,
  type ProfileField,
  type Settings,
  type SettingsField,
} from './settings';

// Changes to the settings as events, like every other change: the organisation, its DPO and the
// reporter are printed in every notice and letter, so the history must say who changed them and when.

function invalid(field: string): never {
  throw new RecordError('invalid-settings', { field: { nb: fieldName(field, 'nb'), en: fieldName(field, 'en') } }, field);
}

function changesFor<F extends string>(
  current: Partial<Record<F, unknown>>,
  patch: Partial<Record<F, unknown>>,
  schemas: Record<F, { safeParse(value: unknown): { success: true; data: unknown } | { success: false } }>,
): Partial<Record<F, { from: unknown; to: unknown }>> {
  const changes: Partial<Record<F, { from: unknown; to: unknown }>> = {};
  for (const field of Object.keys(patch) as F[]) {
    if (patch[field] === undefined) continue;
    if (!(field in schemas)) invalid(field);
    const parsed = schemas[field].safeParse(patch[field]);
    if (!parsed.success) invalid(field);
    // A setting added after the settings were first written is absent until set: it was "none".
    const from = current[field] ?? null;
    if (canonicalJson(from) === canonicalJson(parsed.data)) continue;
    changes[field] = { from, to: parsed.data };
  }
  return changes;
}

/** The organisation's profile, DPO, contact, time zone and processor limit. Null when nothing changed. */
export function changeSettings(settings: Settings, patch: Partial<OrganisationSettings>): EventDraft | null {
  const changes = changesFor<SettingsField>(settings, patch, settingsSchemas);
  return Object.keys(changes).length === 0 ? null : { kind: 'settings-changed', payload: { changes } };
}

/**
 * The organisation trusts another installation's key, after a person compared its fingerprint. The
 * key itself is recorded, so a later key under the same id is not trusted by this decision.
 */
export function trustInstallationChange(settings: Settings, record: InstallationRecord, fingerprint: string): EventDraft | null {
  if (record.id === settings.installationId) return null;
  const current = settings.trust[record.id]?.[settings.installationId];
  // Already trusted by a decision taken here; a decision anyone else wrote is no reason to skip ours.
  if (current?.trusted && current.publicKey === record.publicKey) return null;
  return { kind: 'installation-trusted', payload: { installationId: record.id, publicKey: record.publicKey, fingerprint } };
}

/**
 * Trust withdrawn: what that installation signs is no longer shown as verified. Null when nobody
 * trusted it or this installation has withdrawn it already.
 */
export function distrustInstallationChange(settings: Settings, installationId: string, reason: string): EventDraft | null {
  const decisions = settings.trust[installationId] ?? {};
  if (installationId === settings.installationId || !Object.values(decisions).some((d) => d.trusted)) return null;
  if (decisions[settings.installationId]?.trusted === false) return null;
  return { kind: 'installation-distrusted', payload: { installationId, reason: reason.trim().slice(0, 2000) } };
}

/** The profile of the person at this installation. Null when nothing changed. */
export function changeProfile(settings: Settings, patch: Partial<Profile>): EventDraft | null {
  const changes = changesFor<ProfileField>(ownProfile(settings), patch, profileSchemas);
  return Object.keys(changes).length === 0 ? null : { kind: 'profile-changed', payload: { changes } };
}
