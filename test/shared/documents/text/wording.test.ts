import { describe, expect, it } from 'vitest';
import { assessBreach, unknownFacts } from '../../../../shared/assessment';
import { pick } from '../../../../shared/documents/format';
import { citation } from '../../../../shared/documents/text/citation';
import { assessmentStatements } from '../../../../shared/documents/text/statements';
import { webshopFacts } from '../../../../shared/documents/sample';
import { textFor } from '../../../../shared/incident/text';

// How the documents word things to the authority and the reader (DOMAIN.md §3.4).

describe('citations in a bokmål document', () => {
  it.each([
    ['GDPR Art. 33(1)', 'personvernforordningen art. 33 nr. 1'],
    ['GDPR Art. 34(3)(a)', 'personvernforordningen art. 34 nr. 3 bokstav a'],
    ['GDPR Art. 4(12)', 'personvernforordningen art. 4 nr. 12'],
    ['GDPR Art. 33(1), 33(4)', 'personvernforordningen art. 33 nr. 1, art. 33 nr. 4'],
    ['GDPR Recital 85', 'personvernforordningen fortalepunkt 85'],
    ['EDPB Guidelines 9/2022 §IV.B', 'EDPBs retningslinjer 9/2022 punkt IV.B'],
    ['GDPR Art. 9; EDPB Guidelines 9/2022 §102', 'personvernforordningen art. 9; EDPBs retningslinjer 9/2022 punkt 102'],
    ['ENISA 2013', 'ENISA 2013'],
  ])('%s is cited as «%s»', (basis, norwegian) => {
    expect(citation(basis, 'nb')).toBe(norwegian);
  });

  it('are left as they are in English', () => {
    expect(citation('GDPR Art. 34(3)(a)', 'en')).toBe('GDPR Art. 34(3)(a)');
  });
});

describe("the organisation's assessment, stated to the authority", () => {
  const advice = /\b(Meld det|Underrett dem|Dokumenter|Finn ut|Notify Datatilsynet|Inform them|Find out)\b/;

  it('is declarative for every outcome, never advice', () => {
    const outcomes = [
      webshopFacts,
      { ...webshopFacts, protection: 'encrypted' as const, recipient: 'untrusted' as const, misuseObserved: 'no' as const },
      { ...webshopFacts, dataCategories: ['contact' as const], subjectCount: 3, recipient: 'trusted' as const, misuseObserved: 'no' as const, malicious: 'no' as const },
      unknownFacts(),
      { ...unknownFacts(), personalData: 'no' as const },
    ];
    for (const facts of outcomes)
      for (const lang of ['nb', 'en'] as const)
        for (const statement of assessmentStatements(assessBreach(facts), lang)) expect(statement).not.toMatch(advice);
  });

  it('says "Virksomheten vurderer at …" with the article in Norwegian form', () => {
    const [first] = assessmentStatements(assessBreach(webshopFacts), 'nb');
    expect(first).toMatch(/^Virksomheten vurderer at bruddet sannsynligvis vil medføre høy risiko .*\(personvernforordningen art\. 33 nr\. 1\)\.$/);
  });

  it('names the Art. 34(3) exception the assessment relies on', () => {
    const outcome = { ...assessBreach(webshopFacts), notifySubjects: false, subjectException: 'disproportionate-effort' as const };
    expect(assessmentStatements(outcome, 'nb').join(' ')).toContain('uforholdsmessig stor innsats');
    expect(assessmentStatements(outcome, 'nb').join(' ')).toContain('art. 34 nr. 3 bokstav c');
  });

  it('says when facts are still open and that they were read on the cautious side', () => {
    expect(assessmentStatements(assessBreach(unknownFacts()), 'nb').join(' ')).toContain('Enkelte forhold er ikke avklart ennå');
  });

  it('says so when the incident is not a personal data breach', () => {
    expect(assessmentStatements(assessBreach({ ...unknownFacts(), personalData: 'no' }), 'en')).toEqual([
      'The organisation considers that the incident is not a personal data breach (GDPR Art. 4(12)).',
    ]);
  });
});

describe('free text in a document of the other language', () => {
  it('is given with a note that it is only in the other language', () => {
    expect(pick({ nb: 'Bare norsk.', en: null }, 'en')).toBe('(Only available in Norwegian:) Bare norsk.');
    expect(pick({ nb: '', en: 'English only.' }, 'nb')).toBe('(Teksten finnes bare på engelsk:) English only.');
    expect(textFor({ nb: 'Bare norsk.', en: '  ' }, 'en')).toBe('(Only available in Norwegian:) Bare norsk.');
  });

  it('is given as it is when the language is there, or when it is one text for every language', () => {
    expect(pick({ nb: 'Norsk.', en: 'English.' }, 'en')).toBe('English.');
    expect(pick('AR512345678', 'en')).toBe('AR512345678');
    expect(pick({ nb: ' ', en: null }, 'en')).toBeNull();
    expect(textFor({ nb: '', en: '' }, 'nb')).toBe('');
  });
});
