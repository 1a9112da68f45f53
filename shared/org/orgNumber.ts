// The Norwegian organisation number (organisasjonsnummer) from Enhetsregisteret: nine digits, the
// last a MOD11 check digit with weights 3 2 7 6 5 4 3 2 (Brønnøysundregistrene). People write it
// with spaces ("974 760 673") or the "NO … MVA" of a VAT number; we store the nine digits.

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export type OrgNrProblem = 'empty' | 'format' | 'checksum';

export type OrgNrCheck = { ok: true; value: string } | { ok: false; problem: OrgNrProblem };

/** "NO 974 760 673 MVA" → "974760673": spaces, dots, dashes and the VAT decoration removed. */
export function normaliseOrgNr(input: string): string {
  return input
    .trim()
    .replace(/^NO(?=[\s\d])/i, '')
    .replace(/MVA$/i, '')
    .replace(/[\s.\u00a0-]/g, '');
}

/** The check digit for the first eight digits, or null when none exists (remainder 1 gives 10). */
export function orgNrCheckDigit(firstEight: string): number | null {
  if (!/^\d{8}$/.test(firstEight)) return null;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(firstEight[i]), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return null;
  return check === 11 ? 0 : check;
}

/** Whether the input is an organisation number, and the nine digits if it is. */
export function checkOrgNr(input: string): OrgNrCheck {
  const value = normaliseOrgNr(input);
  if (value === '') return { ok: false, problem: 'empty' };
  if (!/^\d{9}$/.test(value)) return { ok: false, problem: 'format' };
  const expected = orgNrCheckDigit(value.slice(0, 8));
  if (expected === null || expected !== Number(value[8])) return { ok: false, problem: 'checksum' };
  return { ok: true, value };
}

/** "974760673" → "974 760 673", as Brønnøysund prints it; anything else is returned as it is. */
export function formatOrgNr(value: string): string {
  return /^\d{9}$/.test(value) ? `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6)}` : value;
}
