import { describe, expect, it } from 'vitest';
import { unknownFacts } from '../../../shared/assessment';
import { buildNotificationPdf, notificationContent, notificationSections } from '../../../shared/documents';
import type { NotificationDocumentInput } from '../../../shared/documents';
import { notificationInput } from '../../../shared/documents/record/notification';
import {
  sampleFollowUp,
  sampleHalfKnownNotification,
  sampleNotification,
  sampleRecord,
} from '../../../shared/documents/sample';
import { newIncident } from '../../../shared/incident/model';
import { digest } from '../incident/fixtures';
import { PdfWriter } from '../../../shared/documents/pdf/writer';
import { factorStatements } from '../../../shared/documents/text/statements';
import { firstOutOfOrder, flatText, pageCount, pageTexts, shippedFonts, squash } from './pdf';

// The notice to Datatilsynet, read back from the PDF as a DPO copying it into Altinn would. The
// sample is recorded through the app's change functions and mapped by shared/documents/record.

const fonts = shippedFonts();
/** Where the footer band begins on the notification's pages. */
const page = new PdfWriter(fonts, { title: '', lang: 'nb', createdAt: new Date(0) });
const FOOTER_TOP = page.pageHeight - page.margin.bottom;
const sample = await sampleRecord(digest);

/** Every field value and paragraph the document itself writes (not the engine's factor texts). */
function ownTexts(input: NotificationDocumentInput): string[] {
  return notificationContent(input).flatMap((section) =>
    section.blocks.flatMap((b) => (b.kind === 'field' ? [b.value] : b.kind === 'paragraph' ? [b.text] : [])),
  );
}

