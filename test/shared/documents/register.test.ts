import { describe, expect, it } from 'vitest';
import { buildRegisterPdf } from '../../../shared/documents';
import type { RegisterDocumentInput } from '../../../shared/documents';
import { sampleRecord, sampleRegister as registerOf } from '../../../shared/documents/sample';
import { digest } from '../incident/fixtures';
import { flatText, pageCount, pdfText, shippedFonts } from './pdf';

// Art. 33(5): every breach is documented, notified or not, with the facts, effects and reasons.

const fonts = shippedFonts();
const sample = await sampleRecord(digest);
const sampleRegister = (lang: 'nb' | 'en') => registerOf(sample, lang);

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
      'Underrettet de registrerte',
      'Begrunnelse',
    ]) {
      expect(text).toContain(column);
    }
    expect(text).toContain('personvernforordningen art. 33 nr. 5');
  });

  it('lists every incident, also those not notified, with a summary', () => {
    for (const row of input.rows) expect(text).toContain(row.ref);
    expect(text).toContain('4 hendelser · 1 meldt til Datatilsynet · 1 med underretning av de registrerte');
  });

  it('shows when Datatilsynet and the people were notified, with the Altinn reference', () => {
    expect(text).toContain('28.03.2026 10:20 CET AR512345678');
    expect(text).toContain('28.03.2026 09:00 CET');
  });

  it('says whether an incident not notified had to be, and why', () => {
    expect(text).toContain('Ikke meldt (ikke påkrevd)');
    expect(text).toContain('Ikke meldt (påkrevd)');
    expect(text).toContain('Begrunnelse for ikke å melde: Mottakeren er kunde hos oss og bekreftet sletting samme dag.');
    expect(text).toContain('Begrunnelse for ikke å melde: Disken er kryptert med BitLocker');
    // Where the organisation gave no reasons of its own, the assessment is stated, not advised.
    expect(text).toContain('Virksomheten vurderer at bruddet sannsynligvis vil medføre høy risiko');
    expect(text).toContain('(personvernforordningen art. 33 nr. 1)');
    expect(text).not.toContain('Meld det til Datatilsynet');
    expect(text).not.toContain('[object Object]');
  });

  it('carries, under each row, the facts, the effects and the remedial action (Art. 33(5))', () => {
    expect(text).toContain('Hva skjedde: En uvedkommende utnyttet en sårbarhet i et tillegg til nettbutikken');
    expect(text).toContain('Virkninger: Kundene kan bli utsatt for målrettet svindel');
    expect(text).toContain('Tiltak som er gjort: Tillegget er fjernet og nettbutikken oppdatert. · Alle kundepassord er nullstilt.');
    expect(text).toContain('Tiltak som er gjort: Mottakeren slettet e-posten.');
    expect(text).toContain('Virkninger: ikke kjent ennå');
  });

  it('gives C/I/A, categories, people and the risk with its ENISA score', () => {
    expect(text).toContain('K: ja I: nei T: nei');
    expect(text).toContain('brukernavn og passord');
    expect(text).toContain('ca. 2 338');
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
