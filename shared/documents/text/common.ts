import type {
  Answer,
  Cause,
  DataCategory,
  Protection,
  Recipient,
  RiskLevel,
  SeverityLevel,
  SubjectException,
} from '../../assessment';
import type { DetectionMethod, InformedStatus, SubjectCategory } from '../types';
import type { Lang } from '../../i18n/lang';

// The vocabulary every document shares, in bokmål and English. Legal terms follow the Norwegian
// text of the GDPR (Prop. 56 LS (2017–2018)) and Datatilsynet's own wording (DOMAIN.md §2–3).

export type ByLang<T> = Record<Lang, T>;

export const NOT_KNOWN: ByLang<string> = { nb: 'ikke kjent ennå', en: 'not yet known' };

/** A list the record keeps (other parties, other authorities, measures) with nothing in it. */
export const NONE_RECORDED: ByLang<string> = { nb: 'Ingen registrert', en: 'None recorded' };

export const ANSWER: ByLang<Record<Answer, string>> = {
  nb: { yes: 'Ja', no: 'Nei', unknown: NOT_KNOWN.nb },
  en: { yes: 'Yes', no: 'No', unknown: NOT_KNOWN.en },
};

export const CAUSE: ByLang<Record<Cause, string>> = {
  nb: {
    'external-attack': 'Angrep utenfra',
    insider: 'Handling fra innsider (ansatt eller andre med tilgang)',
    'human-error': 'Menneskelig feil',
    'system-failure': 'Teknisk feil eller systemsvikt',
    'lost-or-stolen': 'Tap eller tyveri av utstyr eller dokumenter',
    unknown: NOT_KNOWN.nb,
  },
  en: {
    'external-attack': 'External attack',
    insider: 'Act by an insider (employee or others with access)',
    'human-error': 'Human error',
    'system-failure': 'Technical fault or system failure',
    'lost-or-stolen': 'Equipment or documents lost or stolen',
    unknown: NOT_KNOWN.en,
  },
};

/** Formal names, for the notice and the register; the special categories say their article. */
export const DATA_CATEGORY: ByLang<Record<DataCategory, string>> = {
  nb: {
    identity: 'identitetsopplysninger (navn, fødselsdato)',
    contact: 'kontaktopplysninger (adresse, telefon, e-post)',
    'national-id': 'fødselsnummer eller D-nummer',
    financial: 'økonomiske opplysninger (kontonummer, betalingskort, inntekt)',
    credentials: 'brukernavn og passord',
    location: 'lokasjonsopplysninger',
    communications: 'innholdet i kommunikasjon (e-post, meldinger)',
    behaviour: 'opplysninger om atferd, vaner og preferanser',
    employment: 'opplysninger om arbeidsforhold',
    health: 'helseopplysninger (særlig kategori, art. 9)',
    'special-category': 'andre særlige kategorier av personopplysninger (art. 9)',
    criminal: 'opplysninger om straffedommer og lovovertredelser (art. 10)',
    'protected-identity': 'opplysninger som kan avsløre skjult identitet eller fortrolig adresse',
    'sensitive-service': 'opplysninger som avslører at personen bruker en tjeneste som sier noe privat om dem',
    'professional-secrecy': 'opplysninger underlagt taushetsplikt',
  },
  en: {
    identity: 'identity data (name, date of birth)',
    contact: 'contact details (address, phone, e-mail)',
    'national-id': 'national identity number (fødselsnummer or D-number)',
    financial: 'financial data (account number, payment card, income)',
    credentials: 'user names and passwords',
    location: 'location data',
    communications: 'content of communications (e-mail, messages)',
    behaviour: 'data on behaviour, habits and preferences',
    employment: 'employment data',
    health: 'health data (special category, Art. 9)',
    'special-category': 'other special categories of personal data (Art. 9)',
    criminal: 'data on criminal convictions and offences (Art. 10)',
    'protected-identity': 'data that can reveal a hidden identity or a confidential address',
    'sensitive-service': 'data revealing that the person uses a service that says something private about them',
    'professional-secrecy': 'data covered by professional secrecy',
  },
};