describe('the complete incident notified to Datatilsynet, in bokmål', () => {
  const input = sampleNotification(sample, 'nb');
  const pdf = buildNotificationPdf(input, fonts);
  const text = flatText(pdf);
  // The pages' text without the footers: what a DPO selects and copies.
  const body = pageTexts(pdf, { footerTop: FOOTER_TOP }).join(' ');

  it("follows the Altinn form's headings in the form's order", () => {
    expect(
      firstOutOfOrder(text, [
        'Om meldingen',
        'Beskrivelse av avviket',
        'Konsekvenser',
        'Tiltak',
        'Informasjon',
        'Kontaktinformasjon',
        'Andre myndigheter',
        'Vedlegg',
      ]),
    ).toBeNull();
  });

  it("gives Datatilsynet's nine sub-points of the description, numbered and in order", () => {
    expect(
      firstOutOfOrder(text, [
        '1. Hovedårsak',
        '2. Tidsrom',
        '3. Når ble avviket oppdaget',
        '4. Antall berørte personer',
        '5. Beskrivelse av hva som har skjedd',
        '6. Hvordan avviket oppstod',
        '7. Type personopplysninger som ble berørt',
        '8. Virksomhetens relasjon til de berørte personene',
        '9. Hvor personopplysningene befinner seg etter avviket',
      ]),
    ).toBeNull();
  });

  it('has nothing "not yet known": every question of the form is answered from the record', () => {
    expect(text).not.toContain('ikke kjent ennå');
    for (const value of ownTexts(input)) expect(value).not.toContain('ikke kjent');
    expect(text).not.toContain('Teksten finnes bare på engelsk');
  });

  it('prints every field of the record in the order of the form', () => {
    expect(
      firstOutOfOrder(text, [
        'Hovedårsaken beskrevet: Manglende oppdatering av et tillegg i nettbutikken.',
        'Fra: 20.03.2026 02:14 CET',
        'Til: 26.03.2026 23:40 CET',
        'Oppdaget: 27.03.2026 08:05 CET',
        'Hvordan bruddet ble oppdaget: Varslet av databehandler. Driftsleverandøren varslet om uvanlig databasetrafikk.',
        'Berørte personer: ca. 2 340',
        'Berørte registreringer av personopplysninger: 18 400',
        'Type hendelse: Utnyttet sårbarhet og uthenting av data',
        'Brudd på konfidensialitet: Ja',
        'Hvordan bruddet oppstod: Tillegget for produktanmeldelser',
        'Berørte systemer og hvor de befinner seg: WooCommerce 8.6 (www.sjoberg-sykkel.example), MySQL 8 (Skybrygga Drift AS, Oslo)',
        'Særlige kategorier (art. 9) eller straffedommer (art. 10): Nei',
        'Relasjon: Kunder som har handlet i nettbutikken siden 2019.',
        'Kategorier av registrerte: Kunder',
        'Hvor opplysningene er nå: Kopien er hos en ukjent aktør.',
        'Hvem som har fått opplysningene: En ondsinnet aktør',
        'Misbruk er observert: Ja',
        'Beskyttelse av opplysningene (kryptering): Hashet med en svak metode',
        'Sikkerhetstiltak: Tilgangsstyring, tofaktorautentisering, sikkerhetskopi og logging. Brannmur foran nettbutikken',
        'Mulige konsekvenser for de berørte personene: Kundene kan bli utsatt for målrettet svindel',
        'Tillegget er fjernet og nettbutikken oppdatert.',
        'Passord lagres med bcrypt fra 1. april.',
        'Ekstern sikkerhetstest av nettbutikken i april.',
        'Har de berørte blitt informert? Ja',
        'Når: 28.03.2026 09:00 CET',
        'Hvordan: e-post',
        'Organisasjonsnummer: 923 456 783',
        'Innmelder Navn: Petter Ødegård Rolle: daglig leder Telefon: +47 900 12 345',
        'Personvernombud Navn: Ingrid Bårdsen Rolle: personvernombud',
        'Kontaktpunkt for mer informasjon Personvernombudet (se over)',
        'Databehandler: Skybrygga Drift AS (sikkerhet@skybrygga.example). Drifter nettbutikken og varslet oss om bruddet.',
        'Anmeldt til politiet: Ja, anmeldt 28.03.2026 09:20 CET, saksnummer 13579246',
        'Nasjonal sikkerhetsmyndighet (NSM), varslet 28.03.2026 09:30 CET, referanse NCSC-2026-0412',
        'Grenseoverskridende behandling (art. 56): Nei',
        'database-log-2026-03-27.txt (1 kB) SHA-256',
      ].map(squash)),
    ).toBeNull();
  });

  it('shows awareness in winter time and the deadline, 72 hours later, in summer time, the time left in words', () => {
    expect(text).toContain('Tidspunktet den behandlingsansvarlige fikk kjennskap til bruddet: 27.03.2026 14:30 CET');
    expect(text).toContain('Frist for melding til Datatilsynet (72 timer): 30.03.2026 15:30 CEST');
    expect(text).toContain('Innen fristen: Ja, 2 døgn, 4 timer og 15 minutter igjen av fristen');
  });

  it('is a new, complete notice: no fact that could change the conclusion is open', () => {
    expect(input.assessment.unknowns).toEqual([]);
    expect(text).toContain('Type melding: Ny melding');
    expect(text).toContain('Status: Fullstendig melding');
    expect(text).not.toContain('Trinnvis');
  });

  it("states the organisation's assessment to the authority, and gives no advice", () => {
    expect(text).toContain(
      'Virksomheten vurderer at bruddet sannsynligvis vil medføre høy risiko for de registrertes rettigheter og friheter, og melder det derfor til Datatilsynet (personvernforordningen art. 33 nr. 1).',
    );
    expect(text).toContain('De registrerte underrettes uten ugrunnet opphold');
    for (const advice of ['Meld det til Datatilsynet', 'Underrett dem', 'Dokumenter hendelsen', 'Finn ut'])
      expect(text).not.toContain(advice);
  });

  it('cites in Norwegian form', () => {
    expect(text).toContain('(EDPBs retningslinjer 9/2022 punkt IV.B)');
    expect(text).toContain('(personvernforordningen fortalepunkt 85)');
    expect(text).not.toMatch(/GDPR|Guidelines|artikkel 33/);
  });

  it('gives the risk outcome and the ENISA score with its parts', () => {
    const { severity } = input.assessment;
    expect(text).toContain('Resultat av risikovurderingen: Høy risiko for de registrertes rettigheter og friheter');
    expect(text).toContain(`SE ${severity.score} = DPC ${severity.dpc} × EI ${severity.ei} + CB ${severity.cb}`);
  });

  it('states each factor behind the conclusion as the engine words it, whole, never cut by a page break', () => {
    const factors = factorStatements(input.assessment, 'nb');
    expect(factors.length).toBeGreaterThan(3);
    for (const statement of factors) expect(body).toContain(squash(statement));
    expect(text).toContain('Bruddet er et brudd på konfidensialitet');
  });

  it('prints, word for word, the sections the UI offers to copy into Altinn', () => {
    for (const section of notificationSections(input)) {
      expect(body).toContain(section.heading);
      // The PDF draws a bullet where the text has "- ".
      for (const line of section.body.split('\n').filter(Boolean)) expect(body).toContain(squash(line.replace(/^- /, '')));
    }
  });
});

