import { describe, expect, it } from 'vitest';
import { buildPublicNoticePdf, publicNoticeSections } from '../../../shared/documents';
import { samplePublicNotice, sampleRecord } from '../../../shared/documents/sample';
import { digest } from '../incident/fixtures';
import { firstOutOfOrder, flatText, pdfText, shippedFonts, squash } from './pdf';

// Art. 34(3)(c): where letters would take disproportionate effort, a public notice informs the people
// as effectively: what happened, who is affected, what it means, what they can do, whom to contact.

const fonts = shippedFonts();
const sample = await sampleRecord(digest);
const input = samplePublicNotice(sample);
const pdf = buildPublicNoticePdf(input, fonts);
const text = flatText(pdf);

describe('the public notice', () => {
  it('says what happened, who is affected, what it means, what was done, what people can do and whom to contact', () => {
    expect(
      firstOutOfOrder(text, [
        'Informasjon om brudd på personopplysningssikkerheten hos Sjøberg Sykkel og Friluft AS',
        'Publisert: 30. mars 2026 · Referanse: AVV-2026-003',
        'Hva har skjedd?',
        'Noen brøt seg inn i nettbutikken vår',
        'Hvem er berørt?',
        'Kunder som har handlet i nettbutikken siden 2019.',
        '2 338 personer er berørt.',
        'Hvilke opplysninger om deg er berørt?',
        'Hva kan dette bety for deg?',
        'Svindlere kan bruke opplysningene',
        'Hva har vi gjort?',
        'Hva kan du gjøre?',
        'Velg et nytt passord neste gang du logger inn hos oss.',
        'Hvem kan du kontakte?',
        'Ingrid Bårdsen, personvernombud',
        'personvernforordningen art. 34 nr. 3 bokstav c',
      ]),
    ).toBeNull();
  });

  it('has the same in English after the bokmål, every page footed in its own language', () => {
    expect(
      firstOutOfOrder(text, [
        'English version: see the following pages.',
        'Hva har skjedd?',
        'This is the English version.',
        'Information about a personal data breach at Sjøberg Sykkel og Friluft AS',
        'Who is affected?',
        'Customers who have shopped in the web shop since 2019.',
        '2,338 people are affected.',
        'Ingrid Bårdsen, data protection officer',
        'Article 34(3)(c)',
      ]),
    ).toBeNull();
    const pages = pdfText(pdf).split('\f').filter((p) => p.trim());
    for (const page of pages) {
      if (page.includes('Who is affected?')) expect(page).toMatch(/Public notice · Page \d of \d/);
      if (page.includes('Hvem er berørt?')) expect(page).toMatch(/Offentlig informasjon · Side \d av \d/);
    }
  });

  it('offers the same text, section by section, to publish on a website', () => {
    // The PDF's text without its footers, which may fall in the middle of a paragraph.
    const body = squash(pdfText(pdf).replace(/^.*· (Page \d of|Side \d av) \d.*$/gm, ''));
    for (const section of publicNoticeSections(input, 'en')) {
      expect(body).toContain(section.heading);
      for (const line of section.body.split('\n').filter(Boolean)) expect(body).toContain(squash(line.replace(/^- /, '')));
    }
  });

  it('says plainly who is affected when the record does not know yet', () => {
    const unknown = flatText(buildPublicNoticePdf({ ...input, languages: ['nb'], affected: { categories: [], relationship: null, count: null, precision: null } }, fonts));
    expect(unknown).toContain('Hvem som er berørt, er ikke kjent ennå.');
    expect(unknown).not.toContain('English version');
  });
});
