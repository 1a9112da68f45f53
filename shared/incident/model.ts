import { z } from 'zod';
import { breachFactsSchema, type BreachFacts } from '../assessment';
import { assessmentSnapshotSchema } from './assessment';
import { SHA256_HEX } from '../chain/digest';
import { TITLE_MAX_LENGTH, detailsShape, emptyDetails } from './details';
import { actorName, isoInstant, recordId } from './primitives';
import { bilingual, bilingualSchema } from './text';

// One definition of an incident, validated at every boundary (database, backup, IPC).
// Instants are UTC ISO strings; time zones exist only at display.
// Art. 33(5): the incident is the documentation of the breach — the facts, its effects and the
// remedial action taken — kept for every breach, notified or not.

export const incidentStatuses = ['draft', 'investigating', 'contained', 'closed'] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

export const roles = ['controller', 'processor'] as const;
export type Role = (typeof roles)[number];

export { TITLE_MAX_LENGTH };
export { isoInstant, recordId, actorName };

export const measureKinds = ['containment', 'mitigation', 'prevention'] as const;
export type MeasureKind = (typeof measureKinds)[number];

/** Art. 33(3)(d): measures taken or proposed to address the breach and mitigate its effects. */
export const measureSchema = z.strictObject({
  id: recordId,
  kind: z.enum(measureKinds),
  text: bilingualSchema(5000),
  /** When it was done; null while only proposed. */
  doneAt: isoInstant.nullable(),
  recordedAt: isoInstant,
  actor: actorName,
});
export type Measure = z.infer<typeof measureSchema>;

export const subjectExceptions = ['encrypted', 'subsequent-measures', 'disproportionate-effort'] as const;

/**
 * What the organisation decided, which may differ from what the engine concluded.
 * Art. 33(5): the reasoning is recorded, above all for a decision not to notify.
 */
export const decisionSchema = z.strictObject({
  at: isoInstant,
  actor: actorName,
  notifyAuthority: z.boolean(),
  notifySubjects: z.boolean(),
  notifyController: z.boolean(),
  /** Art. 34(3): the exception relied on for not telling the people affected. */
  subjectException: z.enum(subjectExceptions).nullable(),
  rationale: bilingual,
  dpoConsulted: z.boolean(),
});
export type Decision = z.infer<typeof decisionSchema>;

export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
/** The longest note on an attached file, and the longest reason for removing one. */
export const ATTACHMENT_TEXT_MAX = 2000;

/**
 * A file kept with the incident and listed in the notification (EDPB template 125–126: a copy of the
 * letter, a log extract …). The bytes live in the attachments table; the record holds their hash.
 */