describe('the complete incident notified, in English', () => {
  const input = sampleNotification(sample, 'en');
  const text = flatText(buildNotificationPdf(input, fonts));

  it('has nothing "not yet known" and every free text in English', () => {
    expect(text).not.toContain('not yet known');
    for (const value of ownTexts(input)) expect(value).not.toMatch(/not (yet )?known/);
    expect(text).not.toContain('Only available in Norwegian');
    expect(text).toContain('What happened: An unauthorised party exploited a vulnerability');
    expect(text).toContain('Role: data protection officer');
  });

  it('keeps the Norwegian form headings next to the English ones', () => {
    expect(
      firstOutOfOrder(text, [
        'Description of the breach (Beskrivelse av avviket)',
        'Consequences (Konsekvenser)',
        'Measures (Tiltak)',
        'Contact information (Kontaktinformasjon)',
      ]),
    ).toBeNull();
  });

  it('shows the deadline in Oslo time with its zone', () => {
    expect(text).toContain('When the controller became aware of the breach: 27/03/2026 14:30 CET');
    expect(text).toContain('Deadline for notifying Datatilsynet (72 hours): 30/03/2026 15:30 CEST');
    expect(text).toContain('Yes, 2 days, 4 hours and 15 minutes of the deadline left');
  });

  it('states the assessment in English with English citations', () => {
    expect(text).toContain(
      "The organisation considers that the breach is likely to result in a high risk to the data subjects' rights and freedoms, and therefore notifies Datatilsynet (GDPR Art. 33(1)).",
    );
    expect(text).not.toContain('Virksomheten vurderer');
  });
});

describe('the half-known incident', () => {
  const nb = sampleHalfKnownNotification(sample, 'nb');
  const text = flatText(buildNotificationPdf(nb, fonts));

  it('is phased by default, and says so and why (Art. 33(4))', () => {
    expect(nb.notice.phase).toBe('phased');
    expect(text).toContain('Status: Trinnvis melding: mer informasjon ettersendes (personvernforordningen art. 33 nr. 4)');
    expect(text).toMatch(/Meldingen sendes trinnvis fordi dette ikke er avklart ennå: [^.]*mottaker/);
    expect(text).toContain('Virksomheten ettersender opplysningene uten ugrunnet opphold');
  });

  it('prints "ikke kjent ennå" where the record does not know', () => {
    for (const field of ['Fra', 'Til', 'Berørte personer', 'Hvordan bruddet oppstod', 'Hvor opplysningene er nå'])
      expect(text).toContain(`${field}: ikke kjent ennå`);
    expect(text).toContain('Oppdaget: 01.04.2026 08:40 CEST');
  });

  it('says in English where the record has the text in Norwegian only, instead of mixing languages silently', () => {
    const english = flatText(buildNotificationPdf(sampleHalfKnownNotification(sample, 'en'), fonts));
    expect(english).toContain('People affected: not yet known');
    expect(english).toContain(
      'What happened: (Only available in Norwegian:) Ukjent innlogging fra utlandet på e-postkontoen til en ansatt i kundeservice.',
    );
    expect(english).toContain('(Only available in Norwegian:) Kontoen er sperret og passordet byttet.');
  });
});

describe('a follow-up notification', () => {
  const input = sampleFollowUp(sample, 'nb');
  const text = flatText(buildNotificationPdf(input, fonts));

  it('refers to the notice sent and says what is new since, from the history', () => {
    expect(text).toContain('Type melding: Oppfølging av tidligere melding');
    expect(text).toContain('Referanse til tidligere melding: AR512345678');
    expect(
      firstOutOfOrder(text, [
        'Nytt siden forrige melding',
        'Denne meldingen følger opp meldingen sendt 28.03.2026 10:20 CET (AR512345678). Dette er nytt eller endret siden da:',
        'Berørte personer: 2 338',
        'Nye eller endrede tiltak',
        'Passord lagres med bcrypt fra 1. april.',
        'Beskrivelse av avviket',
      ]),
    ).toBeNull();
  });

  it('lists only what changed', () => {
    const since = notificationContent(input).find((s) => s.heading === 'Nytt siden forrige melding')!;
    const fields = since.blocks.filter((b) => b.kind === 'field').map((b) => (b.kind === 'field' ? b.label : ''));
    expect(fields).toEqual(['Berørte personer']);
  });

  it('is not a late notification: the 72 hours concern the first notice', () => {
    expect(text).not.toContain('Årsak til forsinket melding');
    expect(text).not.toContain('Innen fristen');
  });

  it('says so when the history does not show what was known at the last notice', () => {
    const unknown = { ...input, notice: { ...input.notice, sinceLastNotice: null } };
    expect(flatText(buildNotificationPdf(unknown, fonts))).toContain(
      'Historikken viser ikke hva som var kjent da forrige melding ble sendt.',
    );
  });

  it('has the section in English too', () => {
    const english = flatText(buildNotificationPdf(sampleFollowUp(sample, 'en'), fonts));
    expect(english).toContain('New since the last notice (Nytt siden forrige melding)');
    expect(english).toContain('People affected: 2,338');
  });
});

