import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_CATEGORIES, REASON_CODES, assessBreach, judgeObligations } from '../../../shared/assessment';
import type { Assessment, BreachFacts, DataCategory } from '../../../shared/assessment';
import { FORGETTABLE, KNOWN_VALUES, anyFacts, breachFacts, forget } from './arbitraries';
import { conclusions } from './incident';

const RISK_ORDER = { none: 0, risk: 1, high: 2 } as const;
const LEVEL_ORDER = { low: 0, medium: 1, high: 2, 'very-high': 3 } as const;

/** b is at least as serious as a, in law and in ENISA's score. */
function neverLess(a: Assessment, b: Assessment): void {
  expect(RISK_ORDER[b.risk]).toBeGreaterThanOrEqual(RISK_ORDER[a.risk]);
  expect(b.severity.score).toBeGreaterThanOrEqual(a.severity.score);
  expect(LEVEL_ORDER[b.severity.level]).toBeGreaterThanOrEqual(LEVEL_ORDER[a.severity.level]);
  noNoticeTurnedOff(a, b);
}

function noNoticeTurnedOff(before: Assessment, after: Assessment): void {
  if (before.notifyAuthority) expect(after.notifyAuthority).toBe(true);
  if (before.notifySubjects) expect(after.notifySubjects).toBe(true);
  if (before.notifyController) expect(after.notifyController).toBe(true);
}

/**
 * Sensitivity rank consistent with both the EDPB tiers and ENISA's basic scores. Health ranks above
 * the other special categories as it did when outages were judged by care; the rank is a strict
 * order wherever tier or score differ.
 */
const RANK: Record<DataCategory, number> = {
  identity: 0,
  contact: 0,
  employment: 1,
  location: 2,
  communications: 2,
  behaviour: 2,
  financial: 4,
  credentials: 4,
  'sensitive-service': 4.2,
  'professional-secrecy': 4.2,
  'national-id': 4.5,
  health: 6,
  'special-category': 5,
  criminal: 5,
  'protected-identity': 5,
};

