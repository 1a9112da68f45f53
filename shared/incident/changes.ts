import { assessBreach, type BreachFacts } from '../assessment';
import { canonicalJson } from '../canonical';
import type { EventDraft, DetailField } from './events';
import { RecordError, type LocalText } from './errors';
import { cleanDescription, cleanTitle } from './intake';
import { withIndexKeys, type Decision, type Incident, type IncidentStatus, type Measure } from './model';

// Every change to an incident as a pure step: the incident before, the input, and out come the
// incident after and the event that records it. The repository (renderer/src/db) only stores them.

export interface ChangeMeta {
  /** UTC ISO instant of the change. */
  at: string;
  actor: string;
}

export interface Change {
  incident: Incident;
  event: EventDraft;
}

export type RuleCode = 'incident-closed' | 'not-closed' | 'decision-missing' | 'text-required';

function refuse(code: RuleCode, nb: string, en: string, detail: string | null = null): never {
  throw new RecordError(code, { nb, en }, detail);
}

/** A closed incident is the finished record: change it only by reopening it first. */
export function assertOpen(incident: Incident): void {
  if (incident.status === 'closed') {
    refuse(
      'incident-closed',
      `${incident.ref} er lukket. Gjenåpne hendelsen for å endre den.`,
      `${incident.ref} is closed. Reopen the incident to change it.`,
      incident.id,
    );
  }
}

function touched(incident: Incident, meta: ChangeMeta, patch: Partial<Incident>): Incident {
  return withIndexKeys({ ...incident, ...patch, updatedAt: meta.at });
}

