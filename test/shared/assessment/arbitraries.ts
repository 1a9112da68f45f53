import fc from 'fast-check';
import {
  ANSWERS,
  AVAILABILITY_EFFECTS,
  CAUSES,
  DATA_CATEGORIES,
  NEUTRALISING_MEASURES,
  PROTECTIONS,
  RECIPIENTS,
  ROLES,
} from '../../../shared/assessment';
import type { BreachFacts } from '../../../shared/assessment';

const answer = fc.constantFrom(...ANSWERS);
const maybeCount = fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null });

/** Any facts a user could enter, known or not. */
export const anyFacts: fc.Arbitrary<BreachFacts> = fc.record({
  role: fc.constantFrom(...ROLES),
  personalData: answer,
  confidentiality: answer,
  integrity: answer,
  availability: answer,
  cause: fc.constantFrom(...CAUSES),
  malicious: answer,
  dataCategories: fc.uniqueArray(fc.constantFrom(...DATA_CATEGORIES)),
  subjectCount: maybeCount,
  recordCount: maybeCount,
  vulnerableSubjects: answer,
  protection: fc.constantFrom(...PROTECTIONS),
  recipient: fc.constantFrom(...RECIPIENTS),
  dataRecovered: answer,
  outageHours: fc.option(fc.double({ min: 0, max: 2000, noNaN: true }), { nil: null }),
  misuseObserved: answer,
  highRiskNeutralised: answer,
  disproportionateEffort: answer,
  availabilityEffect: fc.constantFrom(...AVAILABILITY_EFFECTS),
  neutralisingMeasure: fc.constantFrom(...NEUTRALISING_MEASURES),
  minorDetail: answer,
});

/** Facts that are a breach of personal data or may be one, so the risk factors are in play. */
export const breachFacts = anyFacts.map(
  (facts) =>
    ({ ...facts, personalData: facts.personalData === 'no' ? 'yes' : facts.personalData }) as BreachFacts,
);

/** The value a fact has when nobody knows it. */
export function forget(facts: BreachFacts, fact: keyof BreachFacts): BreachFacts {
  const unknown = { dataCategories: [], subjectCount: null, recordCount: null, outageHours: null } as const;
  return { ...facts, [fact]: fact in unknown ? unknown[fact as keyof typeof unknown] : 'unknown' };
}

/** The known values a fact can take, for trying each one. */
export const KNOWN_VALUES: { [K in keyof BreachFacts]?: readonly BreachFacts[K][] } = {
  personalData: ['yes', 'no'],
  confidentiality: ['yes', 'no'],
  integrity: ['yes', 'no'],
  availability: ['yes', 'no'],
  cause: CAUSES.filter((c) => c !== 'unknown'),
  malicious: ['yes', 'no'],
  dataCategories: [
    ['identity'],
    ['contact', 'location'],
    ['national-id'],
    ['credentials'],
    ['health'],
    ['criminal'],
    [...DATA_CATEGORIES],
  ],
  subjectCount: [0, 1, 999, 1000, 1_000_000],
  recordCount: [0, 1, 1_000_000],
  vulnerableSubjects: ['yes', 'no'],
  protection: PROTECTIONS.filter((p) => p !== 'unknown'),
  recipient: RECIPIENTS.filter((r) => r !== 'unknown'),
  dataRecovered: ['yes', 'no'],
  outageHours: [0, 1, 24, 25, 10_000],
  misuseObserved: ['yes', 'no'],
  highRiskNeutralised: ['yes', 'no'],
  disproportionateEffort: ['yes', 'no'],
  availabilityEffect: AVAILABILITY_EFFECTS.filter((e) => e !== 'unknown'),
  neutralisingMeasure: NEUTRALISING_MEASURES.filter((m) => m !== 'unknown'),
  minorDetail: ['yes', 'no'],
};

export const FORGETTABLE = Object.keys(KNOWN_VALUES) as (keyof BreachFacts)[];
