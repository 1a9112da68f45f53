import { assessBreach } from '../../assessment';
import type { BreachFacts } from '../../assessment';
import type {
  AffectedPerson,
  ContactPerson,
  IncidentDetails,
  Lang,
  LetterDocumentInput,
  NotificationDocumentInput,
  Organisation,
} from '../types';

// A built-in sample incident, so anyone can see every document without entering data
// (`npm run documents:sample`), and the tests and the benchmark have realistic input. Fictional:
// a bicycle web shop whose customer database was stolen through a vulnerable plug-in. Awareness on
// Friday 27 March 2026 in winter time; the 72 hours end on Monday in summer time.

export const SAMPLE_TIME_ZONE = 'Europe/Oslo';

export const sampleOrganisation: Organisation = {
  name: 'Sjøberg Sykkel og Friluft AS',
  orgNumber: '923 456 781',
  address: 'Strandgata 14\n9008 Tromsø',
  email: 'post@sjoberg-sykkel.example',
  phone: '+47 77 00 12 34',
};

export const sampleDpo: ContactPerson = {
  name: 'Ingrid Bårdsen',
  role: 'personvernombud',
  email: 'personvern@sjoberg-sykkel.example',
  phone: '+47 77 00 12 40',
};

export const sampleReporter: ContactPerson = {
  name: 'Petter Ødegård',
  role: 'daglig leder',
  email: 'petter@sjoberg-sykkel.example',
  phone: '+47 900 12 345',
};

export const sampleFacts: BreachFacts = {
  role: 'controller',
  personalData: 'yes',
  confidentiality: 'yes',
  integrity: 'no',
  availability: 'no',
  cause: 'external-attack',
  malicious: 'yes',
  dataCategories: ['identity', 'contact', 'credentials', 'behaviour'],
  subjectCount: 2340,
  recordCount: 18400,
  vulnerableSubjects: 'no',
  protection: 'hashed-weak',
  recipient: 'malicious',
  dataRecovered: 'no',
  outageHours: null,
  misuseObserved: 'unknown',
  highRiskNeutralised: 'no',
  disproportionateEffort: 'no',
};

export const sampleIncident: IncidentDetails = {
  ref: 'AVV-2026-007',
  title: 'Kundedatabasen i nettbutikken er stjålet',
  description: {
    nb: 'En uvedkommende utnyttet en sårbarhet i et tillegg til nettbutikken og lastet ned kundedatabasen: navn, adresse, e-post, telefonnummer, ordrehistorikk og passord lagret som MD5-hasher.',
    en: 'An unauthorised party exploited a vulnerability in a web shop plug-in and downloaded the customer database: name, address, e-mail, phone number, order history and passwords stored as MD5 hashes.',
  },
  howItHappened: {
    nb: 'Tillegget for produktanmeldelser hadde en kjent SQL-injeksjonssårbarhet. Oppdateringen var ikke installert.',
    en: 'The product review plug-in had a known SQL injection vulnerability. The update had not been installed.',
  },
  mainCause: {
    nb: 'Manglende oppdatering av et tillegg i nettbutikken.',
    en: 'A web shop plug-in was not kept up to date.',
  },
  systems: {
    nb: 'Nettbutikken (WooCommerce) hos driftsleverandøren Skybrygga Drift AS, datasenter i Oslo.',
    en: 'The web shop (WooCommerce) at the hosting provider Skybrygga Drift AS, data centre in Oslo.',
  },
  dataLocationNow: {
    nb: 'Kopien er hos en ukjent aktør. Et utdrag ble lagt ut for salg på et kriminelt forum 27. mars.',
    en: 'The copy is with an unknown party. An extract was offered for sale on a criminal forum on 27 March.',
  },
  relationship: {
    nb: 'Kunder som har handlet i nettbutikken siden 2019.',
    en: 'Customers who have shopped in the web shop since 2019.',
  },
  subjectCategories: ['customers'],
  incidentTypes: ['exploited-vulnerability', 'exfiltration'],
  subjectCountPrecision: 'approximate',
  recordCountPrecision: 'approximate',
  attachments: [],
  consequences: {
    nb: 'Kundene kan bli utsatt for målrettet svindel (phishing) i vårt navn, og for innlogging på andre tjenester der de har brukt samme passord.',
    en: 'Customers may be targeted by phishing in our name, and by log-in attempts on other services where they used the same password.',
  },
  occurredFrom: '2026-03-20T01:14:00.000Z',
  occurredTo: '2026-03-26T22:40:00.000Z',
  discoveredAt: '2026-03-27T07:05:00.000Z',
  awareAt: '2026-03-27T13:30:00.000Z',
  detection: 'internal-control',
  detectionDetail: {
    nb: 'Varsel om uvanlig databasetrafikk fra driftsleverandøren.',
    en: 'An alert on unusual database traffic from the hosting provider.',
  },
};

