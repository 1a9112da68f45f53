import { describe, expect, it } from 'vitest';
import { FACTORS, REASON_CODES, assessBreach, factorOf, reasonsByFactor } from '../../../shared/assessment';
import { incident } from './incident';

// The reasons, read factor by factor (EDPB Guidelines 9/2022 §IV.B): the incident screen shows them so.

describe('the factor of a reason', () => {
  it('is one of the guidelines’ factors, the conclusion, the unknowns or the score for every code the engine gives', () => {
    for (const code of REASON_CODES) expect(factorOf(code), code).not.toBe('other');
  });

  it('is "other" for a code the engine no longer gives, so an older record still shows it', () => {
    expect(factorOf('a-code-from-an-older-engine')).toBe('other');
    expect(factorOf('toString')).toBe('other');
  });
});

describe('the reasons grouped by factor', () => {
  // A logbook of a drug rehabilitation centre stolen from a car (EDPB Guidelines 01/2021 case 12).
  const logbook = assessBreach(
    incident({
      confidentiality: 'yes',
      availability: 'yes',
      cause: 'lost-or-stolen',
      malicious: 'yes',
      dataCategories: ['identity', 'health', 'sensitive-service'],
      subjectCount: 40,
      vulnerableSubjects: 'yes',
      recipient: 'none',
      dataRecovered: 'no',
      availabilityEffect: 'severe',
    }),
  );
  const groups = reasonsByFactor(logbook.reasons);
  const codes = (factor: string) => groups.find((g) => g.factor === factor)?.reasons.map((r) => r.code) ?? [];

  it('keeps every reason exactly once, the conclusion first and the groups in the order of the factors', () => {
    expect(groups.flatMap((g) => g.reasons)).toHaveLength(logbook.reasons.length);
    expect(new Set(groups.flatMap((g) => g.reasons))).toEqual(new Set(logbook.reasons));
    expect(groups[0]!.factor).toBe('conclusion');
    const order = groups.map((g) => FACTORS.indexOf(g.factor));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('names the factors that decided: the data in its context, where it is now, who the people are', () => {
    expect(codes('conclusion')).toEqual(expect.arrayContaining(['notify-authority', 'notify-subjects']));
    expect(codes('data')).toEqual(expect.arrayContaining(['special-category-data', 'sensitive-service']));
    expect(codes('consequences')).toEqual(
      expect.arrayContaining(['lost-in-unknown-hands', 'outage-in-care']),
    );
    expect(codes('people')).toEqual(['vulnerable-subjects']);
    expect(codes('severity')).toContain('enisa-severity');
    expect(codes('number')).toEqual([]);
  });
});
