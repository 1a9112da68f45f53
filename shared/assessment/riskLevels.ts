import type { DataCategory, Protection } from './facts';
import type { CautiousReading } from './reading';
import { LARGE_SCALE_SUBJECTS, SHORT_OUTAGE_HOURS } from './thresholds';

// The legal risk to people (Art. 33(1) "risk", Art. 34(1) "high risk"), judged from the factors of
// EDPB Guidelines 9/2022 §IV.B: type of breach, nature and sensitivity of the data in its context,
// ease of identification, severity and permanence of consequences, special characteristics of the
// people, number of people. Each breach type (C, I, A) gets its own level; the breach is as risky
// as its worst part. The levels alone, without the factors' words (risk.ts gives those): what the
// notices turn on, and all the dashboard asks for every open incident.

export type RiskLevel = 'none' | 'risk' | 'high';
type Step = 0 | 1 | 2;
const LEVELS: readonly RiskLevel[] = ['none', 'risk', 'high'];

/**
 * 0 basic, 1 private life, 2 fraud or a revealing context, 3 special categories (Art. 9/10, where
 * §102 says damage should be considered likely) and hidden identities (life and health at stake).
 *
 * National identity numbers sit in tier 3 too. That is Avvik's choice, and it goes beyond the letter
 * of 9/2022, which names identity documents beside financial data as harmful on their own and,
 * combined, the means of identity theft (§IV.B; Recital 85), not among the special categories.
 * The choice matters in two places only (the table below): in a stranger's or unknown hands a
 * single number is a high risk, and exposed with nobody known to have it, a risk. It is kept
 * because a fødselsnummer with a name is what identity theft needs in Norway, where Art. 87 lets
 * the law give the number a status of its own (personopplysningsloven § 12), and because the
 * regulators who decided such cases required telling the people, even for one letter with a
 * number in one stranger's hands (UODO DKN.5131.3.2021 and DKN.5131.16.2021 on PESEL numbers;
 * Datatilsynet DK 2021-442-13805 on a CPR number). Returned by a known recipient, the number weighs
 * as financial data does (a risk, high only with many or vulnerable people), and data that reveal
 * little count as basic.
 */
type Tier = 0 | 1 | 2 | 3;
const TIER: Record<DataCategory, Tier> = {
  identity: 0,
  contact: 0,
  location: 1,
  communications: 1,
  behaviour: 1,
  employment: 1,
  'national-id': 3,
  financial: 2,
  credentials: 2,
  'sensitive-service': 2,
  'professional-secrecy': 2,
  health: 3,
  'special-category': 3,
  criminal: 3,
  'protected-identity': 3,
};

/** The most sensitive tier among the categories, or null when there is nothing to read. */
function tierOf(categories: Iterable<DataCategory>, reading: CautiousReading): Tier | null {
  let tier: Tier | null = null;
  for (const category of categories) if (tier === null || TIER[category] > tier) tier = TIER[category];
  // ENISA 2013 Annex A2: data that reveal less than their kind suggests count as simple data.
  return tier !== null && reading.minorDetail ? 0 : tier;
}

const step = (value: number): Step => Math.min(2, Math.max(0, value)) as Step;

/** Possibly many: a count nobody has given can tip a sensitive breach, never a basic one. */
export const possiblyMany = (reading: CautiousReading): boolean =>
  reading.subjectCount === null || reading.subjectCount >= LARGE_SCALE_SUBJECTS;

/**
 * Vulnerable people and, for data beyond the basic, large numbers make a breach that reached
 * someone worse (§IV.B). Scale is a factor with the nature of the data, not a switch on its own.
 */
function amplified(base: Step, tier: Tier, reading: CautiousReading): Step {
  let value: number = base + (reading.vulnerable ? 1 : 0);
  if (tier >= 1 && possiblyMany(reading)) value += 1;
  return step(value);
}

/** Art. 34(3)(a): data kept unreadable hides everything; a strong hash hides the passwords. */
export function readableCategories(reading: CautiousReading, protection: Protection): DataCategory[] {
  if (protection === 'encrypted') return [];
  const all = [...reading.categories];
  return protection === 'hashed' ? all.filter((category) => category !== 'credentials') : all;
}

