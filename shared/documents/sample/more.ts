import { assessBreach, unknownFacts } from '../../assessment';
import type { BreachFacts } from '../../assessment';
import type {
  Lang,
  ProcessorNoticeDocumentInput,
  RegisterDocumentInput,
  RegisterDocumentRow,
  TimelineDocumentInput,
} from '../types';
import { SAMPLE_TIME_ZONE, sampleFacts, sampleIncident, sampleOrganisation } from './incident';

// The rest of the sample: the hosting provider's notice to the shop, the shop's timeline, and a
// register with the sample incident and three others (one not notified, one excepted, one open).

export const sampleProcessor = {
  name: 'Skybrygga Drift AS',
  orgNumber: '987 654 320',
  address: 'Kirkegata 5\n0153 Oslo',
  email: 'sikkerhet@skybrygga.example',
  phone: '+47 22 00 45 00',
};

export function sampleProcessorNotice(lang: Lang): ProcessorNoticeDocumentInput {
  return {
    lang,
    timeZone: SAMPLE_TIME_ZONE,
    now: '2026-03-27T12:40:00.000Z',
    processor: sampleProcessor,
    controller: sampleOrganisation,
    controllerContact: {
      name: 'Petter Ødegård',
      role: 'daglig leder',
      email: 'petter@sjoberg-sykkel.example',
      phone: null,
    },
    contactPoint: {
      name: 'Łucja Nowak-Haugen',
      role: 'sikkerhetsleder',
      email: 'sikkerhet@skybrygga.example',
      phone: '+47 22 00 45 10',
    },
    dpo: null,
    agreementReference: 'Databehandleravtale av 1. februar 2024',
    noticeHours: 24,
    subProcessor: null,
    incident: { ...sampleIncident, awareAt: '2026-03-27T09:10:00.000Z', consequences: null },
    facts: { ...sampleFacts, role: 'processor', misuseObserved: 'unknown' },
    measures: {
      inPlace: {
        nb: 'Brannmur og overvåking av databasetrafikk.',
        en: 'Firewall and monitoring of database traffic.',
      },
      taken: {
        nb: 'Tillegget er deaktivert og tilgangen stengt kl. 12.05.',
        en: 'The plug-in was disabled and the access closed at 12:05.',
      },
      planned: null,
      prevention: null,
    },
  };
}

export function sampleTimeline(lang: Lang): TimelineDocumentInput {
  const nb = lang === 'nb';
  return {
    lang,
    timeZone: SAMPLE_TIME_ZONE,
    now: '2026-03-31T08:00:00.000Z',
    organisation: sampleOrganisation,
    incident: { ...sampleIncident, status: 'contained', role: 'controller' },
    events: [
      {
        at: '2026-03-27T12:40:00.000Z',
        label: nb ? 'Varsel fra Skybrygga Drift' : 'Notice from Skybrygga Drift',
        kind: 'other',
      },
      {
        at: '2026-03-27T15:00:00.000Z',
        label: nb ? 'Tillegget fjernet, passord nullstilt' : 'Plug-in removed, passwords reset',
        kind: 'contained',
      },
      {
        at: '2026-03-28T07:30:00.000Z',
        label: nb ? 'Risikovurdering: høy risiko' : 'Risk assessment: high risk',
        kind: 'assessed',
      },
      {
        at: '2026-03-28T09:15:00.000Z',
        label: nb
          ? 'Meldt til Datatilsynet (AR512345678), trinnvis'
          : 'Notified Datatilsynet (AR512345678), in phases',
        kind: 'notified-authority',
      },
      {
        at: '2026-03-28T11:00:00.000Z',
        label: nb ? 'Anmeldt til politiet' : 'Reported to the police',
        kind: 'other',
      },
      {
        at: '2026-03-30T08:00:00.000Z',
        label: nb ? 'Brev sendt til 2 340 kunder' : 'Letters sent to 2,340 customers',
        kind: 'notified-subjects',
      },
      {
        at: '2026-03-30T14:00:00.000Z',
        label: nb ? 'Oppfølgende melding til Datatilsynet' : 'Follow-up notification to Datatilsynet',
        kind: 'follow-up',
      },
    ],
    notifiedAt: '2026-03-28T09:15:00.000Z',
    assessment: assessBreach(sampleFacts),
  };
}

function row(
  ref: string,
  title: string,
  awareAt: string,
  facts: BreachFacts,
  extra: Partial<RegisterDocumentRow>,
): RegisterDocumentRow {
  return {
    ref,
    title,
    status: 'closed',
    occurredFrom: awareAt,
    occurredTo: awareAt,
    awareAt,
    facts,
    assessment: assessBreach(facts),
    notifiedAuthorityAt: null,
    authorityReference: null,
    notifiedSubjectsAt: null,
    reasons: null,
    ...extra,
  };
}

export function sampleRegister(lang: Lang): RegisterDocumentInput {
  const misSent: BreachFacts = {
    ...unknownFacts(),
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
    outageHours: null,
  };
  const laptop: BreachFacts = {
    ...misSent,
    cause: 'lost-or-stolen',
    dataCategories: ['identity', 'contact', 'employment'],
    subjectCount: 45,
    recordCount: 45,
    protection: 'encrypted',
    recipient: 'unknown',
    dataRecovered: 'no',
    misuseObserved: 'unknown',
  };
  return {
    lang,
    timeZone: SAMPLE_TIME_ZONE,
    now: '2026-04-02T08:00:00.000Z',
    organisation: sampleOrganisation,
    period: { from: '2026-01-01T00:00:00.000Z', to: '2026-04-02T08:00:00.000Z' },
    rows: [
      row(
        'AVV-2026-003',
        lang === 'nb'
          ? 'Ordrebekreftelse sendt til feil kunde'
          : 'Order confirmation sent to the wrong customer',
        '2026-01-14T10:20:00.000Z',
        misSent,
        {
          reasons:
            lang === 'nb'
              ? 'Mottakeren er kunde hos oss og bekreftet sletting samme dag. Ikke meldt: sannsynligvis ingen risiko.'
              : 'The recipient is a customer of ours and confirmed deletion the same day. Not notified: unlikely to result in a risk.',
        },
      ),
      row(
        'AVV-2026-005',
        lang === 'nb' ? 'Kryptert bærbar PC stjålet fra bil' : 'Encrypted laptop stolen from a car',
        '2026-02-20T16:45:00.000Z',
        laptop,
        {},
      ),
      row(sampleIncident.ref, sampleIncident.title, sampleIncident.awareAt, sampleFacts, {
        status: 'contained',
        occurredFrom: sampleIncident.occurredFrom,
        occurredTo: sampleIncident.occurredTo,
        notifiedAuthorityAt: '2026-03-28T09:15:00.000Z',
        authorityReference: 'AR512345678',
        notifiedSubjectsAt: '2026-03-30T08:00:00.000Z',
      }),
      row(
        'AVV-2026-008',
        lang === 'nb' ? 'Mistenkelig innlogging på e-postkonto' : 'Suspicious log-in to a mailbox',
        '2026-04-01T07:00:00.000Z',
        unknownFacts(),
        {
          status: 'investigating',
          occurredFrom: null,
          occurredTo: null,
        },
      ),
    ],
  };
}
