import type { Answer, DataCategory } from '../assessment';
import type { IncidentStatus, RegisterRisk, Role } from '../incident/model';
import type { Lang } from '../i18n/lang';

// The register's words in bokmål and English. Terms follow the official Norwegian GDPR text.

type Labels<K extends string> = Record<K, Record<Lang, string>>;

export const answerLabels: Labels<Answer> = {
  yes: { nb: 'ja', en: 'yes' },
  no: { nb: 'nei', en: 'no' },
  unknown: { nb: 'ukjent', en: 'unknown' },
};

export const statusLabels: Labels<IncidentStatus> = {
  draft: { nb: 'utkast', en: 'draft' },
  investigating: { nb: 'under undersøkelse', en: 'investigating' },
  contained: { nb: 'under kontroll', en: 'contained' },
  closed: { nb: 'lukket', en: 'closed' },
};

export const roleLabels: Labels<Role> = {
  controller: { nb: 'behandlingsansvarlig', en: 'controller' },
  processor: { nb: 'databehandler', en: 'processor' },
};

export const riskLabels: Labels<RegisterRisk> = {
  unassessed: { nb: 'ikke vurdert', en: 'not assessed' },
  none: { nb: 'lite sannsynlig risiko', en: 'unlikely to result in a risk' },
  risk: { nb: 'risiko', en: 'risk' },
  high: { nb: 'høy risiko', en: 'high risk' },
};

export const categoryLabels: Labels<DataCategory> = {
  identity: { nb: 'identitet', en: 'identity' },
  contact: { nb: 'kontaktopplysninger', en: 'contact details' },
  'national-id': { nb: 'fødselsnummer', en: 'national identity number' },
  financial: { nb: 'økonomi', en: 'financial' },
  credentials: { nb: 'innloggingsopplysninger', en: 'credentials' },
  location: { nb: 'lokasjon', en: 'location' },
  communications: { nb: 'kommunikasjon', en: 'communications' },
  behaviour: { nb: 'atferd', en: 'behaviour' },
  employment: { nb: 'arbeidsforhold', en: 'employment' },
  health: { nb: 'helse', en: 'health' },
  'special-category': { nb: 'særlige kategorier', en: 'special categories' },
  criminal: { nb: 'straffedommer og lovovertredelser', en: 'criminal convictions and offences' },
  'protected-identity': { nb: 'skjult identitet eller fortrolig adresse', en: 'hidden identity or confidential address' },
  'sensitive-service': { nb: 'bruk av en følsom tjeneste', en: 'use of a sensitive service' },
  'professional-secrecy': { nb: 'taushetsbelagte opplysninger', en: 'data under professional secrecy' },
};

export const exceptionLabels: Record<string, Record<Lang, string>> = {
  encrypted: { nb: 'art. 34 nr. 3 a (uleselige)', en: 'Art. 34(3)(a) (unintelligible)' },
  'subsequent-measures': { nb: 'art. 34 nr. 3 b (etterfølgende tiltak)', en: 'Art. 34(3)(b) (subsequent measures)' },
  'disproportionate-effort': { nb: 'art. 34 nr. 3 c (uforholdsmessig stor innsats)', en: 'Art. 34(3)(c) (disproportionate effort)' },
};
