import type { BreachFacts, DataCategory } from '../../assessment';
import type { ByLang } from './common';
import type { Lang } from '../../i18n/lang';

// The kinds of harm a breach can do to people (GDPR recital 85; EDPB template fields 85–86; the
// examples on Datatilsynet's page on informing those affected), derived from the facts so the
// notice names them even before anyone has written a word.

export type Harm =
  | 'loss-of-control'
  | 'identity-theft'
  | 'fraud'
  | 'financial-loss'
  | 'discrimination'
  | 'reputation'
  | 'professional-secrecy'
  | 'limitation-of-rights'
  | 'wrong-decisions'
  | 'life-or-health';

export const HARM: ByLang<Record<Harm, string>> = {
  nb: {
    'loss-of-control': 'tap av kontroll over egne personopplysninger',
    'identity-theft': 'ID-tyveri',
    fraud: 'bedrageri eller svindel, også målrettede svindelforsøk (phishing)',
    'financial-loss': 'økonomisk tap',
    discrimination: 'diskriminering eller forskjellsbehandling',
    reputation: 'tap av omdømme',
    'professional-secrecy': 'tap av konfidensialitet for opplysninger underlagt taushetsplikt',
    'limitation-of-rights': 'begrensning av rettigheter eller tilgang til tjenester',
    'wrong-decisions': 'beslutninger tatt på grunnlag av feil opplysninger',
    'life-or-health': 'fare for liv eller helse',
  },
  en: {
    'loss-of-control': 'loss of control over their personal data',
    'identity-theft': 'identity theft',
    fraud: 'fraud, including targeted phishing',
    'financial-loss': 'financial loss',
    discrimination: 'discrimination',
    reputation: 'damage to reputation',
    'professional-secrecy': 'loss of confidentiality of data protected by professional secrecy',
    'limitation-of-rights': 'limitation of rights or of access to services',
    'wrong-decisions': 'decisions taken on incorrect data',
    'life-or-health': 'danger to life or health',
  },
};

const BY_CATEGORY: Record<DataCategory, Harm[]> = {
  identity: [],
  contact: ['fraud'],
  'national-id': ['identity-theft', 'fraud', 'financial-loss'],
  financial: ['fraud', 'financial-loss'],
  credentials: ['identity-theft', 'fraud'],
  location: ['reputation'],
  communications: ['reputation', 'professional-secrecy'],
  behaviour: ['reputation'],
  employment: ['reputation', 'discrimination'],
  health: ['discrimination', 'reputation', 'professional-secrecy'],
  'special-category': ['discrimination', 'reputation'],
  criminal: ['discrimination', 'reputation'],
  'protected-identity': ['life-or-health'],
  'sensitive-service': ['discrimination', 'reputation', 'professional-secrecy'],
  'professional-secrecy': ['professional-secrecy', 'reputation'],
};

const ORDER: Harm[] = Object.keys(HARM.nb) as Harm[];

/** The likely kinds of harm, most general first. Unknown facts count as possible. */
export function likelyHarms(facts: BreachFacts): Harm[] {
  const harms = new Set<Harm>();
  const maybe = (answer: 'yes' | 'no' | 'unknown'): boolean => answer !== 'no';
  if (maybe(facts.confidentiality)) {
    harms.add('loss-of-control');
    for (const category of facts.dataCategories) for (const harm of BY_CATEGORY[category]) harms.add(harm);
  }
  if (maybe(facts.integrity)) harms.add('wrong-decisions');
  if (maybe(facts.availability)) {
    harms.add('limitation-of-rights');
    if (facts.dataCategories.includes('health') && maybe(facts.vulnerableSubjects))
      harms.add('life-or-health');
  }
  return ORDER.filter((harm) => harms.has(harm));
}

export function harmLabels(facts: BreachFacts, lang: Lang): string[] {
  return likelyHarms(facts).map((harm) => HARM[lang][harm]);
}
