import type { BreachFacts } from '../assessment/facts';
import { jsonEqual } from '../canonical';
import type { Decision, Incident } from './model';

// What a list of incidents shows and decides duties from, kept beside the incident row: the
// dashboard reads 2,000 of these instead of 2,000 whole incidents (details, measures, attachments,
// the assessment's reasons), which is most of what its start waits for. It is a projection of the
// incident row (itself a projection of the events), so it is rebuilt whenever the row is: the
// database writes it with every incident row (renderer/src/db/summaries.ts).

/** What the duties (shared/duty) and the to-do list read of an incident: a whole incident is one. */
export interface DutyBasis {
  id: string;
  status: Incident['status'];
  role: Incident['role'];
  awareAt: string;
  facts: BreachFacts;
  /**
   * The latest assessment: when, and on which facts (stale once they differ from the incident's).
   * A summary keeps only whether they differ: a second copy of the facts was a third of its size.
   */
  assessment: { at: string; facts: BreachFacts } | { at: string; stale: boolean } | null;
  decision: Pick<Decision, 'at' | 'notifyAuthority' | 'notifySubjects' | 'notifyController' | 'subjectException'> | null;
  /** Art. 33(1): the reasons for notifying after 72 hours. */
  delayReason: Incident['delayReason'];
}

/** An incident as lists show it: its duties' basis, reference, title and risk. */
export interface IncidentSummary extends DutyBasis {
  ref: string;
  title: string;
  risk: Incident['risk'];
  /** The same index key as the incident's: present only while open. */
  openAwareAt?: string;
}

/** The incident's summary; the same incident, the same summary. */
export function summarizeIncident(incident: Incident): IncidentSummary {
  const { id, ref, title, status, role, awareAt, facts, assessment, decision, delayReason, risk, openAwareAt } = incident;
  return {
    id,
    ref,
    title,
    status,
    role,
    awareAt,
    facts,
    assessment: assessment && { at: assessment.at, stale: assessmentIsStale(incident) },
    decision: decision && {
      at: decision.at,
      notifyAuthority: decision.notifyAuthority,
      notifySubjects: decision.notifySubjects,
      notifyController: decision.notifyController,
      subjectException: decision.subjectException,
    },
    delayReason,
    risk,
    ...(openAwareAt === undefined ? {} : { openAwareAt }),
  };
}

/** The facts changed since the latest assessment: it no longer says what the engine concludes. */
export function assessmentIsStale(incident: Pick<DutyBasis, 'assessment' | 'facts'>): boolean {
  const { assessment } = incident;
  if (assessment === null) return false;
  return 'stale' in assessment ? assessment.stale : !jsonEqual(assessment.facts, incident.facts);
}
