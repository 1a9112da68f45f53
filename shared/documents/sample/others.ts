import { unknownFacts, type BreachFacts } from '../../assessment';
import * as changes from '../../incident/changes';
import { changeProfile, changeSettings } from '../../incident/settings-changes';
import type { RecordSnapshot, RecordBuilder } from './recorder';
import { SAMPLE_TIME_ZONE } from './webshop';

// The rest of the sample record: two closed incidents for the register (one not notified, one
// excepted by encryption), one nobody has got far with yet (half known, so its notification says
// "not yet known"), and the hosting provider's own record of the breach, as a processor.

const misSentFacts: BreachFacts = {
  ...unknownFacts('controller'),
  personalData: 'yes',
  confidentiality: 'yes',
  integrity: 'no',
  availability: 'no',
  cause: 'human-error',
  malicious: 'no',
  dataCategories: ['identity', 'contact'],
  subjectCount: 1,
  recordCount: 1,
  vulnerableSubjects: 'no',
  protection: 'none',
  recipient: 'trusted',
  dataRecovered: 'yes',
  misuseObserved: 'no',
  highRiskNeutralised: 'no',
  disproportionateEffort: 'no',
};

/** An order confirmation sent to the wrong customer: unlikely to result in a risk, not notified. */
export async function recordMisSent(r: RecordBuilder): Promise<RecordSnapshot> {
  const { id } = await r.create('Ordrebekreftelse sendt til feil kunde', '2026-01-14T10:20:00.000Z');
  await r.change(id, (i, m) => changes.changeDetails(i, { occurredFrom: '2026-01-14T09:55:00.000Z', occurredTo: '2026-01-14T09:55:00.000Z', description: { nb: 'En ordrebekreftelse med navn og adresse ble sendt til en annen kunde.', en: 'An order confirmation with a name and address was sent to another customer.' }, consequences: { nb: 'Ingen sannsynlige konsekvenser: mottakeren er kjent og har slettet e-posten.', en: 'No likely consequences: the recipient is known and has deleted the e-mail.' } }, m));
  await r.change(id, (i, m) => changes.changeFacts(i, misSentFacts, m));
  await r.change(id, (i, m) => changes.recordAssessment(i, m));
  await r.change(id, (i, m) =>
    changes.recordDecision(
      i,
      {
        notifyAuthority: false,
        notifySubjects: false,
        notifyController: false,
        subjectException: null,
        rationale: {
          nb: 'Mottakeren er kunde hos oss og bekreftet sletting samme dag. Ikke meldt: sannsynligvis ingen risiko.',
          en: 'The recipient is a customer of ours and confirmed deletion the same day. Not notified: unlikely to result in a risk.',
        },
        dpoConsulted: true,
      },
      m,
    ),
  );
  r.at('2026-01-14T11:30:00.000Z');
  await r.change(id, (i, m) => changes.recordMeasure(i, { id: 'measure-deleted', kind: 'containment', text: { nb: 'Mottakeren slettet e-posten.', en: 'The recipient deleted the e-mail.' }, doneAt: '2026-01-14T11:00:00.000Z' }, m));
  await r.change(id, (i, m) => changes.closeIncident(i, { nb: 'Slettet og avsluttet.', en: 'Deleted and closed.' }, m));
  return r.snapshot(id);
}

/** An encrypted laptop stolen from a car: the key is safe, Art. 34(3)(a). */
export async function recordLaptop(r: RecordBuilder): Promise<RecordSnapshot> {
  const { id } = await r.create('Kryptert bærbar PC stjålet fra bil', '2026-02-20T16:45:00.000Z');
  await r.change(id, (i, m) => changes.changeDetails(i, { occurredFrom: '2026-02-20T15:30:00.000Z', description: { nb: 'En kryptert bærbar PC med lønnsoversikter ble stjålet fra en bil.', en: 'An encrypted laptop with payroll files was stolen from a car.' }, consequences: { nb: 'Ingen sannsynlige konsekvenser for de ansatte: opplysningene er uleselige uten nøkkelen.', en: 'No likely consequences for the employees: the data is unintelligible without the key.' } }, m));
  await r.change(id, (i, m) =>
    changes.changeFacts(i, { ...misSentFacts, cause: 'lost-or-stolen', dataCategories: ['identity', 'contact', 'employment'], subjectCount: 45, recordCount: 45, protection: 'encrypted', recipient: 'unknown', dataRecovered: 'no', misuseObserved: 'unknown' }, m),
  );
  await r.change(id, (i, m) => changes.recordAssessment(i, m));
  await r.change(id, (i, m) =>
    changes.recordDecision(
      i,
      {
        notifyAuthority: false,
        notifySubjects: false,
        notifyController: false,
        subjectException: 'encrypted',
        rationale: { nb: 'Disken er kryptert med BitLocker, og nøkkelen var ikke på PC-en.', en: 'The disk is encrypted with BitLocker, and the key was not on the laptop.' },
        dpoConsulted: true,
      },
      m,
    ),
  );
  await r.change(id, (i, m) => changes.recordMeasure(i, { id: 'measure-blocked', kind: 'containment', text: { nb: 'PC-en er sperret i administrasjonssystemet.', en: 'The laptop is blocked in the management system.' }, doneAt: '2026-02-20T16:00:00.000Z' }, m));
  await r.change(id, (i, m) => changes.closeIncident(i, { nb: 'PC-en er sperret og erstattet.', en: 'The laptop is blocked and replaced.' }, m));
  return r.snapshot(id);
}