export const SUBJECT_CATEGORY: ByLang<Record<SubjectCategory, string>> = {
  nb: {
    customers: 'kunder',
    employees: 'ansatte',
    'job-applicants': 'jobbsøkere',
    patients: 'pasienter',
    students: 'elever og studenter',
    minors: 'barn (under 18 år)',
    users: 'brukere',
    subscribers: 'abonnenter',
    members: 'medlemmer',
    vulnerable: 'sårbare personer',
    other: 'andre',
  },
  en: {
    customers: 'customers',
    employees: 'employees',
    'job-applicants': 'job applicants',
    patients: 'patients',
    students: 'pupils and students',
    minors: 'children (under 18)',
    users: 'users',
    subscribers: 'subscribers',
    members: 'members',
    vulnerable: 'vulnerable people',
    other: 'others',
  },
};

export const DETECTION: ByLang<Record<DetectionMethod, string>> = {
  nb: {
    'internal-control': 'Oppdaget gjennom virksomhetens egne kontroller',
    staff: 'Oppdaget av en ansatt',
    'data-subject': 'Varslet av en registrert',
    processor: 'Varslet av databehandler',
    'third-party': 'Varslet av en annen utenforstående',
    'attacker-demand': 'Gjennom krav fra angriperen (f.eks. løsepengekrav)',
    media: 'Gjennom media',
    other: 'Annet',
  },
  en: {
    'internal-control': "Detected by the organisation's own controls",
    staff: 'Detected by a member of staff',
    'data-subject': 'Notified by a data subject',
    processor: 'Notified by a processor',
    'third-party': 'Notified by another outside party',
    'attacker-demand': "Through the attacker's demand (e.g. a ransom note)",
    media: 'Through the media',
    other: 'Other',
  },
};

export const PROTECTION: ByLang<Record<Protection, string>> = {
  nb: {
    none: 'Ingen: opplysningene var lesbare',
    encrypted: 'Kryptert, og nøkkelen er ikke kompromittert',
    'encrypted-key-compromised': 'Kryptert, men nøkkelen er kompromittert',
    hashed: 'Hashet med en sterk metode',
    'hashed-weak': 'Hashet med en svak metode',
    'encryption-bypassed': 'Kryptert på disk, men hentet fra et kjørende og opplåst system: lesbare',
    pseudonymised: 'Pseudonymisert, og nøkkelen er ikke kompromittert',
    unknown: NOT_KNOWN.nb,
  },
  en: {
    none: 'None: the data was readable',
    encrypted: 'Encrypted, and the key is not compromised',
    'encrypted-key-compromised': 'Encrypted, but the key is compromised',
    hashed: 'Hashed with a strong method',
    'hashed-weak': 'Hashed with a weak method',
    'encryption-bypassed': 'Encrypted at rest, but taken from a running, unlocked system: readable',
    pseudonymised: 'Pseudonymised, and the key is not compromised',
    unknown: NOT_KNOWN.en,
  },
};

export const RECIPIENT: ByLang<Record<Recipient, string>> = {
  nb: {
    none: 'Ingen kjent mottaker',
    trusted: 'En betrodd mottaker',
    untrusted: 'En mottaker som ikke er betrodd',
    malicious: 'En ondsinnet aktør',
    published: 'Offentlig tilgjengelig for et ukjent antall personer',
    unknown: NOT_KNOWN.nb,
  },
  en: {
    none: 'No known recipient',
    trusted: 'A trusted recipient',
    untrusted: 'A recipient who is not trusted',
    malicious: 'A malicious actor',
    published: 'Publicly available to an unknown number of people',
    unknown: NOT_KNOWN.en,
  },
};

export const RISK: ByLang<Record<RiskLevel, string>> = {
  nb: {
    none: 'Vil sannsynligvis ikke medføre risiko for de registrertes rettigheter og friheter',
    risk: 'Risiko for de registrertes rettigheter og friheter (ikke høy)',
    high: 'Høy risiko for de registrertes rettigheter og friheter',
  },
  en: {
    none: "Unlikely to result in a risk to the data subjects' rights and freedoms",
    risk: "A risk to the data subjects' rights and freedoms (not high)",
    high: "A high risk to the data subjects' rights and freedoms",
  },
};

