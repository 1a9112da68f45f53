import type { Assessment, BreachFacts } from '../../../shared/assessment';

/**
 * An incident the organisation has looked into: every fact known, and harmless until a scenario
 * says otherwise. Scenarios override what happened to them.
 */
export function incident(overrides: Partial<BreachFacts>): BreachFacts {
  return {
    role: 'controller',
    personalData: 'yes',
    confidentiality: 'no',
    integrity: 'no',
    availability: 'no',
    cause: 'human-error',
    malicious: 'no',
    dataCategories: ['identity', 'contact'],
    subjectCount: 1,
    recordCount: 1,
    vulnerableSubjects: 'no',
    protection: 'none',
    recipient: 'none',
    dataRecovered: 'no',
    outageHours: 0,
    misuseObserved: 'no',
    highRiskNeutralised: 'no',
    disproportionateEffort: 'no',
    neutralisingMeasure: 'none',
    minorDetail: 'no',
    ...overrides,
  };
}

export const codes = (assessment: Assessment): string[] => assessment.reasons.map((r) => r.code);
export const unknownFacts = (assessment: Assessment): string[] => assessment.unknowns.map((u) => u.fact);

/**
 * The legal conclusions an unknown fact can change, for comparing two assessments. Which exception
 * lifts the duty to tell people counts only where the risk is high: below that nobody is told anyway.
 */
export const conclusions = (a: Assessment) => ({
  personalDataCompromised: a.personalDataCompromised,
  risk: a.risk,
  notifyAuthority: a.notifyAuthority,
  notifySubjects: a.notifySubjects,
  notifyController: a.notifyController,
  subjectException: a.risk === 'high' ? a.subjectException : null,
});
