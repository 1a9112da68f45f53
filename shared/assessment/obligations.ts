import type { CompleteFacts } from './facts';
import type { CautiousReading } from './reading';
import { reason } from './reasons';
import type { Reason } from './reasons';
import type { RiskLevels } from './risk';

// What the risk obliges the organisation to do: Art. 33(1) and 34(1) for a controller, after the
// exceptions of Art. 34(3); Art. 33(2) for a processor.

export type SubjectException = 'encrypted' | 'subsequent-measures' | 'disproportionate-effort';

/** The notices alone, without the reasons' words. */
export interface Notices {
  notifyAuthority: boolean;
  notifySubjects: boolean;
  notifyController: boolean;
  subjectException: SubjectException | null;
}

export interface Obligations extends Notices {
  reasons: Reason[];
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

/** Which notices the risk calls for. decideObligations words why; screens that show only the answer ask this. */
export function decideNotices(facts: CompleteFacts, reading: CautiousReading, risk: RiskLevels): Notices {
  // Art. 33(2): the processor tells the controller; the controller judges and notifies.
  if (facts.role === 'processor') return { notifyAuthority: false, notifySubjects: false, notifyController: true, subjectException: null };
  const notifyAuthority = risk.level !== 'none';
  const subjectException = subjectExceptionFor(risk, reading);
  const notifySubjects = risk.level === 'high' && subjectException === null;
  return { notifyAuthority, notifySubjects, notifyController: false, subjectException };
}

export function decideObligations(facts: CompleteFacts, reading: CautiousReading, risk: RiskLevels): Obligations {
  const notices = decideNotices(facts, reading, risk);
  if (facts.role === 'processor') {
    return { ...notices, reasons: [reason('processor-informs-controller'), reason('controller-decides')] };
  }
  const { notifyAuthority, notifySubjects, subjectException } = notices;
  const reasons = [reason(notifyAuthority ? 'notify-authority' : 'unlikely-to-result-in-risk')];
  if (notifySubjects) {
    reasons.push(reason('notify-subjects'));
    // §59: with harm already under way, people must be able to protect themselves at once.
    if (facts.misuseObserved === 'yes') reasons.push(reason('inform-subjects-without-delay'));
    // Art. 34(3)(b) was claimed but cannot be relied on: say why.
    if (facts.highRiskNeutralised === 'yes') {
      reasons.push(
        reason(
          facts.misuseObserved === 'no' ? 'neutralisation-needs-measure' : 'neutralisation-barred-by-misuse',
        ),
      );
    }
  } else if (subjectException === 'encrypted') {
    reasons.push(reason('exception-unintelligible'));
  } else if (subjectException === 'subsequent-measures') {
    reasons.push(reason('exception-subsequent-measures'));
  } else if (subjectException === 'disproportionate-effort') {
    reasons.push(reason('exception-disproportionate-effort'), reason('public-communication-required'));
  } else {
    reasons.push(reason('not-high-risk'));
  }
  return { ...notices, reasons };
}
