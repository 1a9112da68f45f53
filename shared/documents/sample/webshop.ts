import { type BreachFacts } from '../../assessment';
import { utf8Bytes } from '../../chain';
import * as changes from '../../incident/changes';
import { changeProfile, changeSettings } from '../../incident/settings-changes';
import type { Subject } from '../../incident/subjects';
import type { RecordSnapshot, RecordBuilder } from './recorder';

// The complete sample incident, recorded step by step as a DPO would in the app. Fictional: a
// bicycle web shop whose customer database was stolen through a vulnerable plug-in. Awareness on
// Friday 27 March 2026 in winter time; the 72 hours end on Monday in summer time. Every question of
// Datatilsynet's form is answered, in bokmål and English, so its notification has nothing "not yet
// known"; a follow-up three days later adds what changed.

export const SAMPLE_TIME_ZONE = 'Europe/Oslo';

/** When the documents of the sample are dated. */
export const SAMPLE_MOMENTS = {
  /** The first notification to Datatilsynet, Saturday morning. */
  notification: '2026-03-28T09:15:00.000Z',
  /** The follow-up, Tuesday. */
  followUp: '2026-03-31T08:00:00.000Z',
  /** The letters to the customers without e-mail. */
  letters: '2026-03-30T08:00:00.000Z',
} as const;

export const webshopFacts: BreachFacts = {
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
  misuseObserved: 'yes',
  highRiskNeutralised: 'no',
  disproportionateEffort: 'no',
  // Log-ins and purchase histories say what their kind says.
  minorDetail: 'no',
};

/** The people the sample writes to: Sámi, Polish and Norwegian letters in names and addresses. */
export const SAMPLE_PEOPLE: Pick<Subject, 'name' | 'address' | 'email' | 'language'>[] = [
  { name: 'Máret Čuovga', address: 'Fálesnuorri 3\n9730 Kárášjohka', email: 'maret@example.no', language: 'nb' },
  { name: 'Łukasz Øvergård', address: 'Nygårdsgaten 12 B\n5015 Bergen', email: 'lukasz@example.pl', language: 'en' },
  { name: 'Åse Ŋuolja-Šandor', address: 'Storgata 1\nLeilighet H0201\n9008 Tromsø', email: null, language: 'both' },
];

export async function setUpShop(r: RecordBuilder): Promise<void> {
  await r.configure((s) =>
    changeSettings(s, {
      organisationName: 'Sjøberg Sykkel og Friluft AS',
      orgNr: '923456783',
      address: 'Strandgata 14\n9008 Tromsø',
      contact: { name: 'Kundeservice', email: 'post@sjoberg-sykkel.example', phone: '+47 77 00 12 34' },
      dpo: { name: 'Ingrid Bårdsen', email: 'personvern@sjoberg-sykkel.example', phone: '+47 77 00 12 40' },
      timeZone: SAMPLE_TIME_ZONE,
    }),
  );
  await r.configure((s) => changeProfile(s, { name: 'Petter Ødegård', role: 'daglig leder', phone: '+47 900 12 345', email: 'petter@sjoberg-sykkel.example' }));
}

export interface WebshopRecord {
  /** As it stood when the first notification was made (before it was recorded as sent). */
  atNotification: RecordSnapshot;
  /** As it stood when the follow-up was made, three days later. */
  atFollowUp: RecordSnapshot;
  people: Subject[];
}

