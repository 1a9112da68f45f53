import type {
  CountPrecision,
  IncidentType,
  OtherAuthorityKind,
  PartyRole,
  PoliceStatus,
  SecurityMeasure,
} from '../../incident/vocabulary';
import type { ByLang } from './common';

// Words for the record's vocabularies (shared/incident/vocabulary) as the documents print them,
// after the EDPB common template's options (DOMAIN.md §2.2) in proposed Norwegian.

export const INCIDENT_TYPE: ByLang<Record<IncidentType, string>> = {
  nb: {
    'employee-misuse': 'ansatt som misbruker tilgang',
    ransomware: 'løsepengevirus',
    'hacking-malware': 'hacking eller skadevare',
    phishing: 'phishing eller sosial manipulering',
    'exploited-vulnerability': 'utnyttet sårbarhet',
    'unauthorised-access': 'uautorisert tilgang',
    exfiltration: 'uthenting av data',
    'wrong-person-data-shown': 'opplysninger om feil person vist',
    'device-lost-stolen': 'mistet eller stjålet enhet',
    'e-waste': 'elektronisk avfall ikke slettet',
    'paper-disposal': 'papir kastet på feil måte',
    'mail-misdelivered': 'post tapt, åpnet eller levert feil',
    misconfiguration: 'feilkonfigurasjon',
    'incorrect-access-rights': 'feil tilgangsrettigheter',
    'paper-lost-stolen': 'papirer mistet, stjålet eller ikke sikret',
    'data-deleted': 'opplysninger slettet eller ødelagt',
    'shown-to-wrong-recipient': 'vist til feil mottaker',
    'sent-by-mistake': 'sendt til feil mottaker',
    'no-bcc': 'e-post uten blindkopi (åpen mottakerliste)',
    'technical-malfunction': 'teknisk feil',
    'unauthorised-modification': 'uautorisert endring',
    'unintended-publication': 'publisert ved en feil',
    'verbal-disclosure': 'muntlig utlevering',
    other: 'annet',
  },
  en: {
    'employee-misuse': 'misuse of access by an employee',
    ransomware: 'ransomware',
    'hacking-malware': 'hacking or malware',
    phishing: 'phishing or social engineering',
    'exploited-vulnerability': 'exploited vulnerability',
    'unauthorised-access': 'unauthorised access',
    exfiltration: 'exfiltration',
    'wrong-person-data-shown': "data of the wrong person shown",
    'device-lost-stolen': 'device lost or stolen',
    'e-waste': 'e-waste not wiped',
    'paper-disposal': 'paper disposed of incorrectly',
    'mail-misdelivered': 'mail lost, opened or misdelivered',
    misconfiguration: 'misconfiguration',
    'incorrect-access-rights': 'incorrect access rights',
    'paper-lost-stolen': 'paper lost, stolen or left insecure',
    'data-deleted': 'data deleted or destroyed',
    'shown-to-wrong-recipient': 'shown to the wrong recipient',
    'sent-by-mistake': 'sent to the wrong recipient',
    'no-bcc': 'e-mail without BCC (open recipient list)',
    'technical-malfunction': 'technical malfunction',
    'unauthorised-modification': 'unauthorised modification',
    'unintended-publication': 'published by mistake',
    'verbal-disclosure': 'verbal disclosure',
    other: 'other',
  },
};

export const SECURITY_MEASURE: ByLang<Record<SecurityMeasure, string>> = {
  nb: {
    encryption: 'kryptering',
    pseudonymisation: 'pseudonymisering',
    'access-control': 'tilgangsstyring',
    mfa: 'tofaktorautentisering',
    logging: 'logging',
    backup: 'sikkerhetskopi',
    policies: 'rutiner og retningslinjer',
    training: 'opplæring',
    audits: 'revisjoner',
    'physical-access': 'fysisk adgangskontroll',
    'up-to-date': 'oppdatert programvare',
    other: 'annet',
  },
  en: {
    encryption: 'encryption',
    pseudonymisation: 'pseudonymisation',
    'access-control': 'access control',
    mfa: 'multi-factor authentication',
    logging: 'logging',
    backup: 'backup',
    policies: 'policies and procedures',
    training: 'training',
    audits: 'audits',
    'physical-access': 'physical access control',
    'up-to-date': 'up-to-date software',
    other: 'other',
  },
};

export const PARTY_ROLE: ByLang<Record<PartyRole, string>> = {
  nb: { processor: 'databehandler', 'sub-processor': 'underdatabehandler', 'joint-controller': 'felles behandlingsansvarlig', partner: 'samarbeidspartner', other: 'annen part' },
  en: { processor: 'processor', 'sub-processor': 'sub-processor', 'joint-controller': 'joint controller', partner: 'partner', other: 'other party' },
};

export const POLICE_STATUS: ByLang<Record<PoliceStatus, string>> = {
  nb: { yes: 'Ja, anmeldt', no: 'Nei', planned: 'Planlagt' },
  en: { yes: 'Yes, reported', no: 'No', planned: 'Planned' },
};

export const OTHER_AUTHORITY: ByLang<Record<OtherAuthorityKind, string>> = {
  nb: {
    nsm: 'Nasjonal sikkerhetsmyndighet (NSM)',
    nkom: 'Nasjonal kommunikasjonsmyndighet (Nkom)',
    finanstilsynet: 'Finanstilsynet',
    helsedirektoratet: 'Helsedirektoratet',
    'foreign-dpa': 'tilsynsmyndighet i et annet land',
    other: 'annen myndighet',
  },
  en: {
    nsm: 'Norwegian National Security Authority (NSM)',
    nkom: 'Norwegian Communications Authority (Nkom)',
    finanstilsynet: 'Financial Supervisory Authority (Finanstilsynet)',
    helsedirektoratet: 'Directorate of Health (Helsedirektoratet)',
    'foreign-dpa': "another country's data protection authority",
    other: 'other authority',
  },
};

export const COUNT_PRECISION: ByLang<Record<CountPrecision, string>> = {
  nb: { exact: 'nøyaktig', approximate: 'omtrentlig', undeterminable: 'kan ikke fastslås' },
  en: { exact: 'exact', approximate: 'approximate', undeterminable: 'cannot be determined' },
};
