import { DATA_CATEGORIES } from './facts';
import type { Answer, BreachFacts, Cause, CompleteFacts, Recipient } from './facts';
import type { Judgement } from './judge';
import { judge } from './judge';
import { readCautiously } from './reading';
import type { CautiousReading } from './reading';
import type { LocalText } from './reasons';

// Which facts the user should find out next. A fact is listed when it is not known and knowing it
// could change a conclusion: the engine meanwhile takes the cautious side (EDPB 9/2022 §IV.B).

export interface UnknownFact {
  fact: keyof BreachFacts;
  why: LocalText;
}

type Listable = Exclude<keyof BreachFacts, 'role' | 'recordCount'>;

/** What to find out for each fact, in the order a DPO would ask. */
const WHY: Record<Listable, LocalText> = {
  personalData: {
    nb: 'Finn ut om personopplysninger faktisk er berørt. Er de det, er dette et brudd som må vurderes videre.',
    en: 'Find out whether personal data is in fact affected. If it is, this is a breach that must be assessed further.',
  },
  confidentiality: {
    nb: 'Finn ut om noen uten rett har sett eller hentet ut opplysningene, for eksempel ved å gå gjennom logger.',
    en: 'Find out whether anyone not entitled saw or obtained the data, for example from the logs.',
  },
  integrity: {
    nb: 'Finn ut om opplysninger er endret, og i så fall hvilke.',
    en: 'Find out whether any data was altered, and if so which.',
  },
  availability: {
    nb: 'Finn ut om opplysninger er tapt, slettet eller har vært utilgjengelige.',
    en: 'Find out whether any data was lost, deleted or unavailable.',
  },
  cause: {
    nb: 'Finn ut hvordan opplysningene kom på avveie. Er utstyr eller dokumenter tapt eller stjålet, regnes de som i ukjente hender.',
    en: 'Find out how the data got out. If devices or documents were lost or stolen, the data counts as in unknown hands.',
  },
  malicious: {
    nb: 'Finn ut om bruddet skyldes en bevisst handling eller et uhell.',
    en: 'Find out whether the breach was deliberate or an accident.',
  },
  dataCategories: {
    nb: 'Finn ut hvilke typer personopplysninger som er berørt, særlig om helseopplysninger, fødselsnummer, økonomiske opplysninger eller straffbare forhold er med.',
    en: 'Find out which kinds of personal data are affected, especially whether health data, national identity numbers, financial data or criminal records are included.',
  },
  subjectCount: {
    nb: 'Anslå hvor mange personer som er berørt.',
    en: 'Estimate how many people are affected.',
  },
  vulnerableSubjects: {
    nb: 'Finn ut om barn, pasienter eller andre i en sårbar situasjon er blant de berørte.',
    en: 'Find out whether children, patients or others in a vulnerable position are among those affected.',
  },
  protection: {
    nb: 'Finn ut om opplysningene var kryptert eller hashet, og om nøkkelen er trygg.',
    en: 'Find out whether the data was encrypted or hashed, and whether the key is safe.',
  },
  recipient: {
    nb: 'Finn ut hvem som har fått opplysningene: en betrodd mottaker, en tilfeldig person eller noen med ondsinnede hensikter.',
    en: 'Find out who got the data: a trusted recipient, a stranger or someone with malicious intent.',
  },
  dataRecovered: {
    nb: 'Finn ut om opplysningene er hentet tilbake eller gjenopprettet, eller om mottakeren har bekreftet at de er slettet uten at kopier er beholdt.',
    en: 'Find out whether the data has been retrieved or restored, or whether the recipient has confirmed deletion with no copies kept.',
  },
  outageHours: {
    nb: 'Finn ut hvor lenge opplysningene var utilgjengelige.',
    en: 'Find out how long the data was unavailable.',
  },
  misuseObserved: {
    nb: 'Se etter tegn på misbruk, for eksempel svindelforsøk, falske fakturaer eller innlogginger på berørte kontoer.',
    en: 'Look for signs of misuse, such as fraud attempts, fake invoices or logins to affected accounts.',
  },
  highRiskNeutralised: {
    nb: 'Finn ut om tiltak etter bruddet gjør at den høye risikoen sannsynligvis ikke lenger vil inntreffe, for eksempel at kontoer ble sperret før noen rakk å bruke dem.',
    en: 'Find out whether measures taken since the breach mean the high risk is no longer likely to materialise, for example accounts locked before anyone could use them.',
  },
  disproportionateEffort: {
    nb: 'Finn ut om det er mulig å underrette hver enkelt, for eksempel om dere har kontaktopplysninger til dem.',
    en: 'Find out whether each person can be informed individually, for example whether you have their contact details.',
  },
  availabilityEffect: {
    nb: 'Finn ut hva det gjorde med folk at opplysningene var borte: ble behandling eller omsorg forsinket, frister oversittet, penger eller tjenester tapt – eller ble ingen berørt?',
    en: 'Find out what the data being out of reach did to people: was care delayed, were deadlines missed, money or services lost – or was nobody affected?',
  },
  neutralisingMeasure: {
    nb: 'Oppgi hvilket tiltak som fjernet den høye risikoen, for eksempel at passord er tilbakestilt eller kort sperret.',
    en: 'Name the measure that removed the high risk, for example passwords reset or cards blocked.',
  },
  minorDetail: {
    nb: 'Vurder om opplysningene sier mindre enn kategorien tilsier, for eksempel en matpreferanse i stedet for en diagnose.',
    en: 'Consider whether the data reveals less than its kind suggests, for example a food preference rather than a diagnosis.',
  },
};