/** The half-known incident: a mailbox log-in from abroad, hours old, written in bokmål only. */
export async function recordMailbox(r: RecordBuilder): Promise<RecordSnapshot> {
  const { id } = await r.create('Mistenkelig innlogging på e-postkonto', '2026-04-01T07:00:00.000Z');
  await r.change(id, (i, m) =>
    changes.changeDetails(
      i,
      {
        discoveredAt: '2026-04-01T06:40:00.000Z',
        description: 'Ukjent innlogging fra utlandet på e-postkontoen til en ansatt i kundeservice.',
        detectionMethod: 'internal-control',
        incidentTypes: ['unauthorised-access'],
      },
      m,
    ),
  );
  await r.change(id, (i, m) =>
    changes.changeFacts(i, { ...unknownFacts('controller'), personalData: 'yes', cause: 'external-attack', malicious: 'yes', dataCategories: ['contact', 'communications'] }, m),
  );
  r.at('2026-04-01T07:40:00.000Z');
  await r.change(id, (i, m) => changes.recordMeasure(i, { id: 'measure-lock', kind: 'containment', text: 'Kontoen er sperret og passordet byttet.', doneAt: '2026-04-01T07:30:00.000Z' }, m));
  return r.snapshot(id);
}

/** The hosting provider's record of the same breach: a processor tells its controller (Art. 33(2)). */
export async function recordProcessor(r: RecordBuilder): Promise<RecordSnapshot> {
  await r.configure((s) =>
    changeSettings(s, {
      organisationName: 'Skybrygga Drift AS',
      orgNr: '987654325',
      address: 'Kirkegata 5\n0153 Oslo',
      contact: { name: 'Łucja Nowak-Haugen', email: 'sikkerhet@skybrygga.example', phone: '+47 22 00 45 10' },
      timeZone: SAMPLE_TIME_ZONE,
    }),
  );
  await r.configure((s) => changeProfile(s, { name: 'Łucja Nowak-Haugen', role: 'sikkerhetsleder', phone: '+47 22 00 45 10', email: 'sikkerhet@skybrygga.example' }));
  const { id } = await r.create('Uttrekk fra kundedatabasen til Sjøberg Sykkel', '2026-03-27T09:10:00.000Z', 'processor');
  await r.change(id, (i, m) =>
    changes.changeDetails(
      i,
      {
        occurredFrom: '2026-03-20T01:14:00.000Z',
        occurredTo: '2026-03-26T22:40:00.000Z',
        discoveredAt: '2026-03-27T07:05:00.000Z',
        description: { nb: 'Uvanlig databasetrafikk fra et tillegg i kundens nettbutikk: kundedatabasen er lastet ned.', en: "Unusual database traffic from a plug-in in the customer's web shop: the customer database was downloaded." },
        howItHappened: { nb: 'SQL-injeksjon gjennom tillegget for produktanmeldelser.', en: 'SQL injection through the product review plug-in.' },
        detectionMethod: 'internal-control',
        detectionDetail: { nb: 'Overvåkingen vår varslet om trafikken.', en: 'Our monitoring raised an alert on the traffic.' },
        systems: ['MySQL 8 (Skybrygga Drift AS, Oslo)'],
        subjectCategories: ['customers'],
        subjectCountPrecision: 'approximate',
        recordCountPrecision: 'approximate',
        measuresInPlace: ['logging', 'backup'],
        dataLocation: { nb: 'Ukjent: kopien er lastet ned av en uvedkommende.', en: 'Unknown: the copy was downloaded by an unauthorised party.' },
        controller: {
          name: 'Sjøberg Sykkel og Friluft AS',
          orgNr: '923456783',
          email: 'petter@sjoberg-sykkel.example',
          contactName: 'Petter Ødegård',
          agreementReference: 'Databehandleravtale av 1. februar 2024',
        },
      },
      m,
    ),
  );
  await r.change(id, (i, m) =>
    changes.changeFacts(i, { ...unknownFacts('processor'), personalData: 'yes', confidentiality: 'yes', integrity: 'no', availability: 'no', cause: 'external-attack', malicious: 'yes', dataCategories: ['identity', 'contact', 'credentials', 'behaviour'], subjectCount: 2300, recordCount: 18000, protection: 'hashed-weak', recipient: 'malicious' }, m),
  );
  r.at('2026-03-27T11:10:00.000Z');
  await r.change(id, (i, m) => changes.recordMeasure(i, { id: 'measure-disabled', kind: 'containment', text: { nb: 'Tillegget er deaktivert og tilgangen stengt kl. 12.05.', en: 'The plug-in was disabled and the access closed at 12:05.' }, doneAt: '2026-03-27T11:05:00.000Z' }, m));
  return r.snapshot(id);
}
