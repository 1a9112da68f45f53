import type { IncidentStatus } from '../../incident/model';
import type { ByLang } from './common';

// The management timeline and the register.

export const STATUS: ByLang<Record<IncidentStatus, string>> = {
  nb: {
    draft: 'Utkast',
    investigating: 'Under undersøkelse',
    contained: 'Under kontroll',
    closed: 'Avsluttet',
  },
  en: { draft: 'Draft', investigating: 'Under investigation', contained: 'Contained', closed: 'Closed' },
};

export const TIMELINE = {
  nb: {
    title: 'Tidslinje',
    asOf: (now: string) => `Status per ${now}`,
    status: 'Status',
    deadlineAuthority: 'Frist for melding til Datatilsynet',
    deadlineController: 'Frist for å varsle behandlingsansvarlig',
    standing: 'Stilling nå',
    open: (left: string) => `${left} igjen`,
    dueSoon: (left: string) => `Under 24 timer igjen: ${left}`,
    overdue: (ago: string) => `Fristen er passert (${ago} siden)`,
    met: (at: string) => `Meldt innen fristen: ${at}`,
    metLate: (at: string) => `Meldt etter fristen: ${at}`,
    risk: 'Risiko og plikter',
    notifyAuthority: 'melde Datatilsynet',
    notifySubjects: 'underrette de registrerte',
    notifyController: 'varsle behandlingsansvarlig',
    duty: (yes: boolean, what: string) => `${yes ? 'Plikt til å' : 'Ikke plikt til å'} ${what}`,
    notAssessed: 'Ikke vurdert ennå',
    occurredFrom: 'Bruddet startet',
    occurredTo: 'Bruddet sluttet',
    discovered: 'Oppdaget',
    aware: 'Fikk kjennskap: fristen starter',
    deadline: 'Frist',
    now: 'Nå',
    notifiedAuthority: 'Meldt til Datatilsynet',
    notifiedController: 'Varslet behandlingsansvarlig',
    window: (hours: number) => `${hours} timer`,
    more: (count: number, first: number, last: number) => `${first}–${last}: ${count} til, se listen`,
    events: 'Hva som har skjedd',
    footer: 'Tidslinje for ledelsen',
  },
  en: {
    title: 'Timeline',
    asOf: (now: string) => `Status as of ${now}`,
    status: 'Status',
    deadlineAuthority: 'Deadline for notifying Datatilsynet',
    deadlineController: 'Deadline for notifying the controller',
    standing: 'Where it stands',
    open: (left: string) => `${left} left`,
    dueSoon: (left: string) => `Under 24 hours left: ${left}`,
    overdue: (ago: string) => `Deadline passed (${ago} ago)`,
    met: (at: string) => `Notified in time: ${at}`,
    metLate: (at: string) => `Notified late: ${at}`,
    risk: 'Risk and duties',
    notifyAuthority: 'notify Datatilsynet',
    notifySubjects: 'inform the people affected',
    notifyController: 'notify the controller',
    duty: (yes: boolean, what: string) => `${yes ? 'Must' : 'Need not'} ${what}`,
    notAssessed: 'Not assessed yet',
    occurredFrom: 'Breach began',
    occurredTo: 'Breach ended',
    discovered: 'Discovered',
    aware: 'Became aware: deadline starts',
    deadline: 'Deadline',
    now: 'Now',
    notifiedAuthority: 'Notified Datatilsynet',
    notifiedController: 'Notified the controller',
    window: (hours: number) => `${hours} hours`,
    more: (count: number, first: number, last: number) => `${first}–${last}: ${count} more, see the list`,
    events: 'What has happened',
    footer: 'Timeline for management',
  },
} satisfies ByLang<unknown>;

export type TimelineText = (typeof TIMELINE)['nb'];
const englishTimelineIsComplete: TimelineText = TIMELINE.en;
void englishTimelineIsComplete;

export const REGISTER = {
  nb: {
    title: 'Avviksregister',
    subtitle:
      'Dokumentasjon av brudd på personopplysningssikkerheten: de faktiske forholdene, virkningene og tiltakene (personvernforordningen art. 33 nr. 5)',
    asOf: (now: string) => `Utskrift per ${now}. Alle brudd er med, også de som ikke er meldt.`,
    period: (from: string, to: string) => `Periode: ${from} – ${to}`,
    summary: (total: number, notified: number, informed: number) =>
      `${total} hendelser · ${notified} meldt til Datatilsynet · ${informed} med underretning av de registrerte`,
    columns: [
      'Referanse',
      'Tidspunkter',
      'K/I/T',
      'Kategorier',
      'Berørte',
      'Risiko',
      'Meldt Datatilsynet',
      'Underrettet de registrerte',
      'Begrunnelse',
    ],
    occurred: 'Skjedde',
    aware: 'Kjent',
    notNotified: 'Ikke meldt',
    notInformed: 'Ikke underrettet',
    required: 'påkrevd',
    notRequired: 'ikke påkrevd',
    empty: 'Ingen hendelser i perioden.',
    footer: 'Avviksregister',
    facts: 'Hva skjedde',
    effects: 'Virkninger',
    remedial: 'Tiltak som er gjort',
    notNotifiedBecause: 'Begrunnelse for ikke å melde',
    delay: 'Årsak til forsinkelse',
  },
  en: {
    title: 'Breach register',
    subtitle: 'Documentation of personal data breaches: the facts, their effects and the remedial action (GDPR Art. 33(5))',
    asOf: (now: string) => `Printed ${now}. Every breach is included, also those not notified.`,
    period: (from: string, to: string) => `Period: ${from} – ${to}`,
    summary: (total: number, notified: number, informed: number) =>
      `${total} incidents · ${notified} notified to Datatilsynet · ${informed} with the people affected informed`,
    columns: [
      'Reference',
      'Dates',
      'C/I/A',
      'Categories',
      'People',
      'Risk',
      'Notified Datatilsynet',
      'People informed',
      'Reasons',
    ],
    occurred: 'Occurred',
    aware: 'Aware',
    notNotified: 'Not notified',
    notInformed: 'Not informed',
    required: 'required',
    notRequired: 'not required',
    empty: 'No incidents in the period.',
    footer: 'Breach register',
    facts: 'What happened',
    effects: 'Effects',
    remedial: 'Remedial action taken',
    notNotifiedBecause: 'Reasoning for not notifying',
    delay: 'Reasons for the delay',
  },
} satisfies ByLang<unknown>;

export type RegisterText = (typeof REGISTER)['nb'];
const englishRegisterIsComplete: RegisterText = REGISTER.en;
void englishRegisterIsComplete;
