import { z } from 'zod';
import {
  ANSWERS,
  AVAILABILITY_EFFECTS,
  CAUSES,
  DATA_CATEGORIES,
  NEUTRALISING_MEASURES,
  PROTECTIONS,
  RECIPIENTS,
  ROLES,
} from './facts';
import type { BreachFacts } from './facts';

const answer = z.enum(ANSWERS);
const count = z.number().int().nonnegative().nullable();

/**
 * The breach facts as they cross a boundary (IPC, import, backup). Strict: an unexpected key is an
 * error, not something to drop quietly.
 */
export const breachFactsSchema = z.strictObject({
  role: z.enum(ROLES),
  personalData: answer,
  confidentiality: answer,
  integrity: answer,
  availability: answer,
  cause: z.enum(CAUSES),
  malicious: answer,
  dataCategories: z.array(z.enum(DATA_CATEGORIES)),
  subjectCount: count,
  recordCount: count,
  vulnerableSubjects: answer,
  protection: z.enum(PROTECTIONS),
  recipient: z.enum(RECIPIENTS),
  dataRecovered: answer,
  outageHours: z.number().nonnegative().finite().nullable(),
  misuseObserved: answer,
  highRiskNeutralised: answer,
  disproportionateEffort: answer,
  // Later facts are optional: incidents, backups and events written before them still parse.
  availabilityEffect: z.enum(AVAILABILITY_EFFECTS).optional(),
  neutralisingMeasure: z.enum(NEUTRALISING_MEASURES).optional(),
  minorDetail: answer.optional(),
});

// Compile-time proof that the schema and the interface describe the same facts, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesInterface: Same<z.infer<typeof breachFactsSchema>, BreachFacts> = true;
void schemaMatchesInterface;
