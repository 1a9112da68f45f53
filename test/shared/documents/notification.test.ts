import { describe, expect, it } from 'vitest';
import { assessBreach, unknownFacts } from '../../../shared/assessment';
import { buildNotificationPdf, notificationContent, notificationSections } from '../../../shared/documents';
import type { NotificationDocumentInput } from '../../../shared/documents';
import { sampleNotification } from '../../../shared/documents/sample';
import { PdfWriter } from '../../../shared/documents/pdf/writer';
import { firstOutOfOrder, flatText, pageCount, pageTexts, shippedFonts, squash } from './pdf';

// The notice to Datatilsynet, read back from the PDF as a DPO copying it into Altinn would.

const fonts = shippedFonts();
/** Where the footer band begins on the notification's pages. */
const page = new PdfWriter(fonts, { title: '', lang: 'nb', createdAt: new Date(0) });
const FOOTER_TOP = page.pageHeight - page.margin.bottom;

/** A breach nobody has looked into yet: only a title and an awareness time. */
function blankNotice(lang: 'nb' | 'en'): NotificationDocumentInput {
  const facts = unknownFacts();
  return {
    ...sampleNotification(lang),
    dpo: null,
    reporter: { name: null, role: null, email: null, phone: null },
    otherParties: null,
    incident: {
      ref: 'AVV-2026-011',
      title: 'Mistenkelig innlogging',
      description: null,
      howItHappened: null,
      mainCause: null,
      systems: null,
      dataLocationNow: null,
      relationship: null,
      subjectCategories: [],
      incidentTypes: [],
      subjectCountPrecision: null,
      recordCountPrecision: null,
      attachments: [],
      consequences: null,
      occurredFrom: null,
      occurredTo: null,
      discoveredAt: null,
      awareAt: '2026-03-28T07:00:00.000Z',
      detection: null,
      detectionDetail: null,
    },
    facts,
    assessment: assessBreach(facts),
    measures: { inPlace: null, taken: null, planned: null, prevention: null },
    subjectsInformed: { status: null, at: null, channel: null, explanation: null },
    authorities: { police: null, policeDetail: null, others: null, crossBorder: null },
  };
}

describe('the notification to Datatilsynet, in bokmål', () => {
  const input = sampleNotification('nb');
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

  it('shows awareness in winter time and the deadline, 72 hours later, in summer time, each with its zone', () => {
    expect(text).toContain('Tidspunkt for når virksomheten fikk kjennskap til bruddet: 27.03.2026 14:30 CET');
    expect(text).toContain('Frist for melding til Datatilsynet (72 timer): 30.03.2026 15:30 CEST');
    expect(text).toContain('Innen fristen: Ja, 2 d 04 t 15 min igjen av fristen');
  });

  it('says it is a new notice and that it is phased (trinnvis)', () => {
    expect(text).toContain('Type melding: Ny melding');
    expect(text).toContain('Trinnvis melding: mer informasjon ettersendes (artikkel 33 nr. 4)');
  });

  it('carries the EDPB items: C/I/A, cause, people and records, measures in place', () => {
    expect(text).toContain('Brudd på konfidensialitet: Ja');
    expect(text).toContain('Brudd på integritet: Nei');
    expect(text).toContain('Årsak: Angrep utenfra');
    expect(text).toContain('Berørte personer: ca. 2 340');
    expect(text).toContain('Berørte registreringer av personopplysninger: ca. 18 400');
    expect(text).toContain('brukernavn og passord');
    expect(text).toContain('Beskyttelse av opplysningene (kryptering): Hashet med en svak metode');
  });

  it('gives the risk outcome, the ENISA score with its parts, and the reasons with their basis', () => {
    const { severity } = input.assessment;
    expect(text).toContain(
      'Resultat av risikovurderingen: Høy risiko for de registrertes rettigheter og friheter',
    );
    expect(text).toContain(
      `SE ${severity.score} = DPC ${severity.dpc} × EI ${severity.ei} + CB ${severity.cb}`,
    );
    // Whole, each one: a reason is never cut by a page break.
    for (const reason of input.assessment.reasons) expect(text).toContain(squash(`${reason.statement.nb}.`));
  });

  it('names the organisation, the reporter, the DPO and the measures', () => {
    for (const item of [
      'Sjøberg Sykkel og Friluft AS',
      '923 456 781',
      'Petter Ødegård',
      'Ingrid Bårdsen',
      'personvern@sjoberg-sykkel.example',
      'Alle kundepassord er nullstilt',
    ]) {
      expect(text).toContain(item);
    }
  });

  it('prints, word for word, the sections the UI offers to copy into Altinn', () => {
    for (const section of notificationSections(input)) {
      expect(body).toContain(section.heading);
      // The PDF draws a bullet where the text has "- ".
      for (const line of section.body.split('\n').filter(Boolean))
        expect(body).toContain(squash(line.replace(/^- /, '')));
    }
  });
});

