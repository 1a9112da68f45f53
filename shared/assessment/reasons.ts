import { CONCLUSION_TEXTS } from './conclusion-texts';
import { FACTOR_TEXTS } from './factor-texts';

// Every reason the engine can give: a stable code (UI, documents and tests key on it), the rule or
// guideline it rests on, and the words a DPO can defend, in bokmål and English.

export interface LocalText {
  nb: string;
  en: string;
}

export interface Reason {
  code: ReasonCode;
  basis: string;
  text: LocalText;
}

const CATALOGUE = { ...CONCLUSION_TEXTS, ...FACTOR_TEXTS };

export type ReasonCode = keyof typeof CATALOGUE;

/** Every code the engine can give, for the UI and for tests. */
export const REASON_CODES = Object.keys(CATALOGUE) as ReasonCode[];

/** The reason for a code, with the catalogue's text unless the caller has a more precise one. */
export function reason(code: ReasonCode, text?: LocalText): Reason {
  const entry = CATALOGUE[code];
  return { code, basis: entry.basis, text: text ?? { nb: entry.nb, en: entry.en } };
}
