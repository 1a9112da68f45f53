import { isLang, type Lang } from '../../../../shared/i18n';
import { ownProfile, type Profile, type Settings } from '../../../../shared/incident/settings';
import { checkOrgNr, formatOrgNr, isPlausibleEmail, isPlausiblePhone } from '../../../../shared/org';
import { isValidTimeZone } from '../../../../shared/time/zoned';
import type { SettingsPatch } from '../../db/repository';

// The settings form as the user edits it (all text), and its check: every field is checked at
// once so the user sees every problem, and nothing is saved while one remains.

export interface SettingsForm {
  organisationName: string;
  orgNr: string;
  address: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  hasDpo: boolean;
  dpoName: string;
  dpoEmail: string;
  dpoPhone: string;
  userName: string;
  userRole: string;
  userEmail: string;
  userPhone: string;
  language: Lang;
  timeZone: string;
  processorDeadlineHours: string;
}

export type SettingsField = keyof SettingsForm;
export type SettingsError =
  'orgnr-format' | 'orgnr-checksum' | 'email' | 'phone' | 'timezone' | 'hours' | 'dpo-name' | 'too-long';
export type SettingsErrors = Partial<Record<SettingsField, SettingsError>>;

/** The form's fields in screen order: the first with an error gets the focus. */
export const FIELD_ORDER: readonly SettingsField[] = [
  'organisationName',
  'orgNr',
  'address',
  'contactName',
  'contactEmail',
  'contactPhone',
  'hasDpo',
  'dpoName',
  'dpoEmail',
  'dpoPhone',
  'userName',
  'userRole',
  'userEmail',
  'userPhone',
  'language',
  'timeZone',
  'processorDeadlineHours',
];

const MAX_LENGTH: Partial<Record<SettingsField, number>> = {
  organisationName: 300,
  address: 1000,
  contactName: 200,
  contactEmail: 320,
  contactPhone: 50,
  dpoName: 200,
  dpoEmail: 320,
  dpoPhone: 50,
  userName: 200,
  userRole: 200,
  userEmail: 320,
  userPhone: 50,
};

export function formFromSettings(settings: Settings): SettingsForm {
  const profile = ownProfile(settings);
  return {
    organisationName: settings.organisationName,
    orgNr: formatOrgNr(settings.orgNr),
    address: settings.address,
    contactName: settings.contact.name,
    contactEmail: settings.contact.email,
    contactPhone: settings.contact.phone,
    hasDpo: settings.dpo !== null,
    dpoName: settings.dpo?.name ?? '',
    dpoEmail: settings.dpo?.email ?? '',
    dpoPhone: settings.dpo?.phone ?? '',
    userName: profile.name,
    userRole: profile.role,
    userEmail: profile.email,
    userPhone: profile.phone,
    language: profile.language,
    timeZone: settings.timeZone,
    processorDeadlineHours: String(settings.processorDeadlineHours),
  };
}

/** The organisation's settings and this user's profile: two histories, saved together. */
export type SettingsCheck = { ok: true; patch: SettingsPatch; profile: Partial<Profile> } | { ok: false; errors: SettingsErrors };

/** Checks the whole form; on success, the settings to save (trimmed, org.nr as nine digits). */
export function checkSettingsForm(form: SettingsForm): SettingsCheck {
  const errors: SettingsErrors = {};
  const text = (field: SettingsField): string => {
    const value = form[field];
    return typeof value === 'string' ? value.trim() : '';
  };
  for (const [field, max] of Object.entries(MAX_LENGTH) as [SettingsField, number][]) {
    if (text(field).length > max) errors[field] = 'too-long';
  }

  let orgNr = '';
  if (text('orgNr') !== '') {
    const checked = checkOrgNr(form.orgNr);
    if (checked.ok) orgNr = checked.value;
    else errors.orgNr = checked.problem === 'checksum' ? 'orgnr-checksum' : 'orgnr-format';
  }
  const email = (field: SettingsField) => {
    if (text(field) !== '' && !errors[field] && !isPlausibleEmail(text(field))) errors[field] = 'email';
  };
  const phone = (field: SettingsField) => {
    if (text(field) !== '' && !errors[field] && !isPlausiblePhone(text(field))) errors[field] = 'phone';
  };
  email('contactEmail');
  phone('contactPhone');
  email('userEmail');
  phone('userPhone');
  if (form.hasDpo) {
    if (text('dpoName') === '') errors.dpoName = 'dpo-name';
    email('dpoEmail');
    phone('dpoPhone');
  }
  const timeZone = text('timeZone');
  // Intl accepts any letter case ("europe/oslo"); stored names keep their IANA spelling.
  const canonicalZone =
    timeZone !== '' && isValidTimeZone(timeZone)
      ? new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone
      : null;
  if (!canonicalZone) errors.timeZone = 'timezone';
  const hours = text('processorDeadlineHours');
  if (!/^\d{1,2}$/.test(hours) || Number(hours) < 1 || Number(hours) > 72)
    errors.processorDeadlineHours = 'hours';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    patch: {
      organisationName: text('organisationName'),
      orgNr,
      address: form.address.trim().replace(/\r\n/g, '\n'),
      contact: { name: text('contactName'), email: text('contactEmail'), phone: text('contactPhone') },
      dpo: form.hasDpo ? { name: text('dpoName'), email: text('dpoEmail'), phone: text('dpoPhone') } : null,
      timeZone: canonicalZone!,
      processorDeadlineHours: Number(hours),
    },
    profile: {
      name: text('userName'),
      role: text('userRole'),
      email: text('userEmail'),
      phone: text('userPhone'),
      language: isLang(form.language) ? form.language : 'nb',
    },
  };
}

/** IANA zone names the runtime knows, for the field's suggestions. */
export function knownTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? ['Europe/Oslo', 'UTC'];
  } catch {
    return ['Europe/Oslo', 'UTC'];
  }
}
