import type { ByLang } from './common';

// The processor's notice to its controller (GDPR Art. 33(2), EDPB Guidelines 9/2022 on processor
// obligations): the facts the controller needs to assess the risk and meet its own 72 hours.

export const PROCESSOR = {
  nb: {
    title: 'Varsel om brudd på personopplysningssikkerheten',
    subtitle: 'Fra databehandler til behandlingsansvarlig (personvernforordningen art. 33 nr. 2)',
    footer: 'Varsel til behandlingsansvarlig',
    to: 'Til',
    from: 'Fra',
    agreement: 'Databehandleravtale',
    // DOMAIN.md §3.4: the processor's own reference.
    ref: 'Vår referanse',
    intro: (controller: string) =>
      `Vi behandler personopplysninger på vegne av ${controller}. Med dette varsler vi, uten ugrunnet opphold, om et brudd på personopplysningssikkerheten som gjelder disse opplysningene. Som behandlingsansvarlig vurderer dere risikoen for de registrerte, og om bruddet skal meldes til Datatilsynet og de registrerte.`,
    headings: {
      deadlines: 'Tidspunkter og frister',
      what: 'Hva har skjedd',
      data: 'Berørte personopplysninger og personer',
      measures: 'Tiltak',
      next: 'Videre oppfølging',
      contact: 'Kontaktinformasjon',
    },
    awareAt: 'Vi fikk kjennskap til bruddet',
    ourDeadline: (hours: string) => `Vår frist for å varsle dere (${hours})`,
    sentAt: 'Dette varselet er datert',
    onTime: 'Varslet innen fristen',
    yourDeadline: 'Deres frist for å melde til Datatilsynet, regnet fra dette varselet',
    yourDeadlineNote:
      'Dere regnes normalt for å ha fått kjennskap til bruddet når dere mottar varselet fra oss (EDPBs retningslinjer 9/2022). Fristen over forutsetter at dere mottar det på datoen det er datert.',
    subProcessor: 'Underleverandør (underdatabehandler) involvert',
    next: [
      'Opplysninger som ikke er kjent ennå, ettersender vi så snart vi har dem (personvernforordningen art. 33 nr. 4).',
      'Vi bistår dere med å oppfylle pliktene etter personvernforordningen art. 33 og 34 (art. 28 nr. 3 bokstav f), også med utkast til melding og brev til de registrerte.',
      'Vi melder ikke bruddet til Datatilsynet selv, med mindre dere ber oss om det.',
    ],
    ourContact: 'Vår kontaktperson',
  },
  en: {
    title: 'Notice of a personal data breach',
    subtitle: 'From processor to controller (GDPR Article 33(2))',
    footer: 'Notice to the controller',
    to: 'To',
    from: 'From',
    agreement: 'Data processing agreement',
    ref: 'Our reference',
    intro: (controller: string) =>
      `We process personal data on behalf of ${controller}. We hereby notify you, without undue delay, of a personal data breach affecting that data. As controller, you assess the risk to the data subjects and whether the breach must be notified to Datatilsynet and to the data subjects.`,
    headings: {
      deadlines: 'Times and deadlines',
      what: 'What happened',
      data: 'Personal data and people affected',
      measures: 'Measures',
      next: 'Next steps',
      contact: 'Contact information',
    },
    awareAt: 'We became aware of the breach',
    ourDeadline: (hours: string) => `Our deadline for notifying you (${hours})`,
    sentAt: 'This notice is dated',
    onTime: 'Notified within the deadline',
    yourDeadline: 'Your deadline for notifying Datatilsynet, counted from this notice',
    yourDeadlineNote:
      'You are normally regarded as aware of the breach once you receive our notice (EDPB Guidelines 9/2022). The deadline above assumes you receive it on the date it is dated.',
    subProcessor: 'Sub-processor involved',
    next: [
      'Information not yet known will follow as soon as we have it (Art. 33(4)).',
      'We assist you in meeting your obligations under Articles 33 and 34 (Art. 28(3)(f)), including drafts of the notification and of letters to the data subjects.',
      'We do not notify Datatilsynet ourselves unless you ask us to.',
    ],
    ourContact: 'Our contact person',
  },
} satisfies ByLang<unknown>;

export type ProcessorText = (typeof PROCESSOR)['nb'];
const englishIsComplete: ProcessorText = PROCESSOR.en;
void englishIsComplete;
