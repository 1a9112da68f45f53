import type { AvvikDb } from '../database';
import type { BreachFacts } from '../../../../shared/assessment';
import * as changes from '../../../../shared/incident/changes';
import type { DetailsInput } from '../../../../shared/incident/details';
import type { Incident, IncidentStatus, Measure } from '../../../../shared/incident/model';
import type { Bilingual } from '../../../../shared/incident/text';
import { commitChange, type WriteContext } from './write';

// What the incident screen records. Each function is one transaction: the event and the record it
// projects to, together.

/** Any detail of the record (what happened, dates, people, parties, police …). */
export function updateDetails(db: AvvikDb, incidentId: string, patch: Partial<DetailsInput>, ctx: WriteContext): Promise<Incident> {
  return commitChange(db, incidentId, ctx, ({ incident }, meta) => changes.changeDetails(incident, patch, meta));
}

/**
 * The facts, or some of them: the answers given are laid over the facts as stored when they are
 * written, so answers given in quick succession never undo one another, whatever a screen shows.
 */
export function updateFacts(db: AvvikDb, incidentId: string, facts: Partial<BreachFacts>, ctx: WriteContext): Promise<Incident> {
  return commitChange(db, incidentId, ctx, ({ incident }, meta) => changes.changeFacts(incident, { ...incident.facts, ...facts }, meta));
}

/** Runs the assessment engine on the stored facts and keeps the result in the record. */
export function assessIncident(db: AvvikDb, incidentId: string, ctx: WriteContext): Promise<Incident> {
  return commitChange(db, incidentId, ctx, ({ incident }, meta) => changes.recordAssessment(incident, meta));
}

/** Art. 33(5): the decision on notification and its reasoning. */
export function recordDecision(db: AvvikDb, incidentId: string, input: changes.DecisionInput, ctx: WriteContext): Promise<Incident> {
  return commitChange(db, incidentId, ctx, ({ incident }, meta) => changes.recordDecision(incident, input, meta));
}

/** Art. 33(1): the reasons for notifying after 72 hours. */
export function explainDelay(db: AvvikDb, incidentId: string, reason: Bilingual | string, ctx: WriteContext): Promise<Incident> {
  return commitChange(db, incidentId, ctx, ({ incident }, meta) => changes.explainDelay(incident, reason, meta));
}

/** Art. 33(3)(d): a containment, mitigation or prevention measure. */
export function recordMeasure(db: AvvikDb, incidentId: string, input: Omit<changes.MeasureInput, 'id'>, ctx: WriteContext): Promise<Incident> {
  const id = ctx.newId();
  return commitChange(db, incidentId, ctx, ({ incident }, meta) => changes.recordMeasure(incident, { ...input, id }, meta));
}

/** A measure marked done, or its words corrected. */
export function updateMeasure(
  db: AvvikDb,
  incidentId: string,
  measureId: string,
  patch: Partial<Pick<Measure, 'kind' | 'doneAt'>> & { text?: Bilingual | string },
  ctx: WriteContext,
): Promise<Incident> {
  return commitChange(db, incidentId, ctx, ({ incident }, meta) => changes.changeMeasure(incident, measureId, patch, meta));
}

export function changeStatus(db: AvvikDb, incidentId: string, to: Exclude<IncidentStatus, 'closed'>, ctx: WriteContext): Promise<Incident> {
  return commitChange(db, incidentId, ctx, ({ incident }, meta) => changes.changeStatus(incident, to, meta));
}

export function closeIncident(db: AvvikDb, incidentId: string, summary: Bilingual | string, ctx: WriteContext): Promise<Incident> {
  return commitChange(db, incidentId, ctx, ({ incident }, meta) => changes.closeIncident(incident, summary, meta));
}

export function reopenIncident(db: AvvikDb, incidentId: string, reason: string, ctx: WriteContext): Promise<Incident> {
  return commitChange(db, incidentId, ctx, ({ incident }, meta) => changes.reopenIncident(incident, reason, meta));
}
