import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { assessBreach, breachFactsSchema, unknownFacts } from '../../../shared/assessment';
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

describe('a record made before the later facts existed', () => {
  // Facts as incidents, backups and events stored them before the later, optional facts.
  const old = (overrides: Partial<BreachFacts>): BreachFacts => {
    const { availabilityEffect: _a, neutralisingMeasure: _n, minorDetail: _m, ...rest } = incident(overrides);
    return rest;
  };

  it('parses unchanged, and a fresh intake asks every later fact too', () => {
    const facts = old({ confidentiality: 'yes', recipient: 'untrusted' });
    expect(breachFactsSchema.parse(facts)).toEqual(facts);
    expect(unknownFacts()).toMatchObject({
      availabilityEffect: 'unknown',
      neutralisingMeasure: 'unknown',
      minorDetail: 'unknown',
    });
  });

  it('assesses as before where the new rules do not apply: a letter returned by the neighbour, a payroll file to a stranger, an encrypted laptop', () => {
    expect(assessBreach(old({ confidentiality: 'yes', recipient: 'untrusted', dataRecovered: 'yes' }))).toMatchObject({
      risk: 'none',
      notifyAuthority: false,
    });
    expect(
      assessBreach(old({ confidentiality: 'yes', dataCategories: ['identity', 'financial'], recipient: 'untrusted' })),
    ).toMatchObject({ risk: 'risk', notifyAuthority: true, notifySubjects: false });
    expect(
      assessBreach(
        old({ confidentiality: 'yes', cause: 'lost-or-stolen', protection: 'encrypted', dataCategories: ['health'] }),
      ),
    ).toMatchObject({ risk: 'none', notifyAuthority: false });
  });

  it('changes where the new rules mean it to: a lost unencrypted laptop is in unknown hands whatever "recipient: none" says', () => {
    const laptop = old({
      confidentiality: 'yes',
      cause: 'lost-or-stolen',
      dataCategories: ['identity', 'national-id'],
      recipient: 'none',
    });
    expect(assessBreach(laptop)).toMatchObject({ risk: 'high', notifyAuthority: true, notifySubjects: true });
    expect(assessBreach(laptop).reasons.map((r) => r.code)).toContain('lost-in-unknown-hands');
  });

  it('changes where the new rules mean it to: an outage whose effect on people nobody has stated is read on the cautious side and asked about', () => {
    const outage = old({ availability: 'yes', dataRecovered: 'yes', outageHours: 2 });
    const a = assessBreach(outage);
    expect(a).toMatchObject({ risk: 'risk', notifyAuthority: true });
    expect(a.unknowns[0]?.fact).toBe('availabilityEffect');
    expect(assessBreach({ ...outage, availabilityEffect: 'none' })).toMatchObject({ risk: 'none' });
  });

  it('changes where the new rules mean it to: Art. 34(3)(b) needs a named measure', () => {
    const reset = old({
      confidentiality: 'yes',
      malicious: 'yes',
      dataCategories: ['contact', 'credentials'],
      subjectCount: 800,
      recipient: 'malicious',
      highRiskNeutralised: 'yes',
    });
    expect(assessBreach(reset)).toMatchObject({ notifySubjects: true, subjectException: null });
    expect(assessBreach({ ...reset, neutralisingMeasure: 'credentials-reset' })).toMatchObject({
      notifySubjects: false,
      subjectException: 'subsequent-measures',
    });
  });
});
