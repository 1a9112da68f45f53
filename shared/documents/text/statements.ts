import { factorOf, type Assessment, type RecordedAssessment } from '../../assessment';
import { citation } from './citation';
import type { ByLang } from './common';
import type { Lang } from '../../i18n/lang';

// The organisation's assessment as the documents state it to the authority and in the register
// (DOMAIN.md §3.4): "Virksomheten vurderer at …, personvernforordningen art. 33 nr. 1", never the
// advice Avvik gives the DPO ("Meld det til Datatilsynet …").

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
export function assessmentStatements(outcome: Outcome, lang: Lang): string[] {
  const s = STATEMENTS[lang];
  if (outcome.personalDataCompromised === 'no') return [s.notABreach];
  const out = [s[outcome.risk]];
  if (outcome.notifySubjects) out.push(s.inform);
  else if (outcome.subjectException) out.push(s[outcome.subjectException]);
  else if (outcome.risk === 'risk') out.push(s.notHigh);
  if (outcome.unknowns.length > 0) out.push(s.unknowns);
  return out;
}

/** The reasons that are the engine's conclusions, stated above; the rest are the factors behind them. */
const STATED_ABOVE: ReadonlySet<string> = new Set(['conclusion', 'unknowns', 'severity']);

/**
 * The factors behind the conclusion (EDPB 9/2022 §IV.B), as the organisation states them: the
 * engine's statement for each reason. A reason recorded before reasons carried a statement is given
 * in its recorded words, with its basis.
 */
export function factorStatements(assessment: Pick<RecordedAssessment, 'reasons'>, lang: Lang): string[] {
  return assessment.reasons
    .filter((r) => !STATED_ABOVE.has(factorOf(r.code)))
    .map((r) => (r.statement ? `${r.statement[lang]}.` : `${r.text[lang]} (${citation(r.basis, lang)})`));
}
