import type { Answer, BreachFacts } from './facts';
import { judge } from './judge';
import { assessedFacts } from './notices';
import type { SubjectException } from './notices';
import { reason } from './reasons';
import type { LocalText } from './reasons';
import type { RiskLevel } from './riskLevels';
import type { Severity } from './severity';
import { findUnknowns } from './unknowns';

export type {
  Answer,
  AvailabilityEffect,
  BreachFacts,
  Cause,
  CompleteFacts,
  DataCategory,
  NeutralisingMeasure,
  Protection,
  Recipient,
  Role,
} from './facts';
export {
  ANSWERS,
  AVAILABILITY_EFFECTS,
  CAUSES,
  DATA_CATEGORIES,
  NEUTRALISING_MEASURES,
  PROTECTIONS,
  RECIPIENTS,
  ROLES,
  completeFacts,
  unknownFacts,
} from './facts';
export { breachFactsSchema } from './schema';
export { FACTORS, factorOf, reasonsByFactor } from './factors';
export type { Factor } from './factors';
export { REASON_CODES } from './reasons';
export { citation } from './citation';
export type { LocalText, Reason, ReasonCode } from './reasons';
export type { RiskLevel } from './riskLevels';
export type { Severity, SeverityLevel } from './severity';
export { severityLevel } from './severity';
export type { SubjectException } from './notices';
export { judgeObligations } from './notices';
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
  /** `text` advises the DPO; `statement` is the organisation's assessment as told to the authority. */
  reasons: { code: string; basis: string; text: LocalText; statement: LocalText }[];
  /** What to find out, first what could change the conclusion on its own. */
  unknowns: { fact: keyof BreachFacts; why: LocalText }[];
}

/**
 * An assessment as a record may hold it: snapshots made before reasons carried the authority's
 * wording have no `statement`.
 */
export type RecordedAssessment = Omit<Assessment, 'reasons'> & {
  reasons: { code: string; basis: string; text: LocalText; statement?: LocalText }[];
};

/**
 * Whether the facts make a personal data breach, how risky it is for the people, and what the law
 * asks of the organisation, with the reasons and what to find out next. Pure: same facts, same result.
 */
export function assessBreach(given: BreachFacts): Assessment {
  const facts = assessedFacts(given);
  const judgement = judge(facts);
  const unknowns = findUnknowns(facts, judgement);
  const reasons = [...judgement.conclusions, ...judgement.factors];
  if (unknowns.length > 0) {
    reasons.push(reason('unknown-treated-cautiously'));
    // Art. 33(4): missing facts are no reason to miss the 72 hours.
    if (judgement.notifyAuthority) reasons.push(reason('notify-in-phases'));
  }
  reasons.push(...judgement.severityReasons);
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
