// Copying a section's text for Altinn. Electron's permission handler denies what it has not
// listed, and the Clipboard API may be refused in a browser too; then the text is selected in its
// read-only field (and the old copy command tried), and the user is told to press Ctrl+C.

export type CopyOutcome = 'copied' | 'selected';

export async function copyText(
  text: string,
  field: HTMLTextAreaElement | null,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): Promise<CopyOutcome> {
  try {
    if (clipboard) {
      await clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused: fall back to the selection below.
  }
  if (field) {
    field.focus();
    field.select();
    try {
      if (typeof document.execCommand === 'function' && document.execCommand('copy')) return 'copied';
    } catch {
      // Not supported: the selection stays for the user to copy.
    }
  }
  return 'selected';
}
