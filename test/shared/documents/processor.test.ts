import { describe, expect, it } from 'vitest';
import { buildProcessorNoticePdf, processorNoticeSections } from '../../../shared/documents';
import { sampleProcessorNotice } from '../../../shared/documents/sample';
import { firstOutOfOrder, flatText, shippedFonts, squash } from './pdf';

// Art. 33(2): the hosting provider tells the web shop, without undue delay, what it knows.

const fonts = shippedFonts();

describe("a processor's notice to its controller", () => {
  const input = sampleProcessorNotice('nb');
  const text = flatText(buildProcessorNoticePdf(input, fonts));

  it('says who tells whom, under which agreement', () => {
    expect(text).toContain('Varsel om brudd på personopplysningssikkerheten');
    expect(text).toContain('artikkel 33 nr. 2');
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
      'Deres frist for å melde til Datatilsynet, regnet fra dette varselet: 30.03.2026 14:40 CEST',
    );
  });

  it('gives the facts the controller needs to judge the risk, and says what is not known yet', () => {
    expect(text).toContain('Brudd på konfidensialitet: Ja');
    expect(text).toContain('Berørte personer: ca. 2 340');
    expect(text).toContain('brukernavn og passord');
    expect(text).toContain('Planlagte tiltak: ikke kjent ennå');
    expect(text).toContain('Underleverandør (underdatabehandler) involvert: ikke kjent ennå');
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
      'Your deadline for notifying Datatilsynet, counted from this notice: 30/03/2026 14:40 CEST',
    );
    expect(english).toContain('Measures planned: not yet known');
  });
});
