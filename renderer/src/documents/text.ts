/** "under undersøkelse" → "Under undersøkelse": labels from shared/ start lower case for use mid-sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nb-NO') + text.slice(1);
}
