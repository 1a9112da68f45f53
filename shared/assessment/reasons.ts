import { citation } from './citation';
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

/** The statement for the authority: the claim followed by its citation, in each language's form. */
export function statementOf(claim: LocalText, basis: string): LocalText {
  return { nb: `${claim.nb} (${citation(basis, 'nb')})`, en: `${claim.en} (${citation(basis, 'en')})` };
}

/**
 * A text put together when it is first read, then kept. The engine gives reasons for every incident
 * on the dashboard, which reads none of their words: formatting numbers and citations for all of
 * them was most of the dashboard's start. A copy, a JSON text or a stored row reads both fields.
 */
export function lazyText(build: () => LocalText): LocalText {
  let built: LocalText | undefined;
  const text = () => (built ??= build());
  return {
    get nb() {
      return text().nb;
    },
    get en() {
      return text().en;
    },
  };
}

/** The reason for a code, with the catalogue's wording unless the caller has more precise words. */
export function reason(code: ReasonCode, text?: LocalText, claim?: LocalText): Reason {
  const entry = CATALOGUE[code];
  return {
    code,
    basis: entry.basis,
    text: text ?? { nb: entry.nb, en: entry.en },
    statement: lazyText(() => statementOf(claim ?? entry.claim, entry.basis)),
  };
}
