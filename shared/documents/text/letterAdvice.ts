import type { BreachFacts, DataCategory } from '../../assessment';
import type { ByLang } from './common';
import type { Lang } from '../../i18n/lang';

// What a breach may mean for a person and what they can do about it, in plain words, from the
// facts (recital 86; Datatilsynet's examples: credit freeze, tell the bank). The user's own words
// come first in the letter; these make sure the letter is never silent on either question.

type Topic =
  'credentials' | 'national-id' | 'financial' | 'contact' | 'sensitive' | 'private-life' | 'employment';

const TOPIC_OF: Record<DataCategory, Topic | null> = {
  identity: 'contact',
  contact: 'contact',
  'national-id': 'national-id',
  financial: 'financial',
  credentials: 'credentials',
  location: 'private-life',
  communications: 'private-life',
  behaviour: 'private-life',
  employment: 'employment',
  health: 'sensitive',
  'special-category': 'sensitive',
  criminal: 'sensitive',
  'protected-identity': 'sensitive',
  'sensitive-service': 'sensitive',
  'professional-secrecy': 'sensitive',
};

const TOPIC_ORDER: Topic[] = [
  'credentials',
  'national-id',
  'financial',
  'contact',
  'sensitive',
  'private-life',
  'employment',
];

const CONSEQUENCE: ByLang<Record<Topic, string>> = {
  nb: {
    credentials:
      'Noen kan prøve å logge inn på kontoen din, hos oss eller på andre tjenester der du bruker det samme passordet.',
    'national-id':
      'Fødselsnummeret ditt kan misbrukes av noen som vil utgi seg for å være deg, for eksempel for å ta opp lån eller handle på kreditt.',
    financial: 'Opplysningene kan misbrukes til svindel som kan gi deg økonomisk tap.',
    contact:
      'Du kan bli kontaktet av svindlere på e-post, SMS eller telefon som utgir seg for å være oss eller andre du stoler på.',
    sensitive:
      'Andre kan ha fått kjennskap til sensitive opplysninger om deg. Det kan oppleves som belastende, og kan i verste fall føre til forskjellsbehandling.',
    'private-life':
      'Andre kan ha fått innsyn i privatlivet ditt, for eksempel hvor du har vært, hva du har gjort eller hva du har skrevet.',
    employment: 'Andre kan ha fått innsyn i opplysninger om arbeidsforholdet ditt.',
  },
  en: {
    credentials:
      'Someone may try to log in to your account, with us or with other services where you use the same password.',
    'national-id':
      'Your national identity number could be misused by someone pretending to be you, for example to take out a loan or buy on credit.',
    financial: 'The information could be misused for fraud that could cause you financial loss.',
    contact:
      'Fraudsters may contact you by e-mail, text message or phone, pretending to be us or someone else you trust.',
    sensitive:
      'Others may have learned sensitive information about you. This can be distressing, and at worst could lead to discrimination.',
    'private-life':
      'Others may have gained insight into your private life, for example where you have been, what you have done or what you have written.',
    employment: 'Others may have gained insight into information about your employment.',
  },
};

const ADVICE: ByLang<Record<Topic, string>> = {
  nb: {
    credentials:
      'Bytt passordet ditt hos oss, og på andre tjenester der du har brukt det samme passordet. Slå på totrinnsbekreftelse der du kan.',
    'national-id':
      'Vurder å sperre deg mot kredittvurderinger (kredittsperre). Da kan ingen ta opp lån eller handle på kreditt i ditt navn før du selv opphever sperren.',
    financial:
      'Følg med på kontoen og kortet ditt. Kontakt banken din med en gang hvis du ser trekk du ikke kjenner igjen. Banken kan sperre kortet.',
    contact:
      'Vær ekstra på vakt mot e-post, SMS og telefoner som ber deg om passord, koder eller betaling, også når de ser ut til å komme fra oss. Vi ber deg aldri om passord eller BankID-koder.',
    sensitive:
      'Hvis noen kontakter deg og viser til disse opplysningene, ikke gi fra deg mer informasjon, og si fra til oss.',
    'private-life':
      'Hvis noen kontakter deg og viser til disse opplysningene, ikke gi fra deg mer informasjon, og si fra til oss.',
    employment:
      'Hvis noen kontakter deg og viser til disse opplysningene, ikke gi fra deg mer informasjon, og si fra til oss.',
  },
  en: {
    credentials:
      'Change your password with us, and with other services where you have used the same password. Turn on two-step verification where you can.',
    'national-id':
      'Consider a credit freeze (kredittsperre). Then nobody can take out a loan or buy on credit in your name until you lift the freeze yourself.',
    financial:
      'Keep an eye on your account and card. Contact your bank at once if you see payments you do not recognise. The bank can block the card.',
    contact:
      'Be extra careful with e-mails, text messages and calls that ask for passwords, codes or payment, even when they seem to come from us. We will never ask for your password or BankID codes.',
    sensitive:
      'If anyone contacts you and refers to this information, do not give out more information, and let us know.',
    'private-life':
      'If anyone contacts you and refers to this information, do not give out more information, and let us know.',
    employment:
      'If anyone contacts you and refers to this information, do not give out more information, and let us know.',
  },
};

