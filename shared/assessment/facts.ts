// The facts of a breach, in the vocabulary incidents store and export. A fact that is not
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
  | 'criminal'
  // What the context reveals (EDPB 9/2022 §IV.B "nature, sensitivity"; ENISA 2013 Annex A2): the
  // same name and address say more when they place a person in hiding or at a sensitive service.
  | 'protected-identity'
  | 'sensitive-service'
  | 'professional-secrecy';

export type Role = 'controller' | 'processor';
export type Cause =
  'external-attack' | 'insider' | 'human-error' | 'system-failure' | 'lost-or-stolen' | 'unknown';
/**
 * Whether the data stayed unreadable to whoever got it. 'encrypted' means the protection held
 * against this attack; 'encryption-bypassed' is encryption at rest that did not (copied from a
 * running, unlocked system, or by someone who could decrypt).
 */
export type Protection =
  | 'none'
  | 'encrypted'
  | 'encrypted-key-compromised'
  | 'hashed'
  | 'hashed-weak'
  | 'unknown'
  | 'encryption-bypassed'
  | 'pseudonymised';
/** 'published': publicly available, to an unknown number of people. */
export type Recipient = 'none' | 'trusted' | 'untrusted' | 'malicious' | 'unknown' | 'published';
/** What the loss of access did to people (EDPB 9/2022 §IV.B, type of breach and its consequences). */
export type AvailabilityEffect = 'none' | 'inconvenience' | 'significant' | 'severe' | 'unknown';
/** The measure that makes a high risk no longer likely, Art. 34(3)(b); 'none' when none was taken. */
export type NeutralisingMeasure =
  | 'none'
  | 'credentials-reset'
  | 'payment-blocked'
  | 'access-revoked'
  | 'copy-retrieved-unread'
  | 'other'
  | 'unknown';

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

  // Added later: optional, so records made before them still load; absent means 'unknown'.
  /** What being without the data did to people: care delayed, deadlines missed, money lost. */
  availabilityEffect?: AvailabilityEffect;
  /** Art. 34(3)(b): which measure took the high risk away. */
  neutralisingMeasure?: NeutralisingMeasure;
  /** ENISA 2013 Annex A2: the data reveal less than their kind suggests (a food preference, not a diagnosis). */
  minorDetail?: Answer;
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
  'encryption-bypassed',
  'pseudonymised',
  'unknown',
] as const satisfies readonly Protection[];
export const RECIPIENTS = [
  'none',
  'trusted',
  'untrusted',
  'malicious',
  'published',
  'unknown',
] as const satisfies readonly Recipient[];
export const AVAILABILITY_EFFECTS = [
  'none',
  'inconvenience',
  'significant',
  'severe',
  'unknown',
] as const satisfies readonly AvailabilityEffect[];
export const NEUTRALISING_MEASURES = [
  'none',
  'credentials-reset',
  'payment-blocked',
  'access-revoked',
  'copy-retrieved-unread',
  'other',
  'unknown',
] as const satisfies readonly NeutralisingMeasure[];
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
  'protected-identity',
  'sensitive-service',
  'professional-secrecy',
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
    availabilityEffect: 'unknown',
    neutralisingMeasure: 'unknown',
    minorDetail: 'unknown',
  };
}

/** Every fact with a value: the later, optional facts read as 'unknown' when a record lacks them. */
export type CompleteFacts = Required<BreachFacts>;

export function completeFacts(facts: BreachFacts): CompleteFacts {
  return {
    ...facts,
    availabilityEffect: facts.availabilityEffect ?? 'unknown',
    neutralisingMeasure: facts.neutralisingMeasure ?? 'unknown',
    minorDetail: facts.minorDetail ?? 'unknown',
  };
}
