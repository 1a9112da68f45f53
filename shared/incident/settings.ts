import { z } from 'zod';
import { checkOrgNr } from '../org/orgNumber';
import { DEFAULT_CONTROLLER_NOTICE_HOURS, DEFAULT_TIME_ZONE, MAX_CONTROLLER_NOTICE_HOURS } from '../deadline';
import { SHA256_HEX } from '../chain/digest';
import { isValidTimeZone } from '../time/zoned';
import { isoInstant, recordId } from './primitives';
import { SETTINGS_ID } from './settingsRow';

export { SETTINGS_ID, emptyProfile, hasSingleDecisionTrust, ownProfile } from './settingsRow';

// The organisation profile, the profile of each person using Avvik, and this installation's identity.
// One row, id 'settings'. It is a projection of the settings history ('settings-changed' and
// 'profile-changed' events, shared/incident/project.ts): what the documents print about the
// organisation, its DPO and the reporter is covered by the history like the incidents are.

/** A stored organisation number: exactly nine digits with a valid MOD11 check digit (shared/org). */
export function isValidOrgNr(value: string): boolean {
  return /^\d{9}$/.test(value) && checkOrgNr(value).ok;
}

/** The hours a processor allows itself to tell its controller, as settings store them: the limits of isControllerNoticeHours (shared/deadline). */
export const controllerNoticeHoursSchema = z.number().positive().max(MAX_CONTROLLER_NOTICE_HOURS);

export const contactSchema = z.strictObject({
  name: z.string().max(200),
  email: z.string().max(320),
  phone: z.string().max(50),
});
export type Contact = z.infer<typeof contactSchema>;

export const uiLanguages = ['nb', 'en'] as const;

/** The organisation's settings, each defined once: the row, the 'settings-changed' event, the form. */
export const settingsSchemas = {
  organisationName: z.string().max(300),
  /** Empty until filled in. */
  orgNr: z.string().refine((v) => v === '' || isValidOrgNr(v), 'not a valid organisation number'),
  address: z.string().max(1000),
  /** The organisation's switchboard: where the public reaches it. */
  contact: contactSchema,
  /** Art. 37: the data protection officer, when there is one. */
  dpo: contactSchema.nullable(),
  /** Display time zone for every instant the screens and documents show. */
  timeZone: z.string().refine(isValidTimeZone, 'unknown time zone'),
  /** Art. 33(2): the processor's own limit for telling its controller (shared/deadline). */
  processorDeadlineHours: controllerNoticeHoursSchema,
  /**
   * Art. 5(1)(e): how many months after an incident is closed the data of its people affected is
   * erased (shared/incident/retention.ts). Null: no period set. Absent in settings from before.
   */
  peopleRetentionMonths: z.number().int().min(1).max(1200).nullable().optional(),
} as const;
export type SettingsField = keyof typeof settingsSchemas;
export const settingsFields = Object.keys(settingsSchemas) as SettingsField[];
export type OrganisationSettings = z.output<z.ZodObject<typeof settingsSchemas>>;

/**
 * The person at one installation: the actor of the events it writes, and the reporter («innmelder»)
 * of the notices it exports (EDPB template 21–24), with their own role, phone and e-mail.
 */
export const profileSchemas = {
  name: z.string().max(200),
  role: z.string().max(200),
  phone: z.string().max(50),
  email: z.string().max(320),
  /** The language this person reads Avvik in. */
  language: z.enum(uiLanguages),
} as const;
export type ProfileField = keyof typeof profileSchemas;
export const profileFields = Object.keys(profileSchemas) as ProfileField[];
export const profileSchema = z.strictObject(profileSchemas);
export type Profile = z.infer<typeof profileSchema>;

/** A decision to trust (or no longer trust) another installation's key. */
export const trustDecisionSchema = z.strictObject({
  trusted: z.boolean(),
  publicKey: z.string().nullable(),
  fingerprint: z.string(),
  /** The installation that decided; only decisions of trusted installations count (shared/incident/trust.ts). */
  by: recordId,
  at: isoInstant,
  actor: z.string().max(200),
});
export type TrustDecision = z.infer<typeof trustDecisionSchema>;

export const settingsSchema = z.strictObject({
  id: z.literal(SETTINGS_ID),
  /** Generated once per installation; names this machine's chains (shared/chain). */
  installationId: recordId,
  ...settingsSchemas,
  /** installationId → the person using it. */
  profiles: z.record(recordId, profileSchema),
  /**
   * Subject installationId → deciding installationId → that installation's latest decision about
   * the subject's key (settings history). Each laptop's decision is kept: which of them count is
   * keyRing's rule (shared/incident/trust.ts), never the order in which they arrived.
   */
  trust: z.record(recordId, z.record(recordId, trustDecisionSchema)),
  /** The last event of the settings history on each installation. */
  heads: z.record(recordId, z.strictObject({ seq: z.number().int().positive(), hash: z.string().regex(SHA256_HEX) })),
  updatedAt: isoInstant,
});

export type Settings = z.infer<typeof settingsSchema>;

export function defaultOrganisation(): OrganisationSettings {
  return {
    organisationName: '',
    orgNr: '',
    address: '',
    contact: { name: '', email: '', phone: '' },
    dpo: null,
    timeZone: DEFAULT_TIME_ZONE,
    processorDeadlineHours: DEFAULT_CONTROLLER_NOTICE_HOURS,
  };
}

export function defaultSettings(installationId: string, now: string): Settings {
  return { id: SETTINGS_ID, installationId, ...defaultOrganisation(), profiles: {}, trust: {}, heads: {}, updatedAt: now };
}
