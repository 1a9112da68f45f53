import { z } from 'zod';
import { isoInstant } from './primitives';
import { EMPTY_TEXT, bilingual, bilingualSchema, type Bilingual } from './text';
import {
  COUNT_PRECISIONS,
  CROSS_BORDER_STATUSES,
  DETECTION_METHODS,
  INCIDENT_TYPES,
  OTHER_AUTHORITIES,
  PARTY_ROLES,
  POLICE_STATUSES,
  SECURITY_MEASURES,
  SUBJECT_CATEGORIES,
  YES_NO,
} from './vocabulary';

// What the record holds about an incident beyond the assessment's facts: everything Datatilsynet's
// form and the EDPB common template ask for (DOMAIN.md §2, §6). Each field is defined once here —
// its schema and its "not known yet" value — and used by the incident row, the `details-changed`
// event, the backup and the editors. Every field is optional in the sense that matters: until it is
// answered it holds its empty value, and the documents print "not known yet".

export const TITLE_MAX_LENGTH = 200;
export const SHORT_TEXT_MAX = 300;
export const CASE_NUMBER_MAX = 100;

const shortText = z.string().max(SHORT_TEXT_MAX);
const tags = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).max(values.length);

/** EDPB template fields 38–41: a processor, sub-processor, joint controller or partner involved. */
export const otherPartySchema = z.strictObject({
  role: z.enum(PARTY_ROLES),
  name: z.string().min(1).max(SHORT_TEXT_MAX),
  /** How to reach them: e-mail, phone, address. */
  contact: shortText,
  /** What part they played. */
  detail: bilingualSchema(2000),
});
export type OtherParty = z.infer<typeof otherPartySchema>;

/** EDPB template field 109: reported to the police, when, under which case number. */
export const policeReportSchema = z.strictObject({
  status: z.enum(POLICE_STATUSES).nullable(),
  reportedAt: isoInstant.nullable(),
  caseNumber: z.string().max(CASE_NUMBER_MAX),
});
export type PoliceReport = z.infer<typeof policeReportSchema>;

/** EDPB template fields 110–111: another authority told of the same incident (NSM, Nkom …). */
export const otherAuthoritySchema = z.strictObject({
  kind: z.enum(OTHER_AUTHORITIES),
  /** Which one, for a foreign DPA or "other" (e.g. "IMY (Sverige)"). */
  name: shortText,
  notifiedAt: isoInstant.nullable(),
  reference: z.string().max(CASE_NUMBER_MAX),
});
export type OtherAuthority = z.infer<typeof otherAuthoritySchema>;

/** EDPB template fields 113–118; Art. 56: the lead supervisory authority for cross-border processing. */
export const crossBorderSchema = z.strictObject({
  status: z.enum(CROSS_BORDER_STATUSES).nullable(),
  leadAuthority: shortText,
  /** The EEA countries whose residents are affected, as the user names them. */
  countries: z.array(z.string().min(1).max(100)).max(40),
});
export type CrossBorder = z.infer<typeof crossBorderSchema>;

/** Art. 33(2): the controller a processor tells, and the agreement that binds us. */
export const controllerPartySchema = z.strictObject({
  name: z.string().min(1).max(SHORT_TEXT_MAX),
  orgNr: z.string().max(20),
  email: z.string().max(320),
  contactName: shortText,
  agreementReference: shortText,
});
export type ControllerParty = z.infer<typeof controllerPartySchema>;

const nullableInstant = isoInstant.nullable();

