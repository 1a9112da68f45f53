import type { CompleteFacts } from './facts';
import type { CautiousReading } from './reading';
import { reason } from './reasons';
import type { Reason } from './reasons';
import { decideNotices } from './notices';
import type { Notices } from './notices';
import type { RiskLevels } from './riskLevels';

// What the risk obliges the organisation to do: Art. 33(1) and 34(1) for a controller, after the
// exceptions of Art. 34(3); Art. 33(2) for a processor. The notices are decided in notices.ts;
// this words why.

export interface Obligations extends Notices {
  reasons: Reason[];
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
