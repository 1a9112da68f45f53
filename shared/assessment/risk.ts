import type { BreachFacts, DataCategory, Protection } from './facts';
import type { CautiousReading } from './reading';
import { reason } from './reasons';
import type { Reason, ReasonCode } from './reasons';
import { LARGE_SCALE_SUBJECTS, SHORT_OUTAGE_HOURS } from './thresholds';

// The legal risk to people (Art. 33(1) "risk", Art. 34(1) "high risk"), judged from the factors of
// EDPB Guidelines 9/2022 §IV.B: type of breach, nature and sensitivity of the data, ease of
// identification, severity and permanence of consequences, vulnerable people, number of people.
// Each breach type (C, I, A) gets its own level; the breach is as risky as its worst part.

export type RiskLevel = 'none' | 'risk' | 'high';
type Step = 0 | 1 | 2;
const LEVELS: readonly RiskLevel[] = ['none', 'risk', 'high'];

/** 0 basic, 1 private life, 2 identity theft and fraud, 3 special categories (Art. 9/10). */
type Tier = 0 | 1 | 2 | 3;
const TIER: Record<DataCategory, Tier> = {
  identity: 0,
  contact: 0,
  location: 1,
  communications: 1,
  behaviour: 1,
  employment: 1,
  'national-id': 2,
  financial: 2,
  credentials: 2,
  health: 3,
  'special-category': 3,
  criminal: 3,
};

/** The most sensitive tier among the categories, or null when there is nothing to read. */
function tierOf(categories: Iterable<DataCategory>): Tier | null {
  let tier: Tier | null = null;
  for (const category of categories) if (tier === null || TIER[category] > tier) tier = TIER[category];
  return tier;
}

const step = (value: number): Step => Math.min(2, Math.max(0, value)) as Step;

/** Vulnerable people and large numbers make a breach that reached someone worse (§IV.B). */
function amplified(base: Step, tier: Tier, reading: CautiousReading): Step {
  let value: number = base + (reading.vulnerable ? 1 : 0);
  // Numbers alone raise names and addresses to a notifiable risk, never to a high one.
  if (reading.subjectCount >= LARGE_SCALE_SUBJECTS) value = tier >= 1 ? value + 1 : Math.max(value, 1);
  return step(value);
}

/** 34(3)(a): encryption with a safe key hides everything; a strong hash hides the passwords. */
function readableCategories(reading: CautiousReading, protection: Protection): DataCategory[] {
  if (protection === 'encrypted') return [];
  const all = [...reading.categories];
  return protection === 'hashed' ? all.filter((category) => category !== 'credentials') : all;
}

/** How far out of control the data is: 0 contained, 1 limited, 2 uncontrolled, 3 hostile. */
function exposure(reading: CautiousReading): 0 | 1 | 2 | 3 {
  if (reading.misuse) return 3;
  const byRecipient = {
    none: 0,
    trusted: reading.recovered ? 0 : 1,
    untrusted: reading.recovered ? 1 : 2,
    malicious: 3,
  } as const;
  const x = byRecipient[reading.recipient];
  return reading.malicious ? (Math.max(x, 2) as 2 | 3) : x;
}

// Rows: data tier. Columns: exposure. A trusted recipient who deleted the data lowers the risk
// (§IV.B), but special categories keep damage likely (§102).
const CONFIDENTIALITY: readonly (readonly Step[])[] = [
  [0, 0, 0, 1],
  [0, 0, 1, 1],
  [0, 1, 1, 2],
  [1, 1, 2, 2],
];

function confidentialityStep(reading: CautiousReading, protection: Protection): Step {
  if (!reading.confidentiality) return 0;
  const tier = tierOf(readableCategories(reading, protection));
  if (tier === null) return 0;
  const x = exposure(reading);
  const base = CONFIDENTIALITY[tier]![x]!;
  return x === 0 ? base : amplified(base, tier, reading);
}

// Rows: data tier. Columns: restored and unused, not restored, used while wrong.
const INTEGRITY: readonly (readonly Step[])[] = [
  [0, 1, 1],
  [0, 1, 1],
  [0, 1, 2],
  [1, 1, 2],
];

function integrityStep(reading: CautiousReading): Step {
  if (!reading.integrity) return 0;
  const tier = tierOf(reading.categories) ?? 0;
  const column = reading.misuse ? 2 : reading.recovered ? 0 : 1;
  const base = INTEGRITY[tier]![column]!;
  return column === 0 ? base : amplified(base, tier, reading);
}

/** Health data or vulnerable people: an outage can hurt treatment and care. */
const inCare = (reading: CautiousReading): boolean => reading.categories.has('health') || reading.vulnerable;

