import { CONCLUSION_TEXTS } from './conclusion-texts';
import { FACTOR_TEXTS } from './factor-texts';

// Every reason the engine can give: a stable code (UI, documents and tests key on it), the rule or
// guideline it rests on, and two wordings in bokmål and English: advice for the DPO (`text`), and
// the organisation's own assessment as the notification to Datatilsynet states it (`statement`).

export interface LocalText {
  nb: string;
  en: string;
}

export interface Reason {
  code: ReasonCode;
  basis: string;
  /** Advice for the DPO: what it means and what to do. */
  text: LocalText;
  /** Declarative, for the authority: "Virksomheten vurderer at …", with the citation. */
  statement: LocalText;
}

/** A catalogue entry: the advice, and the claim the statement makes before its citation. */
export interface ReasonText {
  basis: string;
  nb: string;
  en: string;
  claim: LocalText;
}

const CATALOGUE: Record<keyof typeof CONCLUSION_TEXTS | keyof typeof FACTOR_TEXTS, ReasonText> = {
  ...CONCLUSION_TEXTS,
  ...FACTOR_TEXTS,
};

export type ReasonCode = keyof typeof CONCLUSION_TEXTS | keyof typeof FACTOR_TEXTS;

/** Every code the engine can give, for the UI and for tests. */
export const REASON_CODES = Object.keys(CATALOGUE) as ReasonCode[];

/** "GDPR Art. 34(3)(a)" as Norwegian documents cite it: "personvernforordningen art. 34 nr. 3 bokstav a". */
export function citeNb(basis: string): string {
  return basis
    .split('; ')
    .map((part) =>
      part
        .replace(/^GDPR Art\. (\d+)\((\d+)\)\(([a-z])\)$/, 'personvernforordningen art. $1 nr. $2 bokstav $3')
        .replace(/^GDPR Art\. (\d+)\((\d+)\)$/, 'personvernforordningen art. $1 nr. $2')
        .replace(/^GDPR Art\. (\d+)\((\d+)\), (\d+)\((\d+)\)$/, 'personvernforordningen art. $1 nr. $2 og art. $3 nr. $4')
        .replace(/^GDPR Art\. (\d+)$/, 'personvernforordningen art. $1')
        .replace(/^GDPR Recital (\d+)$/, 'personvernforordningen fortale punkt $1')
        .replace(/^EDPB Guidelines (\d+\/\d+) §(\d+)$/, 'EDPBs retningslinjer $1 avsnitt $2')
        .replace(/^EDPB Guidelines (\d+\/\d+) §([IVX]+(?:\.[A-Z0-9.]+)?)$/, 'EDPBs retningslinjer $1 punkt $2')
        .replace(/^EDPB Guidelines (\d+\/\d+)$/, 'EDPBs retningslinjer $1')
        .replace(/^ENISA 2013$/, 'ENISAs metode for alvorlighetsgrad (2013)'),
    )
    .join('; ');
}

/** The statement for the authority: the claim followed by its citation, in each language's form. */
export function statementOf(claim: LocalText, basis: string): LocalText {
  return { nb: `${claim.nb} (${citeNb(basis)})`, en: `${claim.en} (${basis})` };
}

/** The reason for a code, with the catalogue's wording unless the caller has more precise words. */
export function reason(code: ReasonCode, text?: LocalText, claim?: LocalText): Reason {
  const entry = CATALOGUE[code];
  return {
    code,
    basis: entry.basis,
    text: text ?? { nb: entry.nb, en: entry.en },
    statement: statementOf(claim ?? entry.claim, entry.basis),
  };
}
