import type { DataCategory } from './facts';
import type { CautiousReading } from './reading';
import { formatNumber } from '../i18n/numbers';
import { lazyText, reason } from './reasons';
import type { Reason } from './reasons';
import { PROFILE_CATEGORY_COUNT, SHORT_OUTAGE_HOURS } from './thresholds';

// ENISA 2013, "Recommendations for a methodology of the assessment of severity of personal data
// breaches": SE = DPC × EI + CB. Advisory only: the legal conclusion comes from the EDPB factors
// (risk.ts), never from this score.

export type SeverityLevel = 'low' | 'medium' | 'high' | 'very-high';

export interface Severity {
  score: number;
  level: SeverityLevel;
  /** Data processing context, 1–4. */
  dpc: number;
  /** Ease of identification, 0.25–1. */
  ei: number;
  /** Circumstances of breach, 0–2. */
  cb: number;
}

/** What the score is when there is no personal data breach to score. */
export const NO_SEVERITY: Severity = { score: 0, level: 'low', dpc: 0, ei: 0, cb: 0 };

/**
 * ENISA's basic DPC per category: simple 1, behavioural 2, financial 3, sensitive 4.
 * - employment: ENISA lists professional experience under simple data.
 * - national-id: scored as financial data, because in Norway the fødselsnummer opens the door to
 *   identity theft and credit fraud (DOMAIN §2.2 E).
 * - credentials: ENISA scores them by what they give access to. A login opens the account that holds
 *   the other categories listed (scored on their own), and a reused password opens e-mail and banking
 *   elsewhere, so on their own they count as financial data.
 */
const BASIC_DPC: Record<DataCategory, 1 | 2 | 3 | 4> = {
  identity: 1,
  contact: 1,
  employment: 1,
  location: 2,
  communications: 2,
  behaviour: 2,
  'national-id': 3,
  financial: 3,
  credentials: 3,
  health: 4,
  'special-category': 4,
  criminal: 4,
  // ENISA Annex A2 examples: adult-shop delivery addresses 3, undercover officers' list 4.
  'sensitive-service': 3,
  'professional-secrecy': 3,
  'protected-identity': 4,
};

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));
const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

/** DPC: the highest category wins, then ENISA's contextual factors, clamped to 1–4. */
export function dataProcessingContext(reading: CautiousReading): number {
  // ENISA Annex A2: data that reveal less than their category ("had general blood tests") score 1.
  if (reading.minorDetail) return 1;
  const basic = Math.max(1, ...[...reading.categories].map((category) => BASIC_DPC[category]));
  // ENISA Annex A2 (iii): minors and others with particular needs raise the score.
  const vulnerable = reading.vulnerable ? 1 : 0;
  // ENISA Annex A2 (i): a whole file about each person (volume in content) weighs more than one item.
  const profile = reading.categoriesKnown && reading.categories.size >= PROFILE_CATEGORY_COUNT ? 1 : 0;
  return clamp(basic + vulnerable + profile, 1, 4);
}

/** Whether anything beyond hashed passwords is in the data set, and so readable as it stands. */
const beyondCredentials = (reading: CautiousReading): boolean =>
  [...reading.categories].some((category) => category !== 'credentials');

/** EI from the protection: ENISA's four levels, negligible 0.25 to maximum 1. */
export function easeOfIdentification(reading: CautiousReading): number {
  switch (reading.protection) {
    case 'encrypted':
      return 0.25;
    case 'pseudonymised':
      return 0.5;
    case 'hashed':
      return beyondCredentials(reading) ? 1 : 0.5;
    case 'hashed-weak':
      return beyondCredentials(reading) ? 1 : 0.75;
    case 'encrypted-key-compromised':
    case 'encryption-bypassed':
    case 'none':
      return 1;
  }
}