/** Nothing was ever out of reach: restored with no time lost. */
const noRealOutage = (reading: CautiousReading): boolean => reading.recovered && reading.outageHours === 0;

function availabilityStep(reading: CautiousReading): Step {
  if (!reading.availability || noRealOutage(reading)) return 0;
  // Columns: short and restored, long and restored, not restored.
  const column = !reading.recovered ? 2 : reading.outageHours <= SHORT_OUTAGE_HOURS ? 0 : 1;
  const row: readonly Step[] = inCare(reading) ? [1, 2, 2] : [0, 1, 1];
  return row[column]!;
}

export interface RiskJudgement {
  level: RiskLevel;
  /** The level had the data not been encrypted or hashed: decides whether Art. 34(3)(a) is at work. */
  levelWithoutProtection: RiskLevel;
  reasons: Reason[];
}

export function judgeRisk(facts: BreachFacts, reading: CautiousReading): RiskJudgement {
  const others = Math.max(integrityStep(reading), availabilityStep(reading));
  const level = Math.max(confidentialityStep(reading, reading.protection), others);
  const levelWithoutProtection = Math.max(confidentialityStep(reading, 'none'), others);
  return {
    level: LEVELS[level]!,
    levelWithoutProtection: LEVELS[levelWithoutProtection]!,
    reasons: riskReasons(facts, reading).map((code) => reason(code)),
  };
}

/** The factors that weighed, in the order a DPO reads them. */
function riskReasons(facts: BreachFacts, reading: CautiousReading): ReasonCode[] {
  const codes: ReasonCode[] = [];
  if (reading.confidentiality) codes.push('confidentiality-breach');
  if (reading.integrity) codes.push('integrity-breach');
  if (reading.availability) codes.push('availability-breach');
  codes.push(...dataReasons(reading));
  if (reading.confidentiality) codes.push(...exposureReasons(facts, reading));
  if (reading.integrity) {
    codes.push(
      reading.misuse
        ? 'altered-data-misused'
        : reading.recovered
          ? 'altered-data-restored'
          : 'altered-data-not-restored',
    );
  }
  if (reading.availability && !noRealOutage(reading)) {
    if (!reading.recovered) codes.push('data-lost-permanently');
    else codes.push(reading.outageHours <= SHORT_OUTAGE_HOURS ? 'short-outage-restored' : 'long-outage');
    if (inCare(reading)) codes.push('outage-in-care');
  }
  if (reading.malicious) codes.push('malicious-intent');
  if (reading.vulnerable) codes.push('vulnerable-subjects');
  if (reading.subjectCount >= LARGE_SCALE_SUBJECTS) codes.push('large-number-of-people');
  return codes;
}

function dataReasons(reading: CautiousReading): ReasonCode[] {
  if (!reading.categoriesKnown) return ['data-categories-unknown'];
  const has = (...categories: DataCategory[]): boolean => categories.some((c) => reading.categories.has(c));
  const codes: ReasonCode[] = [];
  if (has('health', 'special-category')) codes.push('special-category-data');
  if (has('criminal')) codes.push('criminal-offence-data');
  if (has('national-id')) codes.push('national-id-number');
  if (has('financial')) codes.push('financial-data');
  if (has('credentials')) codes.push('credentials-exposed');
  if (has('location', 'communications', 'behaviour', 'employment')) codes.push('private-life-data');
  if (codes.length === 0) codes.push('basic-data-only');
  return codes;
}

function exposureReasons(facts: BreachFacts, reading: CautiousReading): ReasonCode[] {
  const protectionCodes: Partial<Record<Protection, ReasonCode>> = {
    encrypted: 'encrypted-key-safe',
    'encrypted-key-compromised': 'encryption-key-compromised',
    hashed: 'strong-hash',
    'hashed-weak': 'weak-hash',
  };
  const codes: ReasonCode[] = [];
  const protectionCode = protectionCodes[reading.protection];
  if (protectionCode) codes.push(protectionCode);
  // Once nothing is readable, who holds the unreadable copy no longer matters.
  if (readableCategories(reading, reading.protection).length === 0) return codes;
  if (facts.recipient === 'unknown') codes.push('recipient-unknown');
  else if (reading.recipient === 'none') codes.push('no-known-recipient');
  else if (reading.recipient === 'trusted') {
    codes.push(reading.recovered ? 'trusted-recipient-deleted' : 'trusted-recipient');
  } else if (reading.recipient === 'untrusted') {
    codes.push('untrusted-recipient');
    if (reading.recovered) codes.push('data-retrieved');
  } else codes.push('malicious-recipient');
  if (facts.misuseObserved === 'yes') codes.push('misuse-observed');
  return codes;
}
