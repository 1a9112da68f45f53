// Text helpers shared by the PDF and its HTML/plain-text twins. Kept apart from the PDF writer so
// that showing a preview does not pull jsPDF into the app's first load.

/** "Navn" → "Navn:", but a question or a label that already ends in a colon is left alone. */
export function withColon(label: string): string {
  return /[?:]$/.test(label) ? label : `${label}:`;
}
