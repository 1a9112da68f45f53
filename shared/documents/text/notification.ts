import type { Assessment } from '../../assessment';
import type { ByLang } from './common';

// The notification to Datatilsynet. Headings and the nine sub-points use Datatilsynet's own words
// for its Altinn form (DOMAIN.md §2.1); the other labels are the EDPB common template's fields in
// proposed Norwegian (§2.2). English headings keep the Norwegian form heading in brackets, so a
// DPO writing in English still finds the right field in the Norwegian form. The document speaks to
// the authority: it states the organisation's assessment, it does not advise (DOMAIN.md §3.4).

export const NOTIFICATION = {
  nb: {
    title: 'Melding om brudd på personopplysningssikkerheten',
    subtitle: 'Til Datatilsynet, for utfylling av meldeskjemaet i Altinn (personvernforordningen art. 33)',
    intro: 'Seksjonene følger rekkefølgen i Datatilsynets meldeskjema.',
    introNotKnown:
      'Der det står «ikke kjent ennå», er opplysningen ikke avklart, og den ettersendes (trinnvis melding, personvernforordningen art. 33 nr. 4).',
    footer: 'Melding til Datatilsynet',
    headings: {
      notice: 'Om meldingen',
      since: 'Nytt siden forrige melding',
      description: 'Beskrivelse av avviket',
      consequences: 'Konsekvenser',
      measures: 'Tiltak',
      information: 'Informasjon',
      contact: 'Kontaktinformasjon',
      authorities: 'Andre myndigheter',
      attachments: 'Vedlegg',
    },
    notice: {
      type: 'Type melding',
      new: 'Ny melding',
      followUp: 'Oppfølging av tidligere melding',
      phase: 'Status',
      complete: 'Fullstendig melding',
      phased: 'Trinnvis melding: mer informasjon ettersendes (personvernforordningen art. 33 nr. 4)',
      phasedBecause: (unknown: string) =>
        `Meldingen sendes trinnvis fordi dette ikke er avklart ennå: ${unknown}. Virksomheten ettersender opplysningene uten ugrunnet opphold (personvernforordningen art. 33 nr. 4).`,
      phasedMore:
        'Virksomheten ettersender mer informasjon uten ugrunnet opphold (personvernforordningen art. 33 nr. 4).',
      earlierReference: 'Referanse til tidligere melding',
      notApplicable: 'Ikke aktuelt (ny melding)',
      ref: 'Intern referanse',
      title: 'Hendelse',
      awareAt: 'Tidspunktet den behandlingsansvarlige fikk kjennskap til bruddet',
      deadline: 'Frist for melding til Datatilsynet (72 timer)',
      date: 'Meldingen er datert',
      onTime: 'Innen fristen',
      onTimeYes: (left: string) => `Ja, ${left} igjen av fristen`,
      onTimeNo: (late: string) => `Nei, ${late} etter fristen`,
      delay: 'Årsak til forsinket melding',
      delayMissing: 'Må fylles ut: meldingen sendes etter fristen (personvernforordningen art. 33 nr. 1)',
    },
    since: {
      intro: (sent: string, reference: string | null) =>
        `Denne meldingen følger opp meldingen sendt ${sent}${reference ? ` (${reference})` : ''}. Dette er nytt eller endret siden da:`,
      nothing: (sent: string, reference: string | null) =>
        `Denne meldingen følger opp meldingen sendt ${sent}${reference ? ` (${reference})` : ''}. Ingen opplysninger i registreringen er endret siden da.`,
      measures: 'Nye eller endrede tiltak',
      attachments: 'Nye vedlegg',
      decision: 'Virksomheten har registrert en ny beslutning om melding og underretning.',
      delayReason: 'Årsaken til forsinket melding er oppgitt eller endret.',
      unknownHistory:
        'Historikken viser ikke hva som var kjent da forrige melding ble sendt. Alle opplysninger står under de respektive punktene.',
    },
    points: {
      cause: '1. Hovedårsak',
      period: '2. Tidsrom',
      discovered: '3. Når ble avviket oppdaget',
      count: '4. Antall berørte personer',
      what: '5. Beskrivelse av hva som har skjedd',
      how: '6. Hvordan avviket oppstod',
      data: '7. Type personopplysninger som ble berørt',
      relationship: '8. Virksomhetens relasjon til de berørte personene',
      whereNow: '9. Hvor personopplysningene befinner seg etter avviket',
      inPlace: 'Sikkerhetstiltak som var på plass',
    },
    fields: {
      cause: 'Årsak',
      causeDetail: 'Hovedårsaken beskrevet',
      malicious: 'Tilsiktet (ondsinnet) handling',
      from: 'Fra',
      to: 'Til',
      discoveredAt: 'Oppdaget',
      detection: 'Hvordan bruddet ble oppdaget',
      subjects: 'Berørte personer',
      records: 'Berørte registreringer av personopplysninger',
      description: 'Hva har skjedd',
      how: 'Hvordan bruddet oppstod',
      systems: 'Berørte systemer og hvor de befinner seg',
      personalData: 'Personopplysninger er berørt',
      categories: 'Kategorier av personopplysninger',
      special: 'Særlige kategorier (art. 9) eller straffedommer (art. 10)',
      relationship: 'Relasjon',
      subjectCategories: 'Kategorier av registrerte',
      vulnerable: 'Sårbare personer (f.eks. barn eller pasienter)',
      whereNow: 'Hvor opplysningene er nå',
      recipient: 'Hvem som har fått opplysningene',
      recovered: 'Opplysningene er hentet tilbake, gjenopprettet eller bekreftet slettet',
      misuse: 'Misbruk er observert',
      outage: 'Hvor lenge opplysningene var utilgjengelige',
      protection: 'Beskyttelse av opplysningene (kryptering)',
      inPlace: 'Sikkerhetstiltak',
      consequences: 'Mulige konsekvenser for de berørte personene',
      harms: 'Mulige skadevirkninger',
      risk: 'Resultat av risikovurderingen',
      assessment: 'Virksomhetens vurdering',
      severity: 'Alvorlighetsgrad etter ENISAs metode (veiledende)',
      severityNote:
        'Poengsummen er et hjelpemiddel. Den rettslige vurderingen bygger på risikofaktorene over.',
      reasons: 'Risikofaktorer vurderingen bygger på',
      taken: 'Tiltak som er gjort for å håndtere bruddet og redusere skadevirkningene',
      planned: 'Planlagte tiltak',
      prevention: 'Tiltak for å hindre gjentakelse',
      informed: 'Har de berørte blitt informert?',
      informedAt: 'Når',
      channel: 'Hvordan',
      duty: 'Plikt til å underrette de registrerte etter virksomhetens vurdering (art. 34)',
      exception: 'Unntak etter art. 34 nr. 3',
      noException: 'Ikke aktuelt',
      neutralised: 'Etterfølgende tiltak har fjernet den høye risikoen (art. 34 nr. 3 bokstav b)',
      disproportionate: 'Underretning av hver enkelt vil kreve uforholdsmessig stor innsats (art. 34 nr. 3 bokstav c)',
      comment: 'Kommentar',
      organisation: 'Virksomheten (behandlingsansvarlig)',
      reporter: 'Innmelder',
      dpo: 'Personvernombud',
      noDpo: 'Virksomheten har ikke utpekt personvernombud.',
      contactPoint: 'Kontaktpunkt for mer informasjon',
      sameAsDpo: 'Personvernombudet (se over)',
      sameAsReporter: 'Innmelderen (se over)',
      otherParties: 'Andre involverte (databehandler, felles behandlingsansvarlig)',
      police: 'Anmeldt til politiet',
      caseNumber: 'saksnummer',
      others: 'Varslet andre myndigheter (f.eks. NSM, Nkom, Finanstilsynet)',
      notifiedAt: 'varslet',
      reference: 'referanse',
      crossBorder: 'Grenseoverskridende behandling (art. 56)',
      crossBorderYes: 'Ja, grenseoverskridende behandling',
      leadAuthority: 'Ledende tilsynsmyndighet',
      countries: 'Berørte land',
      incidentTypes: 'Type hendelse',
      attachments: 'Filer som sendes med meldingen',
    },
  },
  en: {
    title: 'Notification of a personal data breach',
    subtitle: 'To Datatilsynet, for filling in the notification form in Altinn (GDPR Art. 33)',
    intro: "The sections follow the order of Datatilsynet's notification form.",
    introNotKnown:
      'Where it says “not yet known”, the information is not yet established and will follow (notification in phases, GDPR Art. 33(4)).',
    footer: 'Notification to Datatilsynet',
    headings: {
      notice: 'About this notification (Om meldingen)',
      since: 'New since the last notice (Nytt siden forrige melding)',
      description: 'Description of the breach (Beskrivelse av avviket)',
      consequences: 'Consequences (Konsekvenser)',
      measures: 'Measures (Tiltak)',
      information: 'Information to the people affected (Informasjon)',
      contact: 'Contact information (Kontaktinformasjon)',
      authorities: 'Other authorities (Andre myndigheter)',
      attachments: 'Attachments (Vedlegg)',
    },
    notice: {
      type: 'Type of notification',
      new: 'New notification',
      followUp: 'Follow-up of an earlier notification',
      phase: 'Status',
      complete: 'Complete notification',
      phased: 'Notification in phases: more information will follow (GDPR Art. 33(4))',
      phasedBecause: (unknown: string) =>
        `This notification is given in phases because the following is not yet established: ${unknown}. The organisation will provide the information without undue further delay (GDPR Art. 33(4)).`,
      phasedMore: 'The organisation will provide more information without undue further delay (GDPR Art. 33(4)).',
      earlierReference: 'Reference of the earlier notification',
      notApplicable: 'Not applicable (new notification)',
      ref: 'Internal reference',
      title: 'Incident',
      awareAt: 'When the controller became aware of the breach',
      deadline: 'Deadline for notifying Datatilsynet (72 hours)',
      date: 'This notification is dated',
      onTime: 'Within the deadline',
      onTimeYes: (left: string) => `Yes, ${left} of the deadline left`,
      onTimeNo: (late: string) => `No, ${late} after the deadline`,
      delay: 'Reasons for the delay',
      delayMissing: 'Must be filled in: the notification is sent after the deadline (GDPR Art. 33(1))',
    },
    since: {
      intro: (sent: string, reference: string | null) =>
        `This notification follows up the notification sent on ${sent}${reference ? ` (${reference})` : ''}. The following is new or changed since then:`,
      nothing: (sent: string, reference: string | null) =>
        `This notification follows up the notification sent on ${sent}${reference ? ` (${reference})` : ''}. Nothing in the record has changed since then.`,
      measures: 'New or changed measures',
      attachments: 'New attachments',
      decision: 'The organisation has recorded a new decision on notification and communication.',
      delayReason: 'The reasons for the delay have been given or changed.',
      unknownHistory:
        'The history does not show what was known when the last notification was sent. All information is given under each point.',
    },
    points: {
      cause: '1. Main cause',
      period: '2. Period',
      discovered: '3. When the breach was discovered',
      count: '4. Number of people affected',
      what: '5. What happened',
      how: '6. How the breach occurred',
      data: '7. Types of personal data affected',
      relationship: '8. Our relationship to the people affected',
      whereNow: '9. Where the personal data is after the breach',
      inPlace: 'Security measures in place',
    },
    fields: {
      cause: 'Cause',
      causeDetail: 'The main cause described',
      malicious: 'Deliberate (malicious) act',
      from: 'From',
      to: 'To',
      discoveredAt: 'Discovered',
      detection: 'How the breach was discovered',
      subjects: 'People affected',
      records: 'Personal data records affected',
      description: 'What happened',
      how: 'How the breach occurred',
      systems: 'Systems involved and where they are',
      personalData: 'Personal data is affected',
      categories: 'Categories of personal data',
      special: 'Special categories (Art. 9) or criminal offence data (Art. 10)',
      relationship: 'Relationship',
      subjectCategories: 'Categories of data subjects',
      vulnerable: 'Vulnerable people (e.g. children or patients)',
      whereNow: 'Where the data is now',
      recipient: 'Who has received the data',
      recovered: 'The data is retrieved, restored or confirmed deleted',
      misuse: 'Misuse has been observed',
      outage: 'How long the data was unavailable',
      protection: 'Protection of the data (encryption)',
      inPlace: 'Security measures',
      consequences: 'Likely consequences for the people affected',
      harms: 'Possible harm',
      risk: 'Outcome of the risk assessment',
      assessment: "The organisation's assessment",
      severity: "Severity by ENISA's method (advisory)",
      severityNote: 'The score is an aid. The legal assessment rests on the risk factors above.',
      reasons: 'Risk factors the assessment rests on',
      taken: 'Measures taken to address the breach and mitigate its effects',
      planned: 'Measures planned',
      prevention: 'Measures to prevent it from happening again',
      informed: 'Have the people affected been informed?',
      informedAt: 'When',
      channel: 'How',
      duty: "Duty to inform the people affected, by the organisation's assessment (Art. 34)",
      exception: 'Exception under Art. 34(3)',
      noException: 'Not applicable',
      neutralised: 'Subsequent measures have removed the high risk (Art. 34(3)(b))',
      disproportionate: 'Informing each person would involve disproportionate effort (Art. 34(3)(c))',
      comment: 'Comment',
      organisation: 'The organisation (controller)',
      reporter: 'Person reporting',
      dpo: 'Data protection officer',
      noDpo: 'The organisation has not designated a data protection officer.',
      contactPoint: 'Contact point for more information',
      sameAsDpo: 'The data protection officer (above)',
      sameAsReporter: 'The person reporting (above)',
      otherParties: 'Others involved (processor, joint controller)',
      police: 'Reported to the police',
      caseNumber: 'case number',
      others: 'Other authorities notified (e.g. NSM, Nkom, Finanstilsynet)',
      notifiedAt: 'notified',
      reference: 'reference',
      crossBorder: 'Cross-border processing (Art. 56)',
      crossBorderYes: 'Yes, cross-border processing',
      leadAuthority: 'Lead supervisory authority',
      countries: 'Countries affected',
      incidentTypes: 'Type of incident',
      attachments: 'Files sent with the notification',
    },
  },
} satisfies ByLang<unknown>;