export async function recordWebshop(r: RecordBuilder): Promise<WebshopRecord> {
  const { id } = await r.create('Kundedatabasen i nettbutikken er stjålet', '2026-03-27T13:30:00.000Z');
  r.at('2026-03-27T14:00:00.000Z');
  await r.change(id, (i, m) =>
    changes.changeDetails(
      i,
      {
        occurredFrom: '2026-03-20T01:14:00.000Z',
        occurredTo: '2026-03-26T22:40:00.000Z',
        discoveredAt: '2026-03-27T07:05:00.000Z',
        description: {
          nb: 'En uvedkommende utnyttet en sårbarhet i et tillegg til nettbutikken og lastet ned kundedatabasen: navn, adresse, e-post, telefonnummer, ordrehistorikk og passord lagret som MD5-hasher.',
          en: 'An unauthorised party exploited a vulnerability in a web shop plug-in and downloaded the customer database: name, address, e-mail, phone number, order history and passwords stored as MD5 hashes.',
        },
        howItHappened: {
          nb: 'Tillegget for produktanmeldelser hadde en kjent SQL-injeksjonssårbarhet. Oppdateringen var ikke installert.',
          en: 'The product review plug-in had a known SQL injection vulnerability. The update had not been installed.',
        },
        mainCause: { nb: 'Manglende oppdatering av et tillegg i nettbutikken.', en: 'A web shop plug-in was not kept up to date.' },
        incidentTypes: ['exploited-vulnerability', 'exfiltration'],
        detectionMethod: 'processor',
        detectionDetail: {
          nb: 'Driftsleverandøren varslet om uvanlig databasetrafikk.',
          en: 'The hosting provider alerted us to unusual database traffic.',
        },
        systems: ['WooCommerce 8.6 (www.sjoberg-sykkel.example)', 'MySQL 8 (Skybrygga Drift AS, Oslo)'],
        otherParties: [
          {
            role: 'processor',
            name: 'Skybrygga Drift AS',
            contact: 'sikkerhet@skybrygga.example',
            detail: {
              nb: 'Drifter nettbutikken og varslet oss om bruddet.',
              en: 'Hosts the web shop and told us of the breach.',
            },
          },
        ],
        measuresInPlace: ['access-control', 'mfa', 'backup', 'logging'],
        measuresInPlaceDetail: {
          nb: 'Brannmur foran nettbutikken; totrinnsinnlogging for administratorer.',
          en: 'A firewall in front of the web shop; two-step log-in for administrators.',
        },
      },
      m,
    ),
  );
  r.at('2026-03-27T15:00:00.000Z');
  await r.change(id, (i, m) => changes.recordMeasure(i, { id: 'measure-plugin', kind: 'containment', text: { nb: 'Tillegget er fjernet og nettbutikken oppdatert.', en: 'The plug-in has been removed and the web shop updated.' }, doneAt: '2026-03-27T14:55:00.000Z' }, m));
  r.at('2026-03-27T16:10:00.000Z');
  await r.change(id, (i, m) => changes.recordMeasure(i, { id: 'measure-passwords', kind: 'mitigation', text: { nb: 'Alle kundepassord er nullstilt. Kundene må velge nytt passord ved neste innlogging.', en: 'All customer passwords have been reset. Customers must choose a new one at their next log-in.' }, doneAt: '2026-03-27T16:00:00.000Z' }, m));
  await r.change(id, (i, m) => changes.recordMeasure(i, { id: 'measure-bcrypt', kind: 'mitigation', text: { nb: 'Passord lagres med bcrypt fra 1. april.', en: 'Passwords are stored with bcrypt from 1 April.' }, doneAt: null }, m));
  await r.change(id, (i, m) => changes.recordMeasure(i, { id: 'measure-updates', kind: 'prevention', text: { nb: 'Automatiske oppdateringer av tillegg, og ukentlig gjennomgang av sårbarhetsvarsler.', en: 'Automatic plug-in updates, and a weekly review of vulnerability alerts.' }, doneAt: null }, m));
  await r.change(id, (i, m) => changes.recordMeasure(i, { id: 'measure-test', kind: 'prevention', text: { nb: 'Ekstern sikkerhetstest av nettbutikken i april.', en: 'An external security test of the web shop in April.' }, doneAt: null }, m));

  r.at('2026-03-28T06:30:00.000Z');
  await r.change(id, (i, m) => changes.changeFacts(i, webshopFacts, m));
  await r.change(id, (i, m) =>
    changes.changeDetails(
      i,
      {
        subjectCategories: ['customers'],
        relationship: { nb: 'Kunder som har handlet i nettbutikken siden 2019.', en: 'Customers who have shopped in the web shop since 2019.' },
        subjectCountPrecision: 'approximate',
        recordCountPrecision: 'exact',
        consequences: {
          nb: 'Kundene kan bli utsatt for målrettet svindel (phishing) i vårt navn, og for innlogging på andre tjenester der de har brukt samme passord. Flere kunder har allerede fått falske e-poster.',
          en: 'Customers may be targeted by phishing in our name, and by log-in attempts on other services where they used the same password. Several customers have already received fake e-mails.',
        },
        dataLocation: {
          nb: 'Kopien er hos en ukjent aktør. Et utdrag ble lagt ut for salg på et kriminelt forum 27. mars.',
          en: 'The copy is with an unknown party. An extract was offered for sale on a criminal forum on 27 March.',
        },
        crossBorder: { status: 'no', leadAuthority: '', countries: [] },
        plainWhatHappened: {
          nb: 'Noen brøt seg inn i nettbutikken vår gjennom en feil i et tillegg og kopierte kunderegisteret. Registeret inneholder opplysninger om deg fordi du har handlet hos oss.',
          en: 'Someone broke into our web shop through a flaw in a plug-in and copied our customer register. It holds information about you because you have shopped with us.',
        },
        plainWhatItMeans: {
          nb: 'Svindlere kan bruke opplysningene til å sende deg e-post eller SMS som ser ut til å komme fra oss.',
          en: 'Fraudsters may use the information to send you e-mails or text messages that seem to come from us.',
        },
        plainAdvice: {
          nb: 'Velg et nytt passord neste gang du logger inn hos oss.',
          en: 'Choose a new password the next time you log in with us.',
        },
      },
      m,
    ),
  );
  await r.change(id, (i, m) => changes.recordAssessment(i, m));
  await r.change(id, (i, m) =>
    changes.recordDecision(
      i,
      {
        notifyAuthority: true,
        notifySubjects: true,
        notifyController: false,
        subjectException: null,
        rationale: {
          nb: 'Passord med svak hash og kontaktopplysninger er hos en ondsinnet aktør, og misbruk er allerede sett. Høy risiko: kundene varsles straks.',
          en: 'Weakly hashed passwords and contact details are with a malicious actor, and misuse has already been seen. High risk: the customers are warned at once.',
        },
        dpoConsulted: true,
      },
      m,
    ),
  );
  r.at('2026-03-28T07:50:00.000Z');
  const people = await r.addPeople(id, SAMPLE_PEOPLE);
  // EDPB 9/2022: with misuse already seen, the people are warned first, before the notification.
  await r.notify(id, { recipient: 'subjects', sentAt: '2026-03-28T08:00:00.000Z', channel: 'email', subjectCount: 2340 });
  r.at('2026-03-28T08:40:00.000Z');
  await r.change(id, (i, m) =>
    changes.changeDetails(
      i,
      {
        police: { status: 'yes', reportedAt: '2026-03-28T08:20:00.000Z', caseNumber: '13579246' },
        otherAuthorities: [{ kind: 'nsm', name: '', notifiedAt: '2026-03-28T08:30:00.000Z', reference: 'NCSC-2026-0412' }],
      },
      m,
    ),
  );
  await r.attach(id, { name: 'database-log-2026-03-27.txt', mediaType: 'text/plain', bytes: utf8Bytes('2026-03-27 06:58:12 SELECT * FROM wp_users …\n'), note: '' });
  const atNotification = r.snapshot(id);

  // Sent in Altinn a few minutes after the PDF was made; then the follow-up's news.
  await r.notify(id, { recipient: 'authority', sentAt: '2026-03-28T09:20:00.000Z', reference: 'AR512345678' });
  r.at('2026-03-30T14:00:00.000Z');
  await r.change(id, (i, m) => changes.changeMeasure(i, 'measure-bcrypt', { doneAt: '2026-03-30T13:30:00.000Z' }, m));
  await r.change(id, (i, m) => changes.changeFacts(i, { ...i.facts, subjectCount: 2338 }, m));
  await r.change(id, (i, m) => changes.changeDetails(i, { subjectCountPrecision: 'exact' }, m));
  await r.change(id, (i, m) => changes.changeStatus(i, 'contained', m));
  return { atNotification, atFollowUp: r.snapshot(id), people };
}
