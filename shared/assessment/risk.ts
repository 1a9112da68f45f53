import type { CompleteFacts, DataCategory, Protection } from './facts';
import type { CautiousReading } from './reading';
import { reason } from './reasons';
import type { Reason, ReasonCode } from './reasons';
import { noRealOutage, outageOf, readableCategories, riskLevels, type Outage, type RiskLevels } from './riskLevels';
import { LARGE_SCALE_SUBJECTS } from './thresholds';

// The legal risk to people with the factors that weighed, in words (reasons.ts): the levels are
// judged in riskLevels.ts, from the factors of EDPB Guidelines 9/2022 §IV.B.

export interface RiskJudgement extends RiskLevels {
  reasons: Reason[];
}

export function judgeRisk(facts: CompleteFacts, reading: CautiousReading): RiskJudgement {
  return { ...riskLevels(reading), reasons: riskReasons(facts, reading).map((code) => reason(code)) };
}

/** The factors that weighed, in the order a DPO reads them. */
function riskReasons(facts: CompleteFacts, reading: CautiousReading): ReasonCode[] {
  const codes: ReasonCode[] = [];
  if (reading.confidentiality) codes.push('confidentiality-breach');
  if (reading.integrity) codes.push('integrity-breach');
  if (reading.availability) codes.push('availability-breach');
  codes.push(...dataReasons(reading));
  if (reading.confidentiality) codes.push(...exposureReasons(facts, reading));
  if (reading.integrity) {
    codes.push(
      reading.misusePossible
        ? 'altered-data-misused'
        : reading.recovered
          ? 'altered-data-restored'
          : 'altered-data-not-restored',
    );
  }
  if (reading.availability && !noRealOutage(reading)) codes.push(...availabilityReasons(reading));
  if (reading.malicious) codes.push('malicious-intent');
  if (reading.vulnerable) codes.push('vulnerable-subjects');
  if (reading.subjectCount === null) codes.push('subject-count-unknown');
  else if (reading.subjectCount >= LARGE_SCALE_SUBJECTS) codes.push('large-number-of-people');
  return codes;
}

function availabilityReasons(reading: CautiousReading): ReasonCode[] {
  const outage: Record<Outage, ReasonCode> = {
    short: 'short-outage-restored',
    long: 'long-outage',
    lost: 'data-lost-permanently',
  };
  const effect: Record<'none' | 'inconvenience' | 'significant' | 'severe', ReasonCode> = {
    none: 'outage-no-effect',
    inconvenience: 'outage-inconvenience',
    significant: 'outage-significant-effect',
    severe: 'outage-in-care',
  };
  return [
    outage[outageOf(reading)],
    reading.availabilityEffect ? effect[reading.availabilityEffect] : 'outage-effect-unknown',
  ];
}

function dataReasons(reading: CautiousReading): ReasonCode[] {
  if (!reading.categoriesKnown) return ['data-categories-unknown'];
  const has = (...categories: DataCategory[]): boolean => categories.some((c) => reading.categories.has(c));
  const codes: ReasonCode[] = [];
  if (has('protected-identity')) codes.push('protected-identity');
  if (has('health', 'special-category')) codes.push('special-category-data');
  if (has('criminal')) codes.push('criminal-offence-data');
  if (has('sensitive-service')) codes.push('sensitive-service');
  if (has('professional-secrecy')) codes.push('professional-secrecy');
  if (has('national-id')) codes.push('national-id-number');
  if (has('financial')) codes.push('financial-data');
  if (has('credentials')) codes.push('credentials-exposed');
  if (has('location', 'communications', 'behaviour', 'employment')) codes.push('private-life-data');
  if (codes.length === 0) codes.push('basic-data-only');
  if (reading.minorDetail) codes.push('minor-detail');
  return codes;
}

function exposureReasons(facts: CompleteFacts, reading: CautiousReading): ReasonCode[] {
  const protectionCodes: Partial<Record<Protection, ReasonCode>> = {
    encrypted: 'encrypted-key-safe',
    'encrypted-key-compromised': 'encryption-key-compromised',
    'encryption-bypassed': 'encryption-bypassed',
    pseudonymised: 'pseudonymised',
    hashed: 'strong-hash',
    'hashed-weak': 'weak-hash',
  };
  const codes: ReasonCode[] = [];
  const protectionCode = protectionCodes[reading.protection];
  if (protectionCode) codes.push(protectionCode);
  // Once nothing is readable, who holds the unreadable copy no longer matters.
  if (readableCategories(reading, reading.protection).length === 0) return codes;
  const recovered = reading.recovered;
  switch (facts.recipient) {
    case 'unknown':
      codes.push('recipient-unknown');
      break;
    case 'none':
      codes.push(reading.exposure >= 3 ? 'lost-in-unknown-hands' : 'no-known-recipient');
      break;
    case 'trusted':
      codes.push(recovered ? 'trusted-recipient-deleted' : 'trusted-recipient');
      break;
    case 'untrusted':
      codes.push('untrusted-recipient');
      if (recovered) codes.push('data-retrieved');
      break;
    case 'published':
      codes.push('data-published');
      break;
    case 'malicious':
      codes.push('malicious-recipient');
      break;
  }
  if (reading.misuseSeen) codes.push('misuse-observed');
  else if (reading.misusePossible && reading.exposure >= 2 && facts.recipient !== 'trusted')
    codes.push('misuse-not-ruled-out');
  return codes;
}
