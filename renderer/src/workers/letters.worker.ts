import { serveLetters } from './lettersService';
import type { LettersScope } from './lettersService';

// Builds the letters off the page's thread: thousands of PDFs without freezing the window.
// Started by renderer/src/features/letters/runLetters.ts.

serveLetters(self as unknown as LettersScope, {
  now: () => performance.now(),
  yieldControl: () => new Promise((resolve) => setTimeout(resolve, 0)),
});