/** CB: 0, 0.25 or 0.5 for each of C, I and A, plus 0.5 for malicious intent, all added. */
export function circumstancesOfBreach(reading: CautiousReading): number {
  let cb = 0;
  if (reading.confidentiality) {
    // Nobody known to have it (a lost device included): exposed without evidence of unlawful
    // processing. A known recipient is a known number of recipients; an attacker or a publication
    // reaches any number.
    if (reading.exposure === 4) cb += 0.5;
    else if (reading.exposure >= 2 && reading.recipientKnown) cb += 0.25;
  }
  if (reading.integrity && reading.misusePossible) cb += reading.recovered ? 0.25 : 0.5;
  if (reading.availability) {
    const shortAndRestored = reading.recovered && reading.outageHours <= SHORT_OUTAGE_HOURS;
    cb += shortAndRestored ? 0 : reading.recovered ? 0.25 : 0.5;
  }
  if (reading.malicious) cb += 0.5;
  return cb;
}

/**
 * Where the score and the legal conclusion part ways, a reason saying why (DOMAIN §5.7): low goes
 * with no risk, medium with a risk, high and very high with a high risk.
 */
export function severityGapReason(severity: Severity, risk: 'none' | 'risk' | 'high'): Reason | null {
  const band = { low: 0, medium: 1, high: 2, 'very-high': 2 }[severity.level];
  const legal = { none: 0, risk: 1, high: 2 }[risk];
  if (band > legal) return reason('severity-above-risk');
  if (band < legal) return reason('severity-below-risk');
  return null;
}

/** ENISA's bands, inclusive at the lower bound, compared after rounding to 4 decimals. */
export function severityLevel(score: number): SeverityLevel {
  const rounded = round4(score);
  if (rounded < 2) return 'low';
  if (rounded < 3) return 'medium';
  if (rounded < 4) return 'high';
  return 'very-high';
}

export function enisaSeverity(reading: CautiousReading): Severity {
  const dpc = dataProcessingContext(reading);
  const ei = easeOfIdentification(reading);
  const cb = circumstancesOfBreach(reading);
  const score = round4(dpc * ei + cb);
  return { score, level: severityLevel(score), dpc, ei, cb };
}

const LEVEL_NAMES: Record<SeverityLevel, { nb: string; en: string }> = {
  low: { nb: 'lav', en: 'low' },
  medium: { nb: 'middels', en: 'medium' },
  high: { nb: 'høy', en: 'high' },
  'very-high': { nb: 'svært høy', en: 'very high' },
};

/** The score as a reason, with its parts, saying plainly that it is advisory. */
export function severityReason(severity: Severity): Reason {
  const nb = (n: number): string => formatNumber('nb', n, 4);
  const en = (n: number): string => formatNumber('en', n, 4);
  const { score, dpc, ei, cb, level } = severity;
  return reason(
    'enisa-severity',
    lazyText(() => ({
      nb: `ENISA-alvorlighetsgrad: ${LEVEL_NAMES[level].nb} (SE ${nb(score)} = DPC ${nb(dpc)} × EI ${nb(ei)} + CB ${nb(cb)}). Den er veiledende: den rettslige vurderingen bygger på risikofaktorene, ikke på poengsummen.`,
      en: `ENISA severity: ${LEVEL_NAMES[level].en} (SE ${en(score)} = DPC ${en(dpc)} × EI ${en(ei)} + CB ${en(cb)}). It is advisory: the legal assessment rests on the risk factors, not on the score.`,
    })),
    lazyText(() => ({
      nb: `Alvorlighetsgraden etter ENISAs metode er ${LEVEL_NAMES[level].nb} (SE ${nb(score)} = DPC ${nb(dpc)} × EI ${nb(ei)} + CB ${nb(cb)}); den er et hjelpemiddel, og den rettslige vurderingen bygger på risikofaktorene`,
      en: `The severity by ENISA's method is ${LEVEL_NAMES[level].en} (SE ${en(score)} = DPC ${en(dpc)} × EI ${en(ei)} + CB ${en(cb)}); it is an aid, and the legal assessment rests on the risk factors`,
    })),
  );
}
