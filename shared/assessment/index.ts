import type { Answer, BreachFacts } from './facts';
import { judge } from './judge';
import type { SubjectException } from './obligations';
import { reason } from './reasons';
import type { LocalText } from './reasons';
import type { RiskLevel } from './risk';
import type { Severity } from './severity';
import { findUnknowns } from './unknowns';

export type { Answer, BreachFacts, Cause, DataCategory, Protection, Recipient, Role } from './facts';
export { ANSWERS, CAUSES, DATA_CATEGORIES, PROTECTIONS, RECIPIENTS, ROLES, unknownFacts } from './facts';
export { breachFactsSchema } from './schema';
export { REASON_CODES } from './reasons';
export type { LocalText, Reason, ReasonCode } from './reasons';
export type { RiskLevel } from './risk';
export type { Severity, SeverityLevel } from './severity';
export { severityLevel } from './severity';
export type { SubjectException } from './obligations';
export type { UnknownFact } from './unknowns';
export { LARGE_SCALE_SUBJECTS, PROFILE_CATEGORY_COUNT, SHORT_OUTAGE_HOURS } from './thresholds';

/** What Avvik concludes from the facts, and why. */
export interface Assessment {
  personalDataCompromised: Answer;
  /** none = unlikely to result in a risk. */
  risk: RiskLevel;
  /** ENISA 2013, advisory: the legal conclusion comes from the risk, not from the score. */
  severity: Severity;
  /** Controller: Art. 33(1). */
  notifyAuthority: boolean;
  /** Controller: Art. 34(1), after Art. 34(3). */
  notifySubjects: boolean;
  /** Processor: Art. 33(2). */
  notifyController: boolean;
  subjectException: SubjectException | null;
  reasons: { code: string; basis: string; text: LocalText }[];
  unknowns: { fact: keyof BreachFacts; why: LocalText }[];
}

/**
 * Whether the facts make a personal data breach, how risky it is for the people, and what the law
 * asks of the organisation, with the reasons and what to find out next. Pure: same facts, same result.
 */
export function assessBreach(facts: BreachFacts): Assessment {
  const judgement = judge({ ...facts, dataCategories: [...new Set(facts.dataCategories)] });
  const unknowns = findUnknowns(facts, judgement);
  const reasons = [...judgement.conclusions, ...judgement.factors];
  if (unknowns.length > 0) {
    reasons.push(reason('unknown-treated-cautiously'));
    // Art. 33(4): missing facts are no reason to miss the 72 hours.
    if (judgement.notifyAuthority) reasons.push(reason('notify-in-phases'));
  }
  if (judgement.severityReason) reasons.push(judgement.severityReason);
  // Art. 33(5): every incident is recorded, notified or not.
  reasons.push(reason('document-internally'));
  return {
    personalDataCompromised: judgement.personalDataCompromised,
    risk: judgement.risk,
    severity: judgement.severity,
    notifyAuthority: judgement.notifyAuthority,
    notifySubjects: judgement.notifySubjects,
    notifyController: judgement.notifyController,
    subjectException: judgement.subjectException,
    reasons,
    unknowns,
  };
}