const LISTABLE = Object.keys(WHY) as Listable[];

export function isUnknown(facts: CompleteFacts, fact: keyof BreachFacts): boolean {
  const value = facts[fact];
  return value === 'unknown' || value === null || (Array.isArray(value) && value.length === 0);
}

/**
 * The recipient that leaves the data least exposed (reading.ts, exposureOf): back with a trusted
 * recipient when it is or may be recovered; otherwise nobody, unless the device or file was lost,
 * when even an unrecovered copy with a trusted recipient is better than one in unknown hands.
 */
function leastExposed(recovered: Answer, cause: Cause): Recipient {
  if (recovered !== 'no') return 'trusted';
  return cause === 'lost-or-stolen' || cause === 'unknown' ? 'trusted' : 'none';
}

/** Every unknown fact resolved to its best or its worst value; known facts stay as they are. */
export function resolveUnknowns(facts: CompleteFacts, side: 'best' | 'worst'): CompleteFacts {
  const best = side === 'best';
  const bad = best ? 'no' : 'yes';
  const good = best ? 'yes' : 'no';
  const cause: Cause = facts.cause !== 'unknown' ? facts.cause : best ? 'human-error' : 'lost-or-stolen';
  const recovered: Answer = facts.dataRecovered !== 'unknown' ? facts.dataRecovered : good;
  const extreme: CompleteFacts = {
    role: facts.role,
    personalData: bad,
    confidentiality: bad,
    integrity: bad,
    availability: bad,
    cause,
    malicious: bad,
    dataCategories: best ? ['identity'] : [...DATA_CATEGORIES],
    subjectCount: best ? 1 : Number.MAX_SAFE_INTEGER,
    recordCount: best ? 1 : Number.MAX_SAFE_INTEGER,
    vulnerableSubjects: bad,
    protection: best ? 'encrypted' : 'none',
    recipient: best ? leastExposed(recovered, cause) : 'malicious',
    dataRecovered: recovered,
    outageHours: best ? 0 : Number.MAX_SAFE_INTEGER,
    misuseObserved: bad,
    highRiskNeutralised: good,
    disproportionateEffort: good,
    availabilityEffect: best ? 'none' : 'severe',
    neutralisingMeasure: best ? 'credentials-reset' : 'none',
    minorDetail: good,
  };
  const resolved: Record<string, unknown> = { ...facts };
  for (const key of Object.keys(facts) as (keyof BreachFacts)[]) {
    if (isUnknown(facts, key)) resolved[key] = extreme[key];
  }
  return resolved as unknown as CompleteFacts;
}

