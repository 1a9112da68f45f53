import { DATA_CATEGORIES } from './facts';
import type { Answer, BreachFacts, DataCategory, Protection, Recipient } from './facts';

// EDPB Guidelines 9/2022 §IV.B: risk is judged on the facts; where a fact is not known yet, the
// engine reads it on the cautious side, so an answer of "not known" can never lower a conclusion.

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
  /** Infinity when not known. */
  subjectCount: number;
  vulnerable: boolean;
  protection: Exclude<Protection, 'unknown'>;
  recipient: Exclude<Recipient, 'unknown'>;
  recovered: boolean;
  /** Infinity when not known. */
  outageHours: number;
  misuse: boolean;
  highRiskNeutralised: boolean;
  disproportionateEffort: boolean;
}

/** 'unknown' may be 'yes': the cautious reading of a fact that makes things worse when true. */
const mayBe = (answer: Answer): boolean => answer !== 'no';
/** 'unknown' is not 'yes': the cautious reading of a fact that makes things better when true. */
const confirmed = (answer: Answer): boolean => answer === 'yes';

export function readCautiously(facts: BreachFacts): CautiousReading {
  const categoriesKnown = facts.dataCategories.length > 0;
  return {
    personalData: mayBe(facts.personalData),
    confidentiality: mayBe(facts.confidentiality),
    integrity: mayBe(facts.integrity),
    availability: mayBe(facts.availability),
    malicious: mayBe(facts.malicious),
    categories: new Set(categoriesKnown ? facts.dataCategories : DATA_CATEGORIES),
    categoriesKnown,
    subjectCount: facts.subjectCount ?? Infinity,
    vulnerable: mayBe(facts.vulnerableSubjects),
    // Art. 34(3)(a): the controller must show the data was unintelligible; not known means not shown.
    protection: facts.protection === 'unknown' ? 'none' : facts.protection,
    // Nobody knows who has it: treat it as in the hands of someone who means harm.
    recipient: facts.recipient === 'unknown' ? 'malicious' : facts.recipient,
    recovered: confirmed(facts.dataRecovered),
    outageHours: facts.outageHours ?? Infinity,
    misuse: mayBe(facts.misuseObserved),
    // Art. 34(3)(b) and (c) are exceptions the controller must be able to demonstrate.
    highRiskNeutralised: confirmed(facts.highRiskNeutralised),
    disproportionateEffort: confirmed(facts.disproportionateEffort),
  };
}

/** Whether the facts still allow a personal data breach (Art. 4(12)): data affected and C, I or A hit. */
export function breachPossible(facts: BreachFacts): boolean {
  const anyHit = facts.confidentiality !== 'no' || facts.integrity !== 'no' || facts.availability !== 'no';
  return facts.personalData !== 'no' && anyHit;
}
