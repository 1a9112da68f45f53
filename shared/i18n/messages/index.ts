// Every screen's words, one file per part of the app so each can grow on its own. Each file
// exports `nb` (the source) and `en` typed against it, so a missing English text fails to compile.
import * as core from './core';

export const nb = { ...core.nb } as const;
export const en: Record<keyof typeof nb, string> = { ...core.en };
export type MessageKey = keyof typeof nb;
