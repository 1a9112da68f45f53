// The facts of a breach, in the vocabulary incidents store and export (issue 3). A fact that is not
// known yet is 'unknown', null or an empty list: never a guess, and never read as "no".

export type Answer = 'yes' | 'no' | 'unknown';

export type DataCategory =
  | 'identity'
  | 'contact'
  | 'national-id'
  | 'financial'
  | 'credentials'
  | 'location'
  | 'communications'
  | 'behaviour'
  | 'employment'
  | 'health'
  | 'special-category'
  | 'criminal';

export type Role = 'controller' | 'processor';
export type Cause =
  'external-attack' | 'insider' | 'human-error' | 'system-failure' | 'lost-or-stolen' | 'unknown';
export type Protection =
  'none' | 'encrypted' | 'encrypted-key-compromised' | 'hashed' | 'hashed-weak' | 'unknown';
export type Recipient = 'none' | 'trusted' | 'untrusted' | 'malicious' | 'unknown';

export interface BreachFacts {
  role: Role;
  /** Were personal data affected at all? */
  personalData: Answer;
  /** Seen or obtained by someone not entitled. */
  confidentiality: Answer;
  /** Altered. */
  integrity: Answer;
  /** Lost, destroyed or unavailable. */
  availability: Answer;
  cause: Cause;
  malicious: Answer;
  /** Empty means "not known yet", not "no data". */
  dataCategories: DataCategory[];
  /** Approximate number of people. */
  subjectCount: number | null;
  recordCount: number | null;
  /** Children, patients, others in a weak position. */
  vulnerableSubjects: Answer;
  /** 'hashed' protects what a hash can protect (passwords); other categories count as clear text. */
  protection: Protection;
  /** Who got the data. */
  recipient: Recipient;
  /** The data is back under control: retrieved, deletion confirmed with no copies kept, or restored. */
  dataRecovered: Answer;
  /** How long data was unavailable. */
  outageHours: number | null;
  misuseObserved: Answer;
  /** Art. 34(3)(b): later measures make high risk unlikely. */
  highRiskNeutralised: Answer;
  /** Art. 34(3)(c): individual notice is not feasible. */
  disproportionateEffort: Answer;
}

export const ANSWERS = ['yes', 'no', 'unknown'] as const satisfies readonly Answer[];
export const ROLES = ['controller', 'processor'] as const satisfies readonly Role[];
export const CAUSES = [
  'external-attack',
  'insider',
  'human-error',
  'system-failure',
  'lost-or-stolen',
  'unknown',
] as const satisfies readonly Cause[];
export const PROTECTIONS = [
  'none',
  'encrypted',
  'encrypted-key-compromised',
  'hashed',
  'hashed-weak',
  'unknown',
] as const satisfies readonly Protection[];
export const RECIPIENTS = [
  'none',
  'trusted',
  'untrusted',
  'malicious',
  'unknown',
] as const satisfies readonly Recipient[];
export const DATA_CATEGORIES = [
  'identity',
  'contact',
  'national-id',
  'financial',
  'credentials',
  'location',
  'communications',
  'behaviour',
  'employment',
  'health',
  'special-category',
  'criminal',
] as const satisfies readonly DataCategory[];

/** The facts of a breach nobody has looked into yet: every fact unknown, for the given role. */
export function unknownFacts(role: Role = 'controller'): BreachFacts {
  return {
    role,
    personalData: 'unknown',
    confidentiality: 'unknown',
    integrity: 'unknown',
    availability: 'unknown',
    cause: 'unknown',
    malicious: 'unknown',
    dataCategories: [],
    subjectCount: null,
    recordCount: null,
    vulnerableSubjects: 'unknown',
    protection: 'unknown',
    recipient: 'unknown',
    dataRecovered: 'unknown',
    outageHours: null,
    misuseObserved: 'unknown',
    highRiskNeutralised: 'unknown',
    disproportionateEffort: 'unknown',
  };
}
