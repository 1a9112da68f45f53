import { z } from 'zod';
import { checkOrgNr } from '../org/orgNumber';
import { DEFAULT_CONTROLLER_NOTICE_HOURS, DEFAULT_TIME_ZONE, controllerNoticeHoursSchema } from '../deadline';
import { isValidTimeZone } from '../time/zoned';
import { isoInstant, recordId } from './model';

// The organisation profile and this installation's identity. One row, id 'settings'.

export const SETTINGS_ID = 'settings';

/** Norwegian organisation number: nine digits, the last a MOD11 check digit (Brønnøysund). */
/** A stored organisation number: exactly nine digits with a valid MOD11 check digit (shared/org). */
export function isValidOrgNr(value: string): boolean {
  return /^\d{9}$/.test(value) && checkOrgNr(value).ok;
}

const contactSchema = z.strictObject({
  name: z.string().max(200),
  email: z.string().max(320),
  phone: z.string().max(50),
});

export const settingsSchema = z.strictObject({
  id: z.literal(SETTINGS_ID),
  /** Generated once per installation; names this machine's chains (shared/chain). */
  installationId: recordId,
  organisationName: z.string().max(300),
  /** Empty until filled in. */
  orgNr: z.string().refine((v) => v === '' || isValidOrgNr(v), 'not a valid organisation number'),
  address: z.string().max(1000),
  contact: contactSchema,
  /** Art. 37: the data protection officer, when there is one. */
  dpo: contactSchema.nullable(),
  /** The user's name: the actor of the events written here. */
  userName: z.string().max(200),
  timeZone: z.string().refine(isValidTimeZone, 'unknown time zone'),
  language: z.enum(['nb', 'en']),
  /** Art. 33(2): the processor's own limit for telling its controller (shared/deadline). */
  processorDeadlineHours: controllerNoticeHoursSchema,
  updatedAt: isoInstant,
});

export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(installationId: string, now: string): Settings {
  return {
    id: SETTINGS_ID,
    installationId,
    organisationName: '',
    orgNr: '',
    address: '',
    contact: { name: '', email: '', phone: '' },
    dpo: null,
    userName: '',
    timeZone: DEFAULT_TIME_ZONE,
    language: 'nb',
    processorDeadlineHours: DEFAULT_CONTROLLER_NOTICE_HOURS,
    updatedAt: now,
  };
}
