import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { breachFactsSchema, unknownFacts } from '../../../shared/assessment';
import type { BreachFacts } from '../../../shared/assessment';
import { anyFacts } from './arbitraries';
import { incident } from './incident';

describe('the breach facts schema', () => {
  it('describes exactly the BreachFacts type', () => {
    expectTypeOf<z.infer<typeof breachFactsSchema>>().toEqualTypeOf<BreachFacts>();
  });

  it('accepts a fresh intake where nothing is known yet', () => {
    expect(breachFactsSchema.parse(unknownFacts('processor'))).toEqual(unknownFacts('processor'));
  });

  it('accepts every set of facts a user can enter, unchanged', () => {
    fc.assert(
      fc.property(anyFacts, (facts) => {
        expect(breachFactsSchema.parse(facts)).toEqual(facts);
      }),
    );
  });

  it('refuses a backup with a fact it does not know', () => {
    expect(breachFactsSchema.safeParse({ ...incident({}), severity: 'low' }).success).toBe(false);
  });

  it('refuses a missing fact: a missing fact is "unknown", never absent', () => {
    const { recipient: _recipient, ...rest } = incident({});
    expect(breachFactsSchema.safeParse(rest).success).toBe(false);
  });

  it('refuses values outside the vocabulary', () => {
    expect(breachFactsSchema.safeParse(incident({ personalData: 'maybe' as never })).success).toBe(false);
    expect(breachFactsSchema.safeParse(incident({ dataCategories: ['biometric' as never] })).success).toBe(
      false,
    );
    expect(breachFactsSchema.safeParse(incident({ role: 'joint-controller' as never })).success).toBe(false);
  });

  it('refuses impossible numbers of people, records and hours', () => {
    expect(breachFactsSchema.safeParse(incident({ subjectCount: -1 })).success).toBe(false);
    expect(breachFactsSchema.safeParse(incident({ subjectCount: 2.5 })).success).toBe(false);
    expect(breachFactsSchema.safeParse(incident({ recordCount: Number.NaN })).success).toBe(false);
    expect(breachFactsSchema.safeParse(incident({ outageHours: Number.POSITIVE_INFINITY })).success).toBe(
      false,
    );
    expect(breachFactsSchema.safeParse(incident({ outageHours: 1.5 })).success).toBe(true);
  });
});

describe('a fresh intake', () => {
  it('starts with every fact unknown, for the role given', () => {
    const facts = unknownFacts('processor');
    expect(facts.role).toBe('processor');
    expect(facts.dataCategories).toEqual([]);
    expect([facts.subjectCount, facts.recordCount, facts.outageHours]).toEqual([null, null, null]);
    expect([facts.cause, facts.protection, facts.recipient, facts.personalData]).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
  });

  it('is a controller’s unless said otherwise, and a new object every time', () => {
    expect(unknownFacts().role).toBe('controller');
    expect(unknownFacts()).not.toBe(unknownFacts());
  });
});
