import type { Answer, CompleteFacts } from './facts';
import { NO_NOTICES, noBreach } from './notices';
import type { SubjectException } from './notices';
import { decideObligations } from './obligations';
import { breachPossible, readCautiously } from './reading';
import { reason } from './reasons';
import type { Reason } from './reasons';
import { judgeRisk } from './risk';
import type { RiskLevel } from './riskLevels';
import { NO_SEVERITY, enisaSeverity, severityGapReason, severityReason } from './severity';
import type { Severity } from './severity';

// One pass over the facts as they stand, read cautiously. Which unknowns matter is worked out
// around this (unknowns.ts), so this stays a plain function of the facts.

export interface Judgement {
  personalDataCompromised: Answer;
  risk: RiskLevel;
  severity: Severity;
  notifyAuthority: boolean;
  notifySubjects: boolean;
  notifyController: boolean;
  subjectException: SubjectException | null;
  /** The conclusions first, then the factors behind them. */
  conclusions: Reason[];
  factors: Reason[];
  /** The ENISA score, and why it differs from the legal conclusion where it does. */
  severityReasons: Reason[];
}

const NOT_A_BREACH = {
  ...NO_NOTICES,
  risk: 'none',
  severity: NO_SEVERITY,
  factors: [],
  severityReasons: [],
} as const satisfies Partial<Judgement>;

function compromised(facts: CompleteFacts): Answer {
  if (!breachPossible(facts)) return 'no';
  const anyHit = facts.confidentiality === 'yes' || facts.integrity === 'yes' || facts.availability === 'yes';
  return facts.personalData === 'yes' && anyHit ? 'yes' : 'unknown';
}

export function judge(facts: CompleteFacts): Judgement {
  const none = noBreach(facts);
  if (none) return { ...NOT_A_BREACH, personalDataCompromised: 'no', conclusions: [reason(none)] };
  const reading = readCautiously(facts);
  const risk = judgeRisk(facts, reading);
  const obligations = decideObligations(facts, reading, risk);
  const severity = enisaSeverity(reading);
  return {
    personalDataCompromised: compromised(facts),
    risk: risk.level,
    severity,
    notifyAuthority: obligations.notifyAuthority,
    notifySubjects: obligations.notifySubjects,
    notifyController: obligations.notifyController,
    subjectException: obligations.subjectException,
    conclusions: obligations.reasons,
    factors: risk.reasons,
    severityReasons: [severityReason(severity), severityGapReason(severity, risk.level)].filter(
      (r): r is Reason => r !== null,
    ),
  };
}
