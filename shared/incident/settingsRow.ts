import type { Profile, Settings } from './settings';

// What the start reads of the settings row, apart from its schema (settings.ts): the dashboard's first
// rows and the services around them need no zod.

export const SETTINGS_ID = 'settings';

/**
 * Whether a stored settings row keeps one decision per subject, as rows written before team sync
 * did: such a row is projected again from its history (renderer/src/db/repository/settings.ts).
 */
export function hasSingleDecisionTrust(row: { trust?: unknown }): boolean {
  const trust = row.trust;
  if (typeof trust !== 'object' || trust === null) return false;
  return Object.values(trust).some((entry) => typeof entry === 'object' && entry !== null && 'trusted' in entry);
}

export function emptyProfile(): Profile {
  return { name: '', role: '', phone: '', email: '', language: 'nb' };
}

/** The profile of the person at this installation (empty until they fill it in). */
export function ownProfile(settings: Pick<Settings, 'installationId' | 'profiles'>): Profile {
  return settings.profiles[settings.installationId] ?? emptyProfile();
}