describe('the notification to Datatilsynet, in English', () => {
  const text = flatText(buildNotificationPdf(sampleNotification('en'), fonts));

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
    expect(text).toContain('When the organisation became aware of the breach: 27/03/2026 14:30 CET');
    expect(text).toContain('Deadline for notifying Datatilsynet (72 hours): 30/03/2026 15:30 CEST');
  });

  it('writes the reasons in English', () => {
    expect(text).toContain(
      "The organisation considers that the breach may result in a risk to the data subjects' rights and freedoms (GDPR Art. 33(1)).",
    );
    expect(text).not.toContain('Bruddet kan medføre risiko');
  });
});

describe('a notification with almost nothing known yet', () => {
  it('prints "ikke kjent ennå" for every missing fact and never leaves a field blank', () => {
    const input = blankNotice('nb');
    for (const section of notificationContent(input)) {
      for (const block of section.blocks)
        if (block.kind === 'field') expect(block.value.trim(), block.label).not.toBe('');
    }
    const text = flatText(buildNotificationPdf(input, fonts));
    for (const field of [
      'Årsak',
      'Fra',
      'Til',
      'Oppdaget',
      'Berørte personer',
      'Hva har skjedd',
      'Kategorier av personopplysninger',
      'Hvor opplysningene er nå',
    ]) {
      expect(text).toContain(`${field}: ikke kjent ennå`);
    }
    expect(text).toContain('Virksomheten har ikke utpekt personvernombud.');
  });

  it('prints "not yet known" in English', () => {
    const text = flatText(buildNotificationPdf(blankNotice('en'), fonts));
    expect(text).toContain('People affected: not yet known');
    expect(text).toContain('Cause: not yet known');
  });
});

describe('a late notification', () => {
  const late = (reasons: string | null): NotificationDocumentInput => ({
    ...sampleNotification('nb'),
    now: '2026-03-31T08:00:00.000Z',
    notice: { type: 'new', phase: 'complete', earlierReference: null, reasonsForDelay: reasons },
  });

  it('gives the reasons for the delay (Art. 33(1))', () => {
    const text = flatText(
      buildNotificationPdf(late('Driftsleverandøren bekreftet uttrekket først mandag kveld.'), fonts),
    );
    expect(text).toContain('Innen fristen: Nei, 18 t 30 min etter fristen');
    expect(text).toContain(
      'Årsak til forsinket melding: Driftsleverandøren bekreftet uttrekket først mandag kveld.',
    );
  });

  it('says the reasons must be filled in when they are missing', () => {
    expect(flatText(buildNotificationPdf(late(null), fonts))).toContain(
      'Må fylles ut: meldingen sendes etter fristen (artikkel 33 nr. 1)',
    );
  });

  it('asks for no reasons when the notice is on time', () => {
    expect(flatText(buildNotificationPdf(sampleNotification('nb'), fonts))).not.toContain(
      'Årsak til forsinket melding',
    );
  });
});

describe('a follow-up notification', () => {
  it('refers to the earlier notice and says it completes it', () => {
    const input: NotificationDocumentInput = {
      ...sampleNotification('nb'),
      now: '2026-04-02T08:00:00.000Z',
      notice: {
        type: 'follow-up',
        phase: 'complete',
        earlierReference: 'AR512345678',
        reasonsForDelay: null,
      },
    };
    const text = flatText(buildNotificationPdf(input, fonts));
    expect(text).toContain('Type melding: Oppfølging av tidligere melding');
    expect(text).toContain('Status: Fullstendig melding');
    expect(text).toContain('Referanse til tidligere melding: AR512345678');
    // A follow-up after the 72 hours is not a late notification.
    expect(text).not.toContain('Årsak til forsinket melding');
  });
});

describe('the notification as a file', () => {
  it('is the same bytes for the same input (its hash can be recorded)', () => {
    const input = sampleNotification('nb');
    expect(
      Buffer.from(buildNotificationPdf(input, fonts)).equals(Buffer.from(buildNotificationPdf(input, fonts))),
    ).toBe(true);
  });

  it('takes a few pages, not dozens', () => {
    const pages = pageCount(buildNotificationPdf(sampleNotification('nb'), fonts));
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(6);
  });

  it('refuses a document date that is not an instant', () => {
    expect(() => buildNotificationPdf({ ...sampleNotification('nb'), now: 'i går' }, fonts)).toThrow(
      RangeError,
    );
  });
});