const GENERAL: ByLang<{ availability: string; integrity: string; police: string }> = {
  nb: {
    availability:
      'Opplysningene om deg har vært utilgjengelige i en periode. Det kan ha forsinket tjenester eller saker som gjelder deg.',
    integrity:
      'Opplysninger om deg kan ha blitt endret av noen som ikke hadde lov til det. Vi kontrollerer og retter opplysningene.',
    police: 'Hvis du tror at opplysningene dine er misbrukt, kan du anmelde det til politiet.',
  },
  en: {
    availability:
      'Information about you has been unavailable for a while. This may have delayed services or matters that concern you.',
    integrity:
      'Information about you may have been changed by someone not allowed to. We are checking and correcting it.',
    police: 'If you believe your information has been misused, you can report it to the police.',
  },
};

/**
 * The categories of data in words a person understands, without article numbers and without a
 * label's examples: a letter names only what was affected (DOMAIN.md §3.4), so "identity data" never
 * becomes "your name and date of birth" when only a name was lost.
 */
export const PLAIN_CATEGORY: ByLang<Record<DataCategory, string>> = {
  nb: {
    identity: 'identitetsopplysninger om deg',
    contact: 'kontaktopplysningene dine',
    'national-id': 'fødselsnummeret eller D-nummeret ditt',
    financial: 'økonomiske opplysninger om deg',
    credentials: 'innloggingsopplysningene dine',
    location: 'opplysninger om hvor du har vært',
    communications: 'innholdet i kommunikasjonen din',
    behaviour: 'opplysninger om vanene og preferansene dine',
    employment: 'opplysninger om arbeidsforholdet ditt',
    health: 'helseopplysninger om deg',
    'special-category': 'andre sensitive opplysninger om deg',
    criminal: 'opplysninger om straffedommer eller lovbrudd',
    'protected-identity': 'opplysninger som kan avsløre hvem du er eller hvor du bor',
    'sensitive-service': 'at du bruker en tjeneste hos oss',
    'professional-secrecy': 'opplysninger om deg som er underlagt taushetsplikt',
  },
  en: {
    identity: 'identity information about you',
    contact: 'your contact details',
    'national-id': 'your national identity number (fødselsnummer or D-number)',
    financial: 'financial information about you',
    credentials: 'your log-in details',
    location: 'information about where you have been',
    communications: 'the content of your communications',
    behaviour: 'information about your habits and preferences',
    employment: 'information about your employment',
    health: 'health information about you',
    'special-category': 'other sensitive information about you',
    criminal: 'information about criminal convictions or offences',
    'protected-identity': 'information that can reveal who you are or where you live',
    'sensitive-service': 'that you use a service of ours',
    'professional-secrecy': 'information about you covered by professional secrecy',
  },
};

function topics(facts: BreachFacts): Topic[] {
  const found = new Set(facts.dataCategories.map((c) => TOPIC_OF[c]).filter((t): t is Topic => t !== null));
  return TOPIC_ORDER.filter((t) => found.has(t));
}

/** Plain-language consequences for the person; empty when nothing is known yet. */
export function plainConsequences(facts: BreachFacts, lang: Lang): string[] {
  const out = facts.confidentiality === 'no' ? [] : topics(facts).map((t) => CONSEQUENCE[lang][t]);
  if (facts.integrity === 'yes') out.push(GENERAL[lang].integrity);
  if (facts.availability === 'yes') out.push(GENERAL[lang].availability);
  return out;
}

/** Practical advice for the person, ending with the police; duplicates removed. */
export function plainAdvice(facts: BreachFacts, lang: Lang): string[] {
  const advice = facts.confidentiality === 'no' ? [] : topics(facts).map((t) => ADVICE[lang][t]);
  return [...new Set([...advice, GENERAL[lang].police])];
}
