import { z } from 'zod';
import { ANSWERS, breachFactsSchema, type BreachFacts, type RecordedAssessment } from '../assessment';

// The incident keeps the latest assessment as it was shown when it was made (a snapshot), so the
// record says what Avvik concluded and why even if the engine's wording changes later.
// Art. 33(5): "the reasoning behind decisions" is part of the documentation.

const localText = z.strictObject({ nb: z.string(), en: z.string() });
const factKeys = Object.keys(breachFactsSchema.shape) as [keyof BreachFacts, ...(keyof BreachFacts)[]];

export const assessmentResultSchema = z.strictObject({
  personalDataCompromised: z.enum(ANSWERS),
  risk: z.enum(['none', 'risk', 'high']),
  severity: z.strictObject({
    score: z.number().finite(),
    level: z.enum(['low', 'medium', 'high', 'very-high']),
    dpc: z.number().finite(),
    ei: z.number().finite(),
    cb: z.number().finite(),
  }),
  notifyAuthority: z.boolean(),
  notifySubjects: z.boolean(),
  notifyController: z.boolean(),
  subjectException: z.enum(['encrypted', 'subsequent-measures', 'disproportionate-effort']).nullable(),
  // `statement`: the authority's wording; snapshots made before it existed have none.
  reasons: z.array(
    z.strictObject({ code: z.string().min(1), basis: z.string(), text: localText, statement: localText.optional() }),
  ),
  unknowns: z.array(z.strictObject({ fact: z.enum(factKeys), why: localText })),
});

// Compile-time proof that this schema and the engine's Assessment describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const resultMatchesEngine: Same<z.infer<typeof assessmentResultSchema>, RecordedAssessment> = true;
void resultMatchesEngine;

export const assessmentSnapshotSchema = z.strictObject({
  at: z.iso.datetime({ offset: false }),
  actor: z.string().max(200),
  /** The facts the engine was given: the conclusion can be replayed and compared later. */
  facts: breachFactsSchema,
  result: assessmentResultSchema,
});

export type AssessmentSnapshot = z.infer<typeof assessmentSnapshotSchema>;
