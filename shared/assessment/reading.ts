import { DATA_CATEGORIES } from './facts';
import type { Answer, AvailabilityEffect, CompleteFacts, DataCategory, Protection } from './facts';

// EDPB Guidelines 9/2022 §IV.B: risk is judged on the facts; where a fact is not known yet, the
// engine reads it on the cautious side, so an answer of "not known" can never lower a conclusion.
// Cautious is not the same as "the worst has happened": a count nobody has given is "possibly
// many", never "thousands", and misuse nobody has looked for is "not ruled out", never "seen".

/**
 * How far out of the controller's hands the data went, from the situation and not only from the
 * named recipient (EDPB 9/2022 §IV.B, "severity of consequences"):
 * 0 back with a trusted recipient, 1 nobody known to have it, 2 limited (a known recipient),
 * 3 uncontrolled (unknown hands: a stranger, a lost or stolen device), 4 hostile or public.
 */
export type Exposure = 0 | 1 | 2 | 3 | 4;

/** The facts with every unknown replaced by its most cautious value. */
export interface CautiousReading {
  personalData: boolean;
  confidentiality: boolean;
  integrity: boolean;
  availability: boolean;
  malicious: boolean;
  /** Every category when the categories are not known. */
  categories: ReadonlySet<DataCategory>;
  categoriesKnown: boolean;
  /** Null when not known: possibly many, never a made-up number. */
  subjectCount: number | null;
  vulnerable: boolean;
  protection: Exclude<Protection, 'unknown'>;
  exposure: Exposure;
  /** A named recipient, trusted or not: ENISA's "known number of recipients". */
  recipientKnown: boolean;
  recovered: boolean;
  /** Infinity when not known. */
  outageHours: number;
  availabilityEffect: Exclude<AvailabilityEffect, 'unknown'> | null;
  /** Misuse seen, or not ruled out. */
  misusePossible: boolean;
  misuseSeen: boolean;
  minorDetail: boolean;
  /** Art. 34(3)(b): measures named, and nothing misused before they took effect. */
  highRiskNeutralised: boolean;
  disproportionateEffort: boolean;
}

/** 'unknown' may be 'yes': the cautious reading of a fact that makes things worse when true. */
const mayBe = (answer: Answer): boolean => answer !== 'no';
/** 'unknown' is not 'yes': the cautious reading of a fact that makes things better when true. */
const confirmed = (answer: Answer): boolean => answer === 'yes';

/** Where the data is now, judged from the recipient and from how it got out. */
function exposureOf(facts: CompleteFacts, misusePossible: boolean): Exposure {
  const recovered = confirmed(facts.dataRecovered);
  let exposure: Exposure;
  switch (facts.recipient) {
    case 'published':
    case 'malicious':
    case 'unknown':
      exposure = 4;
      break;
    case 'untrusted':
      exposure = recovered ? 2 : 3;
      break;
    case 'trusted':
      exposure = recovered ? 0 : 2;
      break;
    case 'none':
      // A lost or stolen device or file is in unknown hands, whatever anyone answered about a
      // recipient, and restoring a backup does not bring that copy back (EDPB 01/2021 cases 11
      // and 12); so is one whose cause is not known yet. Found again, it has a finder: a recipient.
      exposure = facts.cause === 'lost-or-stolen' || facts.cause === 'unknown' ? 3 : 1;
      break;
  }
  // A deliberate act means someone wanted the data: not a mere slip (ENISA 2013, malicious intent).
  if (mayBe(facts.malicious) && exposure === 2 && !recovered) exposure = 3;
  // Misuse seen, or not ruled out, by someone outside the controller's trust: harm may be under way.
  if (misusePossible && exposure >= 2 && facts.recipient !== 'trusted') exposure = 4;
  return exposure;
}

export function readCautiously(facts: CompleteFacts): CautiousReading {
  const categoriesKnown = facts.dataCategories.length > 0;
  const misusePossible = mayBe(facts.misuseObserved);
  const effect = facts.availabilityEffect;
  return {
    personalData: mayBe(facts.personalData),
    confidentiality: mayBe(facts.confidentiality),
    integrity: mayBe(facts.integrity),
    availability: mayBe(facts.availability),
    malicious: mayBe(facts.malicious),
    categories: new Set(categoriesKnown ? facts.dataCategories : DATA_CATEGORIES),
    categoriesKnown,
    subjectCount: facts.subjectCount,
    vulnerable: mayBe(facts.vulnerableSubjects),
    // Art. 34(3)(a): the controller must show the data was unintelligible; not known means not shown.
    protection: facts.protection === 'unknown' ? 'none' : facts.protection,
    exposure: exposureOf(facts, misusePossible),
    recipientKnown: facts.recipient === 'trusted' || facts.recipient === 'untrusted',
    recovered: confirmed(facts.dataRecovered),
    outageHours: facts.outageHours ?? Infinity,
    availabilityEffect: effect === 'unknown' ? null : effect,
    misusePossible,
    misuseSeen: confirmed(facts.misuseObserved),
    minorDetail: confirmed(facts.minorDetail),
    // Art. 34(3)(b) must be demonstrated: a named measure, and no misuse before it took effect.
    highRiskNeutralised:
      confirmed(facts.highRiskNeutralised) &&
      facts.misuseObserved === 'no' &&
      facts.neutralisingMeasure !== 'none' &&
      facts.neutralisingMeasure !== 'unknown',
    disproportionateEffort: confirmed(facts.disproportionateEffort),
  };
}

/** Whether the facts still allow a personal data breach (Art. 4(12)): data affected and C, I or A hit. */
export function breachPossible(facts: CompleteFacts): boolean {
  const anyHit = facts.confidentiality !== 'no' || facts.integrity !== 'no' || facts.availability !== 'no';
  return facts.personalData !== 'no' && anyHit;
}