export const RISK_SHORT: ByLang<Record<RiskLevel, string>> = {
  nb: { none: 'Ingen risiko', risk: 'Risiko', high: 'Høy risiko' },
  en: { none: 'No risk', risk: 'Risk', high: 'High risk' },
};

export const SEVERITY: ByLang<Record<SeverityLevel, string>> = {
  nb: { low: 'Lav', medium: 'Middels', high: 'Høy', 'very-high': 'Svært høy' },
  en: { low: 'Low', medium: 'Medium', high: 'High', 'very-high': 'Very high' },
};

export const EXCEPTION: ByLang<Record<SubjectException, string>> = {
  nb: {
    encrypted: 'Art. 34 nr. 3 bokstav a: opplysningene er uleselige for uvedkommende, f.eks. kryptert',
    'subsequent-measures':
      'Art. 34 nr. 3 bokstav b: etterfølgende tiltak gjør at den høye risikoen sannsynligvis ikke lenger vil inntreffe',
    'disproportionate-effort':
      'Art. 34 nr. 3 bokstav c: uforholdsmessig stor innsats, allmennheten underrettes i stedet',
  },
  en: {
    encrypted: 'Art. 34(3)(a): the data is unintelligible to anyone not authorised, e.g. encrypted',
    'subsequent-measures':
      'Art. 34(3)(b): subsequent measures mean the high risk is no longer likely to materialise',
    'disproportionate-effort':
      'Art. 34(3)(c): disproportionate effort, a public communication is made instead',
  },
};

export const INFORMED: ByLang<Record<InformedStatus, string>> = {
  nb: {
    yes: 'Ja',
    planned: 'Ikke ennå, det er planlagt',
    'not-decided': 'Ikke ennå, tidspunktet er ikke bestemt',
    'no-investigating': 'Nei, undersøkelsene pågår',
    'no-not-high-risk': 'Nei, bruddet medfører ikke høy risiko',
    'no-exception': 'Nei, et unntak i art. 34 nr. 3 gjelder',
  },
  en: {
    yes: 'Yes',
    planned: 'Not yet, it is planned',
    'not-decided': 'Not yet, the date is not decided',
    'no-investigating': 'No, the investigation is ongoing',
    'no-not-high-risk': 'No, the breach does not result in a high risk',
    'no-exception': 'No, an exception in Art. 34(3) applies',
  },
};

export const BREACH_TYPE: ByLang<{ confidentiality: string; integrity: string; availability: string }> = {
  nb: {
    confidentiality: 'Brudd på konfidensialitet',
    integrity: 'Brudd på integritet',
    availability: 'Brudd på tilgjengelighet',
  },
  en: {
    confidentiality: 'Breach of confidentiality',
    integrity: 'Breach of integrity',
    availability: 'Breach of availability',
  },
};

export const BREACH_TYPE_SHORT: ByLang<{ confidentiality: string; integrity: string; availability: string }> =
  {
    nb: { confidentiality: 'K', integrity: 'I', availability: 'T' },
    en: { confidentiality: 'C', integrity: 'I', availability: 'A' },
  };

export const CONTACT_LABELS: ByLang<{
  name: string;
  role: string;
  orgNumber: string;
  address: string;
  email: string;
  phone: string;
}> = {
  nb: {
    name: 'Navn',
    role: 'Rolle',
    orgNumber: 'Organisasjonsnummer',
    address: 'Adresse',
    email: 'E-post',
    phone: 'Telefon',
  },
  en: {
    name: 'Name',
    role: 'Role',
    orgNumber: 'Organisation number',
    address: 'Address',
    email: 'E-mail',
    phone: 'Phone',
  },
};

export const PAGE: ByLang<(page: number, total: number) => string> = {
  nb: (page, total) => `Side ${page} av ${total}`,
  en: (page, total) => `Page ${page} of ${total}`,
};
