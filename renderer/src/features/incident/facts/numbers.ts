import type { BreachFacts } from '../../../../../shared/assessment';

// The facts that are numbers: typed as text, read as a number (or "not known yet" when empty).

export type NumberFact = 'subjectCount' | 'recordCount' | 'outageHours';
/** What is typed in the number fields and not saved yet. */
export type TypedNumbers = Partial<Record<NumberFact, string>>;

const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(?:[.,]\d+)?$/;

/** Hours may have decimals ("1,5"); counts are whole. */
export const hasDecimals = (fact: NumberFact): boolean => fact === 'outageHours';

/** The number typed: null for empty (not known yet), undefined when it is not a number. */
export function readNumber(text: string, fact: NumberFact): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!(hasDecimals(fact) ? DECIMAL : WHOLE).test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}

/** The facts with every number typed so far that reads as one: the assessment follows the typing. */
export function withTyped(facts: BreachFacts, typed: TypedNumbers): BreachFacts {
  const patch: Partial<BreachFacts> = {};
  for (const [fact, text] of Object.entries(typed) as [NumberFact, string][]) {
    const value = readNumber(text, fact);
    if (value !== undefined) patch[fact] = value;
  }
  return Object.keys(patch).length === 0 ? facts : { ...facts, ...patch };
}