export const attachmentSchema = z.strictObject({
  id: recordId,
  name: z.string().min(1).max(255),
  mediaType: z.string().max(100),
  size: z.number().int().nonnegative().max(ATTACHMENT_MAX_BYTES),
  sha256: z.string().regex(SHA256_HEX),
  note: z.string().max(ATTACHMENT_TEXT_MAX),
  addedAt: isoInstant,
  actor: actorName,
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const chainHeadSchema = z.strictObject({ seq: z.number().int().positive(), hash: z.string().regex(SHA256_HEX) });

export const registerRisks = ['unassessed', 'none', 'risk', 'high'] as const;
export type RegisterRisk = (typeof registerRisks)[number];

/**
 * The incident as the screens read it: a projection of its events (shared/incident/project.ts),
 * rebuilt from them and compared with them when the history is verified.
 */
const incidentShape = z.strictObject({
  id: recordId,
  /** Readable reference, e.g. AVV-2026-007. */
  ref: z.string().regex(/^AVV-\d{4}-\d{3,}$/),
  ...detailsShape,
  status: z.enum(incidentStatuses),
  /** Always the same as facts.role; kept on top for the screens that list incidents. */
  role: z.enum(roles),
  /** The facts in the assessment's vocabulary. */
  facts: breachFactsSchema,
  /** The latest assessment, as shown when it was made. */
  assessment: assessmentSnapshotSchema.nullable(),
  decision: decisionSchema.nullable(),
  /** Art. 33(1): the reasons for notifying after 72 hours. */
  delayReason: bilingual.nullable(),
  measures: z.array(measureSchema),
  attachments: z.array(attachmentSchema).optional().transform((value) => value ?? []),
  closingSummary: bilingual.nullable(),
  closedAt: isoInstant.nullable(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  /** The last event of this incident's chain on each installation (see shared/chain). */
  heads: z.record(recordId, chainHeadSchema),
  /** Index key, derived: the assessed risk for the register. */
  risk: z.enum(registerRisks),
  /** Index key, derived: awareAt while open, absent once closed, so the index lists open incidents only. */
  openAwareAt: isoInstant.optional(),
});

export const incidentSchema = incidentShape.superRefine((incident, ctx) => {
  if (incident.role !== incident.facts.role) ctx.addIssue({ code: 'custom', path: ['role'], message: 'role differs from facts.role' });
  const keys = indexKeys(incident);
  if (incident.risk !== keys.risk) ctx.addIssue({ code: 'custom', path: ['risk'], message: 'risk differs from the assessment' });
  if (incident.openAwareAt !== keys.openAwareAt) ctx.addIssue({ code: 'custom', path: ['openAwareAt'], message: 'openAwareAt differs from status and awareAt' });
  if ((incident.status === 'closed') !== (incident.closedAt !== null)) ctx.addIssue({ code: 'custom', path: ['closedAt'], message: 'closedAt is set exactly when closed' });
});

export type Incident = z.output<typeof incidentShape>;

/** The derived index keys of an incident: its register risk, and awareAt while it is open. */
export function indexKeys(incident: Pick<Incident, 'assessment' | 'status' | 'awareAt'>): Pick<Incident, 'risk' | 'openAwareAt'> {
  return {
    risk: incident.assessment?.result.risk ?? 'unassessed',
    openAwareAt: incident.status === 'closed' ? undefined : incident.awareAt,
  };
}

/** The incident with its derived index keys brought up to date. */
export function withIndexKeys(incident: Incident): Incident {
  const { openAwareAt: _old, ...rest } = incident;
  const keys = indexKeys(incident);
  return keys.openAwareAt === undefined ? { ...rest, risk: keys.risk } : { ...rest, ...keys };
}

/** A new incident with nothing known beyond its intake: every fact and detail "not known yet", never guessed. */
export function newIncident(
  fields: Pick<Incident, 'id' | 'ref' | 'title' | 'role' | 'awareAt'> & { now: string; facts: BreachFacts },
): Incident {
  return withIndexKeys({
    id: fields.id,
    ref: fields.ref,
    ...emptyDetails(),
    title: fields.title,
    awareAt: fields.awareAt,
    status: 'investigating',
    role: fields.role,
    facts: fields.facts,
    assessment: null,
    decision: null,
    delayReason: null,
    measures: [],
    attachments: [],
    closingSummary: null,
    closedAt: null,
    createdAt: fields.now,
    updatedAt: fields.now,
    heads: {},
    risk: 'unassessed',
  });
}

/** "AVV-2026-007": the year of awareness and a running number within that year. */
export function formatIncidentRef(year: number, sequence: number): string {
  return `AVV-${year}-${String(sequence).padStart(3, '0')}`;
}

/** The next reference for a year, given the references already used (any year). */
export function nextIncidentRef(year: number, existingRefs: readonly string[]): string {
  const prefix = `AVV-${year}-`;
  const highest = existingRefs
    .filter((ref) => ref.startsWith(prefix))
    .map((ref) => Number(ref.slice(prefix.length)))
    .filter((n) => Number.isInteger(n))
    .reduce((max, n) => Math.max(max, n), 0);
  return formatIncidentRef(year, highest + 1);
}