export type NotificationText = (typeof NOTIFICATION)['nb'];
// The English table must have every label the Norwegian one has.
const englishIsComplete: NotificationText = NOTIFICATION.en;
void englishIsComplete;

type Outcome = Pick<Assessment, 'personalDataCompromised' | 'risk' | 'notifyAuthority' | 'notifySubjects' | 'subjectException' | 'unknowns'>;

const STATEMENTS = {
  nb: {
    notABreach:
      'Virksomheten vurderer at hendelsen ikke er et brudd på personopplysningssikkerheten (personvernforordningen art. 4 nr. 12).',
    none: 'Virksomheten vurderer at bruddet sannsynligvis ikke vil medføre risiko for de registrertes rettigheter og friheter (personvernforordningen art. 33 nr. 1).',
    risk: 'Virksomheten vurderer at bruddet kan medføre risiko for de registrertes rettigheter og friheter, og melder det derfor til Datatilsynet (personvernforordningen art. 33 nr. 1).',
    high: 'Virksomheten vurderer at bruddet sannsynligvis vil medføre høy risiko for de registrertes rettigheter og friheter, og melder det derfor til Datatilsynet (personvernforordningen art. 33 nr. 1).',
    inform:
      'De registrerte underrettes uten ugrunnet opphold, i en egen melding på et klart og enkelt språk (personvernforordningen art. 34 nr. 1 og 2).',
    notHigh:
      'Virksomheten vurderer at risikoen ikke er høy, og at det derfor ikke er plikt til å underrette de registrerte (personvernforordningen art. 34 nr. 1).',
    encrypted:
      'Virksomheten vurderer at de registrerte ikke skal underrettes, fordi opplysningene er uleselige for uvedkommende, f.eks. ved kryptering (personvernforordningen art. 34 nr. 3 bokstav a).',
    'subsequent-measures':
      'Virksomheten vurderer at de registrerte ikke skal underrettes, fordi etterfølgende tiltak gjør at den høye risikoen sannsynligvis ikke lenger vil inntreffe (personvernforordningen art. 34 nr. 3 bokstav b).',
    'disproportionate-effort':
      'Virksomheten vurderer at underretning av hver enkelt vil kreve uforholdsmessig stor innsats. Allmennheten underrettes i stedet, slik at de registrerte informeres på en like effektiv måte (personvernforordningen art. 34 nr. 3 bokstav c).',
    unknowns:
      'Enkelte forhold er ikke avklart ennå. Virksomheten har vurdert dem på den forsiktige siden: det som ikke er avklart, er ikke lagt til grunn som «nei» (EDPBs retningslinjer 9/2022 punkt IV.B).',
  },
  en: {
    notABreach: 'The organisation considers that the incident is not a personal data breach (GDPR Art. 4(12)).',
    none: "The organisation considers that the breach is unlikely to result in a risk to the data subjects' rights and freedoms (GDPR Art. 33(1)).",
    risk: "The organisation considers that the breach may result in a risk to the data subjects' rights and freedoms, and therefore notifies Datatilsynet (GDPR Art. 33(1)).",
    high: "The organisation considers that the breach is likely to result in a high risk to the data subjects' rights and freedoms, and therefore notifies Datatilsynet (GDPR Art. 33(1)).",
    inform:
      'The data subjects are informed without undue delay, in a dedicated message in clear and plain language (GDPR Art. 34(1) and (2)).',
    notHigh:
      'The organisation considers that the risk is not high, and that there is therefore no duty to inform the data subjects (GDPR Art. 34(1)).',
    encrypted:
      'The organisation considers that the data subjects need not be informed, because the data is unintelligible to anyone not authorised, e.g. by encryption (GDPR Art. 34(3)(a)).',
    'subsequent-measures':
      'The organisation considers that the data subjects need not be informed, because subsequent measures mean the high risk is no longer likely to materialise (GDPR Art. 34(3)(b)).',
    'disproportionate-effort':
      'The organisation considers that informing each person would involve disproportionate effort. A public communication is made instead, informing the data subjects in an equally effective manner (GDPR Art. 34(3)(c)).',
    unknowns:
      "Some facts are not yet established. The organisation has read them on the cautious side: what is not settled is not taken as “no” (EDPB Guidelines 9/2022 §IV.B).",
  },
} satisfies ByLang<unknown>;

/**
 * The organisation's assessment, stated to the authority ("Virksomheten vurderer at …, art. 33 nr. 1"),
 * from the assessment's outcome. The one place the notification words its conclusions: statements
 * the engine may give per reason can replace this function later.
 */
export function assessmentStatements(outcome: Outcome, lang: 'nb' | 'en'): string[] {
  const s = STATEMENTS[lang];
  if (outcome.personalDataCompromised === 'no') return [s.notABreach];
  const out = [s[outcome.risk]];
  if (outcome.notifySubjects) out.push(s.inform);
  else if (outcome.subjectException) out.push(s[outcome.subjectException]);
  else if (outcome.risk === 'risk') out.push(s.notHigh);
  if (outcome.unknowns.length > 0) out.push(s.unknowns);
  return out;
}
