import { useCallback } from 'react';
import { textIn, toBilingual, type BilingualInput } from '../../../shared/incident/text';
import { useUi } from '../state/ui';

/** A record's text in the user's language, falling back to the other language. */
export function useTextIn(): (text: BilingualInput | null | undefined) => string {
  const lang = useUi((s) => s.lang);
  return useCallback((text) => (text === null || text === undefined ? '' : textIn(toBilingual(text), lang)), [lang]);
}