describe('a notification with almost nothing known yet', () => {
  const blank = (lang: 'nb' | 'en') => {
    const at = '2026-03-28T07:00:00.000Z';
    const incident = newIncident({ id: 'i', ref: 'AVV-2026-011', title: 'Mistenkelig innlogging', role: 'controller', awareAt: at, now: at, facts: unknownFacts() });
    return notificationInput(incident, undefined, [], [], { lang, timeZone: 'Europe/Oslo', now: new Date('2026-03-28T09:00:00Z') }, 'phased');
  };

  it('prints "ikke kjent ennå" for every missing fact and never leaves a field blank', () => {
    const input = blank('nb');
    for (const section of notificationContent(input))
      for (const block of section.blocks) if (block.kind === 'field') expect(block.value.trim(), block.label).not.toBe('');
    const text = flatText(buildNotificationPdf(input, fonts));
    for (const field of ['Årsak', 'Fra', 'Til', 'Oppdaget', 'Berørte personer', 'Hva har skjedd', 'Kategorier av personopplysninger', 'Hvor opplysningene er nå', 'Anmeldt til politiet'])
      expect(text).toContain(`${field}: ikke kjent ennå`);
    expect(text).toContain('Virksomheten har ikke utpekt personvernombud.');
    // A list the record keeps, with nothing in it, is "none recorded", not "not known".
    expect(text).toContain('Andre involverte (databehandler, felles behandlingsansvarlig): Ingen registrert');
  });

  it('prints "not yet known" in English', () => {
    const text = flatText(buildNotificationPdf(blank('en'), fonts));
    expect(text).toContain('People affected: not yet known');
    expect(text).toContain('Cause: not yet known');
  });
});

describe('a late notification', () => {
  const late = (reasons: string | null): NotificationDocumentInput => {
    const input = sampleNotification(sample, 'nb');
    return { ...input, now: '2026-03-31T08:00:00.000Z', notice: { ...input.notice, reasonsForDelay: reasons } };
  };

  it('gives the reasons for the delay (Art. 33(1))', () => {
    const text = flatText(buildNotificationPdf(late('Driftsleverandøren bekreftet uttrekket først mandag kveld.'), fonts));
    expect(text).toContain('Innen fristen: Nei, 18 timer og 30 minutter etter fristen');
    expect(text).toContain('Årsak til forsinket melding: Driftsleverandøren bekreftet uttrekket først mandag kveld.');
  });

  it('says the reasons must be filled in when they are missing', () => {
    expect(flatText(buildNotificationPdf(late(null), fonts))).toContain(
      'Må fylles ut: meldingen sendes etter fristen (personvernforordningen art. 33 nr. 1)',
    );
  });

  it('asks for no reasons when the notice is on time', () => {
    expect(flatText(buildNotificationPdf(sampleNotification(sample, 'nb'), fonts))).not.toContain('Årsak til forsinket melding');
  });
});

describe('the notification as a file', () => {
  it('is the same bytes for the same input (its hash can be recorded)', () => {
    const input = sampleNotification(sample, 'nb');
    expect(Buffer.from(buildNotificationPdf(input, fonts)).equals(Buffer.from(buildNotificationPdf(input, fonts)))).toBe(true);
  });

  it('takes a few pages, not dozens', () => {
    const pages = pageCount(buildNotificationPdf(sampleNotification(sample, 'nb'), fonts));
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(7);
  });

  it('refuses a document date that is not an instant', () => {
    expect(() => buildNotificationPdf({ ...sampleNotification(sample, 'nb'), now: 'i går' }, fonts)).toThrow(RangeError);
  });
});