/** Free text the law asks for (reasons, summaries) may not be blank. */
function requiredText(text: string, what: LocalText): string {
  const trimmed = text.trim();
  if (trimmed === '') refuse('text-required', `Skriv ${what.nb}.`, `Write ${what.en}.`);
  return trimmed;
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

export type Details = Pick<Incident, DetailField>;

/** Title, description, dates and the rest of what happened. Null when nothing changed. */
export function changeDetails(incident: Incident, patch: Partial<Details>, meta: ChangeMeta): Change | null {
  assertOpen(incident);
  const next: Partial<Details> = { ...patch };
  if (next.title !== undefined) next.title = cleanTitle(next.title);
  if (next.description !== undefined) next.description = cleanDescription(next.description);
  const changes: Partial<Record<DetailField, { from: unknown; to: unknown }>> = {};
  for (const key of Object.keys(next) as DetailField[]) {
    if (next[key] === undefined || same(incident[key], next[key])) continue;
    changes[key] = { from: incident[key], to: next[key] };
  }
  if (Object.keys(changes).length === 0) return null;
  return { incident: touched(incident, meta, next), event: { kind: 'details-changed', payload: { changes } } };
}

/** The breach facts in the assessment's vocabulary. The role follows facts.role. */
export function changeFacts(incident: Incident, facts: BreachFacts, meta: ChangeMeta): Change | null {
  assertOpen(incident);
  const changes: Partial<Record<keyof BreachFacts, { from: unknown; to: unknown }>> = {};
  for (const key of Object.keys(facts) as (keyof BreachFacts)[]) {
    if (!same(incident.facts[key], facts[key])) changes[key] = { from: incident.facts[key], to: facts[key] };
  }
  if (Object.keys(changes).length === 0) return null;
  return { incident: touched(incident, meta, { facts, role: facts.role }), event: { kind: 'facts-changed', payload: { changes } } };
}

/** Runs the engine on the incident's facts and keeps the result with the facts it was given. */
export function recordAssessment(incident: Incident, meta: ChangeMeta): Change {
  assertOpen(incident);
  const result = assessBreach(incident.facts);
  return {
    incident: touched(incident, meta, { assessment: { at: meta.at, actor: meta.actor, facts: incident.facts, result } }),
    event: {
      kind: 'assessed',
      payload: {
        risk: result.risk,
        notifyAuthority: result.notifyAuthority,
        notifySubjects: result.notifySubjects,
        notifyController: result.notifyController,
        subjectException: result.subjectException,
        severityScore: result.severity.score,
        reasonCodes: result.reasons.map((r) => r.code),
        unknownFacts: result.unknowns.map((u) => u.fact),
      },
    },
  };
}

/** True when the facts changed after the latest assessment: the screens ask to assess again. */
export function assessmentIsStale(incident: Incident): boolean {
  return incident.assessment !== null && !same(incident.assessment.facts, incident.facts);
}

export type DecisionInput = Omit<Decision, 'at' | 'actor'>;

/** Art. 33(5): the organisation's decision and the reasoning behind it. */
export function recordDecision(incident: Incident, input: DecisionInput, meta: ChangeMeta): Change {
  assertOpen(incident);
  const rationale = requiredText(input.rationale, { nb: 'begrunnelsen for beslutningen', en: 'the reasoning behind the decision' });
  const decision: Decision = { ...input, rationale, at: meta.at, actor: meta.actor };
  const { at: _at, actor: _actor, ...payload } = decision;
  return { incident: touched(incident, meta, { decision }), event: { kind: 'decision-recorded', payload } };
}

/** Art. 33(1): "where the notification … is not made within 72 hours, it shall be accompanied by reasons for the delay". */
export function explainDelay(incident: Incident, reason: string, meta: ChangeMeta): Change {
  assertOpen(incident);
  const text = requiredText(reason, { nb: 'årsakene til forsinkelsen', en: 'the reasons for the delay' });
  return { incident: touched(incident, meta, { delayReason: text }), event: { kind: 'delay-explained', payload: { reason: text } } };
}

export type MeasureInput = Omit<Measure, 'recordedAt' | 'actor'>;

/** Art. 33(3)(d): a measure taken or proposed. */
export function recordMeasure(incident: Incident, input: MeasureInput, meta: ChangeMeta): Change {
  assertOpen(incident);
  const text = requiredText(input.text, { nb: 'hva tiltaket er', en: 'what the measure is' });
  const measure: Measure = { ...input, text, recordedAt: meta.at, actor: meta.actor };
  return {
    incident: touched(incident, meta, { measures: [...incident.measures, measure] }),
    event: { kind: 'measure-recorded', payload: { measureId: measure.id, kind: measure.kind, text: measure.text, doneAt: measure.doneAt } },
  };
}

/** Draft → investigating → contained, and back if need be. Closing and reopening have their own steps. */
export function changeStatus(incident: Incident, to: Exclude<IncidentStatus, 'closed'>, meta: ChangeMeta): Change | null {
  assertOpen(incident);
  if (incident.status === to) return null;
  return { incident: touched(incident, meta, { status: to }), event: { kind: 'status-changed', payload: { from: incident.status, to } } };
}

/** Art. 33(5): a breach is closed with a summary, and only once a decision with its reasons is on record. */
export function closeIncident(incident: Incident, summary: string, meta: ChangeMeta): Change {
  assertOpen(incident);
  if (!incident.decision) {
    refuse(
      'decision-missing',
      'Registrer beslutningen om melding og begrunnelsen før hendelsen lukkes (personvernforordningen art. 33 nr. 5).',
      'Record the decision on notification and its reasoning before closing the incident (GDPR Art. 33(5)).',
      incident.id,
    );
  }
  const text = requiredText(summary, { nb: 'en oppsummering', en: 'a summary' });
  return {
    incident: touched(incident, meta, { status: 'closed', closedAt: meta.at, closingSummary: text }),
    event: { kind: 'closed', payload: { from: incident.status, summary: text } },
  };
}

export function reopenIncident(incident: Incident, reason: string, meta: ChangeMeta): Change {
  if (incident.status !== 'closed') {
    refuse('not-closed', `${incident.ref} er ikke lukket.`, `${incident.ref} is not closed.`, incident.id);
  }
  return {
    incident: touched(incident, meta, { status: 'investigating', closedAt: null }),
    event: { kind: 'reopened', payload: { reason: requiredText(reason, { nb: 'hvorfor hendelsen gjenåpnes', en: 'why the incident is reopened' }) } },
  };
}