// Rows: tier. Columns: exposure (reading.ts), from back with a trusted recipient to hostile or
// public. A trusted recipient who deleted the data removes the risk even for special categories
// (EDPB 01/2021 case 9); exposed special categories with nobody known to have read them keep
// damage likely (§102). Data about a person's life beyond name and address (a CV, messages,
// movements, habits) in the hands of someone who wanted it, or open to anyone, is a high risk
// even for a few hundred people: the intentions of whoever holds the data weigh with its nature
// (§IV.B, severity of consequences; EDPB 01/2021 case 5, job applications taken by malicious code).
const CONFIDENTIALITY: readonly (readonly Step[])[] = [
  [0, 0, 0, 0, 1],
  [0, 0, 0, 1, 2],
  [0, 0, 1, 1, 2],
  [0, 1, 1, 2, 2],
];

function confidentialityStep(reading: CautiousReading, protection: Protection): Step {
  if (!reading.confidentiality) return 0;
  const tier = tierOf(readableCategories(reading, protection), reading);
  if (tier === null) return 0;
  const x = reading.exposure;
  const base = CONFIDENTIALITY[tier]![x]!;
  const level = x <= 1 ? base : amplified(base, tier, reading);
  // Pseudonymised data identify nobody without the key: one step lower (§IV.B, ease of identification).
  return protection === 'pseudonymised' ? step(level - 1) : level;
}

// Rows: tier. Columns: restored and unused, not restored, used while wrong.
const INTEGRITY: readonly (readonly Step[])[] = [
  [0, 1, 1],
  [0, 1, 1],
  [0, 1, 2],
  [1, 1, 2],
];

function integrityStep(reading: CautiousReading): Step {
  if (!reading.integrity) return 0;
  const tier = tierOf(reading.categories, reading) ?? 0;
  const column = reading.misusePossible ? 2 : reading.recovered ? 0 : 1;
  const base = INTEGRITY[tier]![column]!;
  return column === 0 ? base : amplified(base, tier, reading);
}

/** Nothing was ever out of reach: restored with no time lost. */
export const noRealOutage = (reading: CautiousReading): boolean => reading.recovered && reading.outageHours === 0;

export type Outage = 'short' | 'long' | 'lost';
export const outageOf = (reading: CautiousReading): Outage =>
  !reading.recovered ? 'lost' : reading.outageHours <= SHORT_OUTAGE_HOURS ? 'short' : 'long';

// EDPB 9/2022 §IV.B and 01/2021 cases 1-3: an outage is judged by what it did to people, not by
// hours alone. Not known yet reads as the worst the outage allows ('severe'). That is cautious, and
// it has to be: the effect is the factor the EDPB's cases turn on, so until the controller has
// looked, it cannot show the breach unlikely to result in a risk (Art. 33(1), 5(2)), and a
// reading milder than a possible answer would let "not known" switch a notification off. It stays
// short of absurd: the hours still count (a restored outage of a day or less is at most a risk, to
// the authority, never a high one), the reason says the effect is assumed, not found, and the
// effect is the first thing the engine asks for (unknowns.ts).
const AVAILABILITY: Record<'none' | 'inconvenience' | 'significant' | 'severe', Record<Outage, Step>> = {
  none: { short: 0, long: 0, lost: 0 },
  inconvenience: { short: 0, long: 1, lost: 1 },
  significant: { short: 1, long: 1, lost: 1 },
  severe: { short: 1, long: 2, lost: 2 },
};

function availabilityStep(reading: CautiousReading): Step {
  if (!reading.availability || noRealOutage(reading)) return 0;
  return AVAILABILITY[reading.availabilityEffect ?? 'severe'][outageOf(reading)];
}

/**
 * Art. 34(3)(a) is for data made unintelligible: encrypted, or passwords strongly hashed.
 * Pseudonymisation makes people harder to identify, and so lowers the risk, but "cannot alone be
 * regarded as making the data unintelligible" (EDPB 9/2022 §IV.B, ease of identification).
 */
const UNINTELLIGIBLE: ReadonlySet<Protection> = new Set(['encrypted', 'hashed']);

/** The levels alone, without the factors' words: what the notices turn on. */
export interface RiskLevels {
  level: RiskLevel;
  /** The level had the data not been made unintelligible: decides whether Art. 34(3)(a) is at work. */
  levelWithoutProtection: RiskLevel;
}

export function riskLevels(reading: CautiousReading): RiskLevels {
  const others = Math.max(integrityStep(reading), availabilityStep(reading));
  const level = Math.max(confidentialityStep(reading, reading.protection), others);
  const levelWithoutProtection = UNINTELLIGIBLE.has(reading.protection)
    ? Math.max(confidentialityStep(reading, 'none'), others)
    : level;
  return { level: LEVELS[level]!, levelWithoutProtection: LEVELS[levelWithoutProtection]! };
}
