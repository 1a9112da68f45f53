import { completeFacts } from './facts';
import type { BreachFacts, CompleteFacts } from './facts';
import { breachPossible, readCautiously } from './reading';
import type { CautiousReading } from './reading';
import { riskLevels } from './riskLevels';
import type { RiskLevels } from './riskLevels';

// What the law asks of the organisation on the facts: the notices alone, by the same steps as the
// full judgement (judge.ts) but without the reasons' words and their texts (reasons.ts), which the
// dashboard and the reminders never read: they ask this of every open incident without a decision.

export type SubjectException = 'encrypted' | 'subsequent-measures' | 'disproportionate-effort';

/** The notices alone, without the reasons' words. */
export interface Notices {
  notifyAuthority: boolean;
  notifySubjects: boolean;
  notifyController: boolean;
  subjectException: SubjectException | null;
}

/** Art. 34(3): the exception that lifts the duty to tell each person, if one applies. */
function subjectExceptionFor(risk: RiskLevels, reading: CautiousReading): SubjectException | null {
  // (a): the protection is the only thing between this breach and a high risk.
  if (risk.level !== 'high') return risk.levelWithoutProtection === 'high' ? 'encrypted' : null;
  // (b) only with a named measure and no misuse before it took effect (reading.ts).
  if (reading.highRiskNeutralised) return 'subsequent-measures';
  if (reading.disproportionateEffort) return 'disproportionate-effort';
  return null;
}

/** Which notices the risk calls for. decideObligations (obligations.ts) words why. */
export function decideNotices(facts: CompleteFacts, reading: CautiousReading, risk: RiskLevels): Notices {
  // Art. 33(2): the processor tells the controller; the controller judges and notifies.
  if (facts.role === 'processor') return { notifyAuthority: false, notifySubjects: false, notifyController: true, subjectException: null };
  const notifyAuthority = risk.level !== 'none';
  const subjectException = subjectExceptionFor(risk, reading);
  const notifySubjects = risk.level === 'high' && subjectException === null;
  return { notifyAuthority, notifySubjects, notifyController: false, subjectException };
}

/** No breach, no notice. */
export const NO_NOTICES = { notifyAuthority: false, notifySubjects: false, notifyController: false, subjectException: null } as const satisfies Notices;

/** Why the facts make no breach at all, or null when they may make one. */
export function noBreach(facts: CompleteFacts): 'no-personal-data' | 'no-compromise' | null {
  // Art. 4(12): no personal data, no personal data breach; only the internal record remains.
  if (facts.personalData === 'no') return 'no-personal-data';
  return breachPossible(facts) ? null : 'no-compromise';
}

/** The facts as the engine reads them. */
export function assessedFacts(given: BreachFacts): CompleteFacts {
  // Facts added to the vocabulary later read as 'unknown' in a record made before them.
  return completeFacts({ ...given, dataCategories: [...new Set(given.dataCategories)] });
}

/**
 * The notices `assessBreach` concludes, by the same steps of the one judgement, without working out
 * which unknowns matter, wording the reasons or scoring the severity: that costs a thousand times
 * more, and the dashboard and the reminders ask it of every open incident whose decision is not
 * recorded yet.
 */
export function judgeObligations(given: BreachFacts): Notices {
  const facts = assessedFacts(given);
  // By the same steps as `judge`: no breach, no notice; otherwise the cautious reading's risk.
  if (noBreach(facts)) return { ...NO_NOTICES };
  const reading = readCautiously(facts);
  return decideNotices(facts, reading, riskLevels(reading));
}