/** Every detail field: its schema, as stored, as sent in an event, as restored from a backup. */
export const detailSchemas = {
  title: z.string().min(1).max(TITLE_MAX_LENGTH),
  /** Art. 33(1): the 72-hour clock starts when the controller became aware. */
  awareAt: isoInstant,
  /** When the breach began and ended (EDPB 44–47). */
  occurredFrom: nullableInstant,
  occurredTo: nullableInstant,
  /** When it was first detected (Datatilsynet: «når ble avviket oppdaget»). */
  discoveredAt: nullableInstant,
  /** What happened (Datatilsynet sub-point 5), the technical account. */
  description: bilingual,
  /** How it happened (sub-point 6). */
  howItHappened: bilingual,
  /** The main cause in words (sub-point 1), beside the cause category of the facts. */
  mainCause: bilingual,
  incidentTypes: tags(INCIDENT_TYPES),
  detectionMethod: z.enum(DETECTION_METHODS).nullable(),
  detectionDetail: bilingual,
  subjectCategories: tags(SUBJECT_CATEGORIES),
  /** Our relationship to the people affected (sub-point 8). */
  relationship: bilingual,
  /** Whether facts.subjectCount / recordCount are exact or approximate (Art. 33(3)(a)). */
  subjectCountPrecision: z.enum(COUNT_PRECISIONS).nullable(),
  recordCountPrecision: z.enum(COUNT_PRECISIONS).nullable(),
  measuresInPlace: tags(SECURITY_MEASURES),
  measuresInPlaceDetail: bilingual,
  /** Art. 33(3)(c): the likely consequences. */
  consequences: bilingual,
  /** The systems, software and services involved (EDPB 63). */
  systems: z.array(z.string().min(1).max(200)).max(200),
  /** Where the personal data is after the breach (sub-point 9). */
  dataLocation: bilingual,
  otherParties: z.array(otherPartySchema).max(50),
  /**
   * Whether anyone else took part at all: "no" is an answer an empty list cannot give. Added after
   * the first v3 records were written, so a record without it reads as not answered.
   */
  otherPartiesInvolved: z.enum(YES_NO).nullable().default(null),
  police: policeReportSchema,
  otherAuthorities: z.array(otherAuthoritySchema).max(20),
  /** Whether any other authority has been told: "no" likewise (and likewise read as not answered when absent). */
  otherAuthoritiesNotified: z.enum(YES_NO).nullable().default(null),
  crossBorder: crossBorderSchema,
  /** Art. 34(2): what happened, in clear and plain language for the people affected. */
  plainWhatHappened: bilingual,
  /** Art. 34(2) with 33(3)(c): what it means for them. */
  plainWhatItMeans: bilingual,
  /** Recital 86: what they can do to protect themselves, in our words. */
  plainAdvice: bilingual,
  /** Art. 33(2): for a processor, the controller to tell. */
  controller: controllerPartySchema.nullable(),
} as const;

export type DetailField = keyof typeof detailSchemas;
export const detailFields = Object.keys(detailSchemas) as DetailField[];
export type Details = { [K in DetailField]: z.output<(typeof detailSchemas)[K]> };
/** What a change may give: a text as a plain string is the bokmål text. */
export type DetailsInput = { [K in DetailField]: z.input<(typeof detailSchemas)[K]> };

/** The fields an incident is created with (the intake); the rest start "not known yet". */
export type IntakeDetailField = 'title' | 'awareAt';

/** Every detail not known yet. */
export function emptyDetails(): Omit<Details, IntakeDetailField> {
  const text = (): Bilingual => ({ ...EMPTY_TEXT });
  return {
    occurredFrom: null,
    occurredTo: null,
    discoveredAt: null,
    description: text(),
    howItHappened: text(),
    mainCause: text(),
    incidentTypes: [],
    detectionMethod: null,
    detectionDetail: text(),
    subjectCategories: [],
    relationship: text(),
    subjectCountPrecision: null,
    recordCountPrecision: null,
    measuresInPlace: [],
    measuresInPlaceDetail: text(),
    consequences: text(),
    systems: [],
    dataLocation: text(),
    otherParties: [],
    otherPartiesInvolved: null,
    police: { status: null, reportedAt: null, caseNumber: '' },
    otherAuthorities: [],
    otherAuthoritiesNotified: null,
    crossBorder: { status: null, leadAuthority: '', countries: [] },
    plainWhatHappened: text(),
    plainWhatItMeans: text(),
    plainAdvice: text(),
    controller: null,
  };
}

/**
 * The detail fields of a stored row, each read through its schema; a field the row lacks (written
 * before the field existed) is "not known yet". Old incidents load with nothing lost or guessed.
 */
export const detailsShape = Object.fromEntries(
  detailFields.map((field) => {
    const schema = detailSchemas[field] as z.ZodType;
    if (!(field in emptyDetails())) return [field, schema];
    return [field, schema.optional().transform((value) => value ?? (emptyDetails() as Record<string, unknown>)[field])];
  }),
) as { [K in DetailField]: z.ZodType<Details[K], unknown> };
