import { describe, expect, it } from 'vitest';
import { buildRegisterPdf } from '../../../shared/documents';
import type { RegisterDocumentInput } from '../../../shared/documents';
import { sampleRegister } from '../../../shared/documents/sample';
import { flatText, pageCount, pdfText, shippedFonts } from './pdf';

// Art. 33(5): every breach is documented, notified or not, with the facts, effects and reasons.

const fonts = shippedFonts();

describe('the breach register', () => {
  const input = sampleRegister('nb');
  const text = flatText(buildRegisterPdf(input, fonts));

  it('has the columns the record needs', () => {
    for (const column of [
      'Referanse',
      'Tidspunkter',
      'K/I/T',
      'Kategorier',
      'Berørte',
      'Risiko',
      'Meldt Datatilsynet',
      'Underrettet berørte',
      'Begrunnelse',
    ]) {
      expect(text).toContain(column);
    }
    expect(text).toContain('artikkel 33 nr. 5');
  });

  it('lists every incident, also those not notified, with a summary', () => {
    for (const row of input.rows) expect(text).toContain(row.ref);
    expect(text).toContain('4 hendelser · 1 meldt til Datatilsynet · 1 med underretning av de berørte');
  });

  it('shows when Datatilsynet and the people were notified, with the Altinn reference', () => {
    expect(text).toContain('28.03.2026 10:15 CET AR512345678');
    expect(text).toContain('30.03.2026 10:00 CEST');
  });

  it('says whether an incident not notified had to be, and why', () => {
    expect(text).toContain('Ikke meldt (ikke påkrevd)');
    expect(text).toContain('Ikke meldt (påkrevd)');
    expect(text).toContain('Mottakeren er kunde hos oss og bekreftet sletting samme dag.');
    expect(text).toContain('(GDPR Art. 33(1))');
  });

  it('gives C/I/A, categories, people and the risk with its ENISA score', () => {
    expect(text).toContain('K: ja I: nei T: nei');
    expect(text).toContain('brukernavn og passord');
    expect(text).toContain('ca. 2 340');
    expect(text).toMatch(/Høy risiko ENISA: svært høy \(\d+(,\d+)?\)/);
    expect(text).toContain('K: ? I: ? T: ?');
  });

  it('repeats the column headings on every page of a long register', () => {
    const many: RegisterDocumentInput = {
      ...input,
      rows: Array.from({ length: 30 }, (_, i) => ({
        ...input.rows[i % 4]!,
        ref: `AVV-2026-${String(i + 1).padStart(3, '0')}`,
      })),
    };
    const pdf = buildRegisterPdf(many, fonts);
    const pages = pdfText(pdf)
      .split('\f')
      .filter((p) => p.trim());
    expect(pageCount(pdf)).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Begrunnelse');
    expect(flatText(pdf)).toContain('AVV-2026-030');
  });

  it('says so when there is nothing to list', () => {
    expect(flatText(buildRegisterPdf({ ...input, rows: [] }, fonts))).toContain(
      'Ingen hendelser i perioden.',
    );
  });

  it('reads in English', () => {
    const english = flatText(buildRegisterPdf(sampleRegister('en'), fonts));
    expect(english).toContain('Breach register');
    expect(english).toContain('Not notified (not required)');
    expect(english).toContain('C: yes I: no A: no');
  });
});
