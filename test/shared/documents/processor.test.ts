import { describe, expect, it } from 'vitest';
import { buildProcessorNoticePdf, processorNoticeSections } from '../../../shared/documents';
import { sampleProcessorNotice as noticeOf, sampleRecord } from '../../../shared/documents/sample';
import { digest } from '../incident/fixtures';
import { firstOutOfOrder, flatText, shippedFonts, squash } from './pdf';

// Art. 33(2): the hosting provider tells the web shop, without undue delay, what it knows.

const fonts = shippedFonts();
const sample = await sampleRecord(digest);
const sampleProcessorNotice = (lang: 'nb' | 'en') => noticeOf(sample, lang);

describe("a processor's notice to its controller", () => {
  const input = sampleProcessorNotice('nb');
  const text = flatText(buildProcessorNoticePdf(input, fonts));

  it('says who tells whom, under which agreement', () => {
    expect(text).toContain('Varsel om brudd på personopplysningssikkerheten');
    expect(text).toContain('personvernforordningen art. 33 nr. 2');
    expect(text).toContain('Vår referanse: AVV-2026-001');
    expect(
      firstOutOfOrder(text, [
        'Til:',
        'Sjøberg Sykkel og Friluft AS',
        'Petter Ødegård',
        'Fra:',
        'Skybrygga Drift AS',
      ]),
    ).toBeNull();
    expect(text).toContain('Databehandleravtale: Databehandleravtale av 1. februar 2024');
  });

  it("shows the processor's own limit and the controller's 72 hours from this notice, in Oslo time", () => {
    expect(text).toContain('Vi fikk kjennskap til bruddet: 27.03.2026 10:10 CET');
    expect(text).toContain('Vår frist for å varsle dere (24 timer): 28.03.2026 10:10 CET');
    expect(text).toContain('Varslet innen fristen: Ja');
    expect(text).toContain(
      'Deres frist for å melde til Datatilsynet, regnet fra dette varselet: 30.03.2026 13:40 CEST',
    );
  });

  it('gives the facts the controller needs to judge the risk, and says what is not known yet', () => {
    expect(text).toContain('Brudd på konfidensialitet: Ja');
    expect(text).toContain('Berørte personer: ca. 2 300');
    expect(text).toContain('brukernavn og passord');
    expect(text).toContain('Misbruk er observert: ikke kjent ennå');
    expect(text).toContain('Planlagte tiltak: Ingen registrert');
    expect(text).toContain('Underleverandør (underdatabehandler) involvert: Ingen registrert');
    expect(text).toContain('Łucja Nowak-Haugen');
  });

  it('does not judge the risk itself', () => {
    expect(text).not.toContain('Resultat av risikovurderingen');
    expect(text).toContain('Vi melder ikke bruddet til Datatilsynet selv');
  });

  it('prints the same sections it offers as text', () => {
    for (const section of processorNoticeSections(input)) {
      for (const line of section.body.split('\n').filter(Boolean))
        expect(text).toContain(squash(line.replace(/^- /, '')));
    }
  });

  it('reads in English too', () => {
    const english = flatText(buildProcessorNoticePdf(sampleProcessorNotice('en'), fonts));
    expect(english).toContain(
      'Your deadline for notifying Datatilsynet, counted from this notice: 30/03/2026 13:40 CEST',
    );
    expect(english).toContain('Our reference: AVV-2026-001');
    expect(english).toContain('Measures planned: None recorded');
    expect(english).toContain('What happened: Unusual database traffic');
  });
});
