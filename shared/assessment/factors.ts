import type { ReasonCode } from './reasons';

// Which factor each reason speaks to, so the reasons can be read factor by factor: the conclusion,
// then the factors of EDPB Guidelines 9/2022 §IV.B that decided it (WP250 names the same), then
// what is not known yet and ENISA's advisory score.

export const FACTORS = [
  'conclusion',
  // §IV.B: type of breach.
  'breach-type',
  // §IV.B: nature, sensitivity and volume of personal data, in their context.
  'data',
  // §IV.B: ease of identification of individuals (did the protection hold?).
  'identification',
  // §IV.B: severity and permanence of consequences (who has the data, misuse, the outage's effect).
  'consequences',
  // §IV.B: special characteristics of the individual.
  'people',
  // §IV.B: number of affected individuals.
  'number',
  'unknowns',
  'severity',
  // A code this engine no longer gives (a recorded assessment from an older one).
  'other',
] as const;

export type Factor = (typeof FACTORS)[number];

const FACTOR_OF: Record<ReasonCode, Exclude<Factor, 'other'>> = {
  'no-personal-data': 'conclusion',
  'no-compromise': 'conclusion',
  'notify-authority': 'conclusion',
  'unlikely-to-result-in-risk': 'conclusion',
  'notify-subjects': 'conclusion',
  'not-high-risk': 'conclusion',
  'inform-subjects-without-delay': 'conclusion',
  'exception-unintelligible': 'conclusion',
  'exception-subsequent-measures': 'conclusion',
  'exception-disproportionate-effort': 'conclusion',
  'public-communication-required': 'conclusion',
  'processor-informs-controller': 'conclusion',
  'controller-decides': 'conclusion',
  'neutralisation-barred-by-misuse': 'conclusion',
  'neutralisation-needs-measure': 'conclusion',
  'document-internally': 'conclusion',

  'confidentiality-breach': 'breach-type',
  'integrity-breach': 'breach-type',
  'availability-breach': 'breach-type',

  'protected-identity': 'data',
  'special-category-data': 'data',
  'criminal-offence-data': 'data',
  'sensitive-service': 'data',
  'professional-secrecy': 'data',
  'national-id-number': 'data',
  'financial-data': 'data',
  'credentials-exposed': 'data',
  'private-life-data': 'data',
  'basic-data-only': 'data',
  'minor-detail': 'data',
  'data-categories-unknown': 'data',

  'encrypted-key-safe': 'identification',
  'encryption-key-compromised': 'identification',
  'encryption-bypassed': 'identification',
  pseudonymised: 'identification',
  'strong-hash': 'identification',
  'weak-hash': 'identification',

  'no-known-recipient': 'consequences',
  'lost-in-unknown-hands': 'consequences',
  'trusted-recipient-deleted': 'consequences',
  'trusted-recipient': 'consequences',
  'untrusted-recipient': 'consequences',
  'data-retrieved': 'consequences',
  'data-published': 'consequences',
  'malicious-recipient': 'consequences',
  'recipient-unknown': 'consequences',
  'misuse-observed': 'consequences',
  'misuse-not-ruled-out': 'consequences',
  'malicious-intent': 'consequences',
  'altered-data-restored': 'consequences',
  'altered-data-not-restored': 'consequences',
  'altered-data-misused': 'consequences',
  'short-outage-restored': 'consequences',
  'long-outage': 'consequences',
  'data-lost-permanently': 'consequences',
  'outage-no-effect': 'consequences',
  'outage-inconvenience': 'consequences',
  'outage-significant-effect': 'consequences',
  'outage-in-care': 'consequences',
  'outage-effect-unknown': 'consequences',

  'vulnerable-subjects': 'people',

  'large-number-of-people': 'number',
  'subject-count-unknown': 'number',

  'unknown-treated-cautiously': 'unknowns',
  'notify-in-phases': 'unknowns',

  'enisa-severity': 'severity',
  'severity-above-risk': 'severity',
  'severity-below-risk': 'severity',
};

/** The factor a reason speaks to; a code the engine no longer gives is 'other'. */
export function factorOf(code: string): Factor {
  return Object.hasOwn(FACTOR_OF, code) ? FACTOR_OF[code as ReasonCode] : 'other';
}

/** The reasons grouped by factor, in the order of FACTORS, each group in the engine's order. */
export function reasonsByFactor<R extends { code: string }>(
  reasons: readonly R[],
): { factor: Factor; reasons: R[] }[] {
  return FACTORS.map((factor) => ({
    factor,
    reasons: reasons.filter((r) => factorOf(r.code) === factor),
  })).filter((group) => group.reasons.length > 0);
}
