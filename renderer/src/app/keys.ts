// Which key does what, and when a key belongs to the field being typed in. Kept apart from the
// listener (Shortcuts.tsx) so the help lists exactly the keys the listener knows.

export type ShortcutAction = 'new-incident' | 'search' | 'save' | 'next-step' | 'help';

/** The shortcuts in the order the help lists them; `keys` as the help shows them. */
export const SHORTCUTS: readonly { action: ShortcutAction; keys: readonly (readonly string[])[] }[] = [
  { action: 'new-incident', keys: [['N']] },
  { action: 'search', keys: [['/']] },
  { action: 'save', keys: [['Ctrl', 'S'], ['⌘', 'S']] },
  { action: 'next-step', keys: [['G']] },
  { action: 'help', keys: [['?']] },
];

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'tel', 'url', 'password', 'number', 'date', 'datetime-local', 'month', 'time', 'week']);

/** The user is typing: a text field, a text area, a list (letters pick an option) or editable text. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/** The action a key press asks for, or null. Plain keys only outside fields; Ctrl/Cmd+S anywhere. */
export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): ShortcutAction | null {
  const command = event.ctrlKey || event.metaKey;
  if (command && !event.altKey && event.key.toLowerCase() === 's') return 'save';
  if (command || event.altKey || isTyping(event.target)) return null;
  switch (event.key) {
    case 'n':
    case 'N':
      return 'new-incident';
    case '/':
      return 'search';
    case 'g':
    case 'G':
      return 'next-step';
    case '?':
      return 'help';
    default:
      return null;
  }
}