describe('more sensitive data', () => {
  it('never lowers the risk or the severity when another kind of data turns out to be affected', () => {
    fc.assert(
      fc.property(
        breachFacts,
        fc.uniqueArray(fc.constantFrom(...DATA_CATEGORIES), { minLength: 1 }),
        fc.constantFrom(...DATA_CATEGORIES),
        (facts, categories, extra) => {
          const before = assessBreach({ ...facts, dataCategories: categories });
          const after = assessBreach({ ...facts, dataCategories: [...new Set([...categories, extra])] });
          neverLess(before, after);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never lowers the risk or the severity when a kind of data is swapped for a more sensitive one', () => {
    fc.assert(
      fc.property(
        // A hash protects passwords and nothing else, so hashed data sets are left out of the swap.
        breachFacts.filter((f) => f.protection !== 'hashed' && f.protection !== 'hashed-weak'),
        fc.uniqueArray(fc.constantFrom(...DATA_CATEGORIES), { minLength: 1 }),
        fc.nat(),
        fc.constantFrom(...DATA_CATEGORIES),
        (facts, categories, pick, replacement) => {
          const replaced = categories[pick % categories.length]!;
          fc.pre(RANK[replacement] >= RANK[replaced] && !categories.includes(replacement));
          const swapped = categories.map((c) => (c === replaced ? replacement : c));
          neverLess(
            assessBreach({ ...facts, dataCategories: categories }),
            assessBreach({ ...facts, dataCategories: swapped }),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never lowers anything when the people turn out to be vulnerable', () => {
    fc.assert(
      fc.property(breachFacts, (facts) => {
        neverLess(
          assessBreach({ ...facts, vulnerableSubjects: 'no' }),
          assessBreach({ ...facts, vulnerableSubjects: 'yes' }),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('more people', () => {
  it('never lowers the risk or the severity', () => {
    fc.assert(
      fc.property(breachFacts, fc.nat({ max: 100_000 }), fc.nat({ max: 2_000_000 }), (facts, fewer, more) => {
        const [low, high] = fewer <= more ? [fewer, more] : [more, fewer];
        neverLess(
          assessBreach({ ...facts, subjectCount: low }),
          assessBreach({ ...facts, subjectCount: high }),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a fact that turns out not to be known after all', () => {
  it('never turns a notification off, to the authority, the people or the controller', () => {
    fc.assert(
      fc.property(anyFacts, fc.constantFrom(...FORGETTABLE), (facts, fact) => {
        const known = assessBreach(facts);
        const forgotten = assessBreach(forget(facts, fact));
        noNoticeTurnedOff(known, forgotten);
        expect(RISK_ORDER[forgotten.risk]).toBeGreaterThanOrEqual(RISK_ORDER[known.risk]);
      }),
      { numRuns: 5000 },
    );
  }, 60_000);

  it('is listed as an unknown whenever knowing it on its own could change a conclusion', () => {
    fc.assert(
      fc.property(anyFacts, (facts) => {
        const assessment = assessBreach(facts);
        const listed = new Set(assessment.unknowns.map((u) => u.fact));
        for (const fact of FORGETTABLE) {
          if (facts[fact] !== forget(facts, fact)[fact]) continue;
          const values = KNOWN_VALUES[fact] as readonly BreachFacts[typeof fact][];
          const changes = values.some(
            (value) =>
              JSON.stringify(conclusions(assessBreach({ ...facts, [fact]: value }))) !==
              JSON.stringify(conclusions(assessment)),
          );
          if (changes) expect(listed, `${fact} should be listed`).toContain(fact);
        }
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('is never listed when nothing is unknown', () => {
    fc.assert(
      fc.property(anyFacts, (facts) => {
        const assessment = assessBreach(facts);
        for (const { fact } of assessment.unknowns) expect(forget(facts, fact)[fact]).toEqual(facts[fact]);
        const cautious = assessment.reasons.some((r) => r.code === 'unknown-treated-cautiously');
        expect(cautious).toBe(assessment.unknowns.length > 0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the conclusions', () => {
  it('keep the roles apart: a processor tells its controller, a controller tells the authority and the people', () => {
    fc.assert(
      fc.property(anyFacts, (facts) => {
        const a = assessBreach(facts);
        if (facts.role === 'processor') {
          expect(a.notifyAuthority).toBe(false);
          expect(a.notifySubjects).toBe(false);
          expect(a.subjectException).toBeNull();
        } else {
          expect(a.notifyController).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('tell the people only of a high risk with no exception, and always tell the authority too', () => {
    fc.assert(
      fc.property(anyFacts, (facts) => {
        const a = assessBreach(facts);
        if (a.notifySubjects) {
          expect(a.risk).toBe('high');
          expect(a.subjectException).toBeNull();
          expect(a.notifyAuthority).toBe(true);
        }
        if (
          a.subjectException === 'subsequent-measures' ||
          a.subjectException === 'disproportionate-effort'
        ) {
          expect(a.risk).toBe('high');
        }
        // Art. 34(3)(a): unintelligible data only; pseudonymised data are not.
        if (a.subjectException === 'encrypted') expect(['encrypted', 'hashed']).toContain(facts.protection);
        if (facts.personalData === 'no')
          expect(a).toMatchObject({ risk: 'none', notifyAuthority: false, notifyController: false });
      }),
      { numRuns: 2000 },
    );
  });

  it('every reason has a known code, a basis and text in both languages', () => {
    fc.assert(
      fc.property(anyFacts, (facts) => {
        const a = assessBreach(facts);
        expect(a.reasons.at(-1)?.code).toBe('document-internally');
        expect(new Set(a.reasons.map((r) => r.code)).size).toBe(a.reasons.length);
        for (const r of a.reasons) {
          expect(REASON_CODES).toContain(r.code);
          expect(r.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          expect(r.basis).toMatch(/^(GDPR|EDPB Guidelines 9\/2022|ENISA 2013)/);
          expect(r.text.nb.length).toBeGreaterThan(10);
          expect(r.text.en.length).toBeGreaterThan(10);
          expect(r.text.nb).not.toBe(r.text.en);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('can give every reason in the catalogue, so none of them is dead text', () => {
    const given = new Set(
      fc
        .sample(anyFacts, { numRuns: 20_000, seed: 42 })
        .flatMap((f) => assessBreach(f).reasons.map((r) => r.code)),
    );
    expect([...REASON_CODES].filter((code) => !given.has(code))).toEqual([]);
  }, 120_000);

  it('are a pure function of the facts: the same facts give the same answer, and the facts are left alone', () => {
    fc.assert(
      fc.property(anyFacts, (facts) => {
        const copy = structuredClone(facts);
        expect(assessBreach(facts)).toEqual(assessBreach(copy));
        expect(facts).toEqual(copy);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the notices alone', () => {
  it('are those of the full assessment, for any facts, known or not', () => {
    fc.assert(
      fc.property(anyFacts, (facts) => {
        const { notifyAuthority, notifySubjects, notifyController, subjectException } = assessBreach(facts);
        expect(judgeObligations(facts)).toEqual({ notifyAuthority, notifySubjects, notifyController, subjectException });
      }),
      { numRuns: 500 },
    );
  });
});
