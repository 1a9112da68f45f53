// The record's vocabularies beyond the assessment's facts: the options of Datatilsynet's form and of
// the EDPB common breach-notification template (DOMAIN.md §2.2). Incidents, events and backups store
// these values, so the lists are a contract like the facts: add values, never rename or remove one.

/** EDPB template field 60: the nature of the incident. More than one may apply. */
export const INCIDENT_TYPES = [
  'employee-misuse',
  'ransomware',
  'hacking-malware',
  'phishing',
  'exploited-vulnerability',
  'unauthorised-access',
  'exfiltration',
  'wrong-person-data-shown',
  'device-lost-stolen',
  'e-waste',
  'paper-disposal',
  'mail-misdelivered',
  'misconfiguration',
  'incorrect-access-rights',
  'paper-lost-stolen',
  'data-deleted',
  'shown-to-wrong-recipient',
  'sent-by-mistake',
  'no-bcc',
  'technical-malfunction',
  'unauthorised-modification',
  'unintended-publication',
  'verbal-disclosure',
  'other',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** EDPB template field 50 and the list: how the breach came to light. */
export const DETECTION_METHODS = [
  'internal-control',
  'staff',
  'data-subject',
  'processor',
  'third-party',
  'attacker-demand',
  'media',
  'other',
] as const;
export type DetectionMethod = (typeof DETECTION_METHODS)[number];

/** EDPB template fields 65–66: the categories of people affected. */
export const SUBJECT_CATEGORIES = [
  'employees',
  'job-applicants',
  'customers',
  'patients',
  'students',
  'minors',
  'users',
  'subscribers',
  'members',
  'vulnerable',
  'other',
] as const;
export type SubjectCategory = (typeof SUBJECT_CATEGORIES)[number];

/** Art. 33(3)(a) asks for "approximate" numbers; the EDPB template asks which kind a number is. */
export const COUNT_PRECISIONS = ['exact', 'approximate', 'undeterminable'] as const;
export type CountPrecision = (typeof COUNT_PRECISIONS)[number];

/** EDPB template fields 75–76: security measures in place when the breach happened. */
export const SECURITY_MEASURES = [
  'encryption',
  'pseudonymisation',
  'access-control',
  'mfa',
  'logging',
  'backup',
  'policies',
  'training',
  'audits',
  'physical-access',
  'up-to-date',
  'other',
] as const;
export type SecurityMeasure = (typeof SECURITY_MEASURES)[number];

/** EDPB template fields 38–41: other parties involved in the breach. */
export const PARTY_ROLES = ['processor', 'sub-processor', 'joint-controller', 'partner', 'other'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** EDPB template field 109: reported to the police. */
export const POLICE_STATUSES = ['yes', 'no', 'planned'] as const;
export type PoliceStatus = (typeof POLICE_STATUSES)[number];

/** EDPB template fields 110–111 with the Norwegian bodies an incident often also concerns (DOMAIN.md §8). */
export const OTHER_AUTHORITIES = ['nsm', 'nkom', 'finanstilsynet', 'helsedirektoratet', 'foreign-dpa', 'other'] as const;
export type OtherAuthorityKind = (typeof OTHER_AUTHORITIES)[number];

/** EDPB template fields 113–118: cross-border processing (Art. 4(23), 56). */
export const CROSS_BORDER_STATUSES = ['yes', 'no'] as const;
export type CrossBorderStatus = (typeof CROSS_BORDER_STATUSES)[number];

/** EDPB template fields 38 and 110: a plain yes or no where a list alone cannot say "none". */
export const YES_NO = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO)[number];