/** Known values worth trying for a fact, to see whether knowing it alone would change a conclusion. */
const TRIALS: { [K in Listable]: readonly CompleteFacts[K][] } = {
  personalData: ['yes', 'no'],
  confidentiality: ['yes', 'no'],
  integrity: ['yes', 'no'],
  availability: ['yes', 'no'],
  malicious: ['yes', 'no'],
  cause: ['human-error', 'lost-or-stolen', 'external-attack'],
  dataCategories: [...DATA_CATEGORIES.map((c) => [c]), [...DATA_CATEGORIES], ['contact', 'location']],
  subjectCount: [1, 10_000_000],
  vulnerableSubjects: ['yes', 'no'],
  protection: ['none', 'encrypted', 'hashed', 'pseudonymised'],
  recipient: ['none', 'trusted', 'untrusted', 'malicious'],
  dataRecovered: ['yes', 'no'],
  outageHours: [0, 1, 10_000],
  misuseObserved: ['yes', 'no'],
  highRiskNeutralised: ['yes', 'no'],
  disproportionateEffort: ['yes', 'no'],
  availabilityEffect: ['none', 'inconvenience', 'significant', 'severe'],
  neutralisingMeasure: ['none', 'credentials-reset'],
  minorDetail: ['yes', 'no'],
};

/**
 * The conclusions a fact can change. The score is advisory and does not count. Nor does naming
 * 34(3)(a) for data whose risk is not high anyway: nobody is told either way.
 */
const outcomeOf = (j: Judgement): string =>
  JSON.stringify([
    j.personalDataCompromised,
    j.risk,
    j.notifyAuthority,
    j.notifySubjects,
    j.notifyController,
    j.risk === 'high' ? j.subjectException : null,
  ]);

/** Whether an unknown fact bears on the conclusions, given what is known. */
function bearsOnConclusions(
  fact: Listable,
  facts: CompleteFacts,
  reading: CautiousReading,
  current: Judgement,
): boolean {
  const readable = reading.confidentiality && facts.protection !== 'encrypted';
  switch (fact) {
    case 'subjectCount':
      return reading.confidentiality || reading.integrity;
    case 'protection':
      return reading.confidentiality;
    case 'recipient':
    case 'minorDetail':
      return readable || reading.integrity;
    case 'misuseObserved':
      return readable || reading.integrity || facts.highRiskNeutralised === 'yes';
    case 'dataRecovered':
      return (
        (readable && facts.recipient !== 'none' && facts.recipient !== 'malicious') ||
        reading.integrity ||
        reading.availability
      );
    case 'malicious':
      return readable && facts.recipient !== 'malicious' && facts.misuseObserved !== 'yes';
    case 'outageHours':
      return reading.availability && facts.dataRecovered !== 'no';
    case 'availabilityEffect':
      return reading.availability;
    case 'cause':
      return readable && facts.recipient === 'none';
    case 'neutralisingMeasure':
      return facts.role === 'controller' && current.risk === 'high' && facts.highRiskNeutralised !== 'no';
    case 'highRiskNeutralised':
      return facts.role === 'controller' && current.risk === 'high';
    case 'disproportionateEffort':
      return facts.role === 'controller' && current.risk === 'high' && facts.highRiskNeutralised !== 'yes';
    default:
      return true;
  }
}

/** Whether knowing this one fact, with everything else as it stands, could change a conclusion. */
function decisive(fact: Listable, facts: CompleteFacts, current: string): boolean {
  return (TRIALS[fact] as readonly unknown[]).some(
    (value) => outcomeOf(judge({ ...facts, [fact]: value } as CompleteFacts)) !== current,
  );
}

export function findUnknowns(facts: CompleteFacts, current: Judgement): UnknownFact[] {
  // Nothing can change when the best and the worst case agree: the conclusions move one way only.
  if (outcomeOf(judge(resolveUnknowns(facts, 'best'))) === outcomeOf(judge(resolveUnknowns(facts, 'worst'))))
    return [];
  const reading = readCautiously(facts);
  const now = outcomeOf(current);
  const open = LISTABLE.filter((fact) => isUnknown(facts, fact));
  // First what could change the conclusion on its own, then what could together with others.
  const first = open.filter((fact) => decisive(fact, facts, now));
  const then = open.filter(
    (fact) => !first.includes(fact) && bearsOnConclusions(fact, facts, reading, current),
  );
  return [...first, ...then].map((fact) => ({ fact, why: WHY[fact] }));
}