/** The notification to Datatilsynet, first notice, phased, sent on Saturday morning. */
export function sampleNotification(lang: Lang): NotificationDocumentInput {
  return {
    lang,
    timeZone: SAMPLE_TIME_ZONE,
    now: '2026-03-28T09:15:00.000Z',
    organisation: sampleOrganisation,
    reporter: sampleReporter,
    dpo: sampleDpo,
    contactPoint: null,
    otherParties: {
      nb: 'Databehandler: Skybrygga Drift AS (drift av nettbutikken).',
      en: 'Processor: Skybrygga Drift AS (hosts the web shop).',
    },
    incident: sampleIncident,
    notice: { type: 'new', phase: 'phased', earlierReference: null, reasonsForDelay: null },
    facts: sampleFacts,
    assessment: assessBreach(sampleFacts),
    measures: {
      inPlace: {
        nb: 'Brannmur, daglig sikkerhetskopi, tilgangsstyring for administratorer med totrinnsinnlogging.',
        en: 'Firewall, daily backup, access control for administrators with two-factor log-in.',
      },
      taken: {
        nb: 'Tillegget er fjernet og nettbutikken oppdatert. Alle kundepassord er nullstilt, og kundene må velge nytt passord ved neste innlogging.',
        en: 'The plug-in has been removed and the web shop updated. All customer passwords have been reset; customers must choose a new one at their next log-in.',
      },
      planned: {
        nb: 'Passord lagres med bcrypt fra 1. april. Ekstern sikkerhetstest av nettbutikken i april.',
        en: 'Passwords stored with bcrypt from 1 April. External security test of the web shop in April.',
      },
      prevention: {
        nb: 'Automatiske oppdateringer av tillegg, og ukentlig gjennomgang av sårbarhetsvarsler.',
        en: 'Automatic plug-in updates, and a weekly review of vulnerability alerts.',
      },
    },
    subjectsInformed: {
      status: 'planned',
      at: '2026-03-30T10:00:00.000Z',
      channel: { nb: 'Brev og e-post til hver kunde.', en: 'Letter and e-mail to each customer.' },
      explanation: null,
    },
    authorities: {
      police: 'yes',
      policeDetail: {
        nb: 'Anmeldt til Troms politidistrikt 28. mars.',
        en: 'Reported to Troms police district on 28 March.',
      },
      others: null,
      crossBorder: null,
    },
  };
}

export const samplePeople: AffectedPerson[] = [
  {
    id: 'p1',
    name: 'Máret Čuovga',
    address: 'Fálesnuorri 3',
    postalCode: '9730',
    city: 'Kárášjohka',
    email: 'maret@example.no',
    language: 'nb',
  },
  {
    id: 'p2',
    name: 'Łukasz Øvergård',
    address: 'Nygårdsgaten 12 B',
    postalCode: '5015',
    city: 'Bergen',
    email: 'lukasz@example.pl',
    language: 'en',
  },
  {
    id: 'p3',
    name: 'Åse Ŋuolja-Šandor',
    address: 'Storgata 1\nLeilighet H0201',
    postalCode: '9008',
    city: 'Tromsø',
    email: null,
    language: 'both',
  },
];

export const sampleLetterInput: LetterDocumentInput = {
  timeZone: SAMPLE_TIME_ZONE,
  now: '2026-03-30T08:00:00.000Z',
  organisation: sampleOrganisation,
  contactPoint: {
    name: 'Kundeservice',
    email: 'kundeservice@sjoberg-sykkel.example',
    phone: '+47 77 00 12 34',
  },
  dpo: sampleDpo,
  incident: {
    ref: sampleIncident.ref,
    description: {
      nb: 'Noen brøt seg inn i nettbutikken vår gjennom en feil i et tillegg og kopierte kunderegisteret. Registeret inneholder opplysninger om deg fordi du har handlet hos oss.',
      en: 'Someone broke into our web shop through a flaw in a plug-in and copied our customer register. It holds information about you because you have shopped with us.',
    },
    consequences: null,
    occurredFrom: sampleIncident.occurredFrom,
    occurredTo: sampleIncident.occurredTo,
    discoveredAt: sampleIncident.discoveredAt,
  },
  facts: sampleFacts,
  measures: {
    taken: {
      nb: 'Vi har stengt feilen, fjernet tillegget og nullstilt alle passord. Saken er anmeldt til politiet.',
      en: 'We have closed the flaw, removed the plug-in and reset all passwords. We have reported the matter to the police.',
    },
    planned: {
      nb: 'lagre passord på en sikrere måte og få nettbutikken sikkerhetstestet av eksperter.',
      en: 'store passwords more securely and have the web shop security-tested by experts.',
    },
  },
  advice: null,
  authorityNotifiedAt: '2026-03-28T09:15:00.000Z',
};
