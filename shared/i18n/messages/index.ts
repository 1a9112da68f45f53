// Every screen's words, one file per part of the app so each can grow on its own. Each file
// exports `nb` (the source) and `en` typed against it, so a missing English text fails to compile.
import * as core from './core';
import * as settings from './settings';
import * as register from './register';
import * as timeline from './timeline';
import * as notification from './notification';
import * as letters from './letters';
import * as dashboard from './dashboard';
import * as intake from './intake';
import * as incident from './incident';
import * as evidence from './evidence';
import * as notices from './notices';
import * as errors from './errors';
import * as people from './people';
import * as protection from './protection';
import * as portfolio from './portfolio';
import * as workflow from './workflow';
import * as sync from './sync';

export const nb = { ...core.nb, ...settings.nb, ...register.nb, ...timeline.nb, ...notification.nb, ...letters.nb, ...dashboard.nb, ...intake.nb, ...incident.nb, ...evidence.nb, ...notices.nb, ...errors.nb, ...people.nb, ...protection.nb, ...portfolio.nb, ...workflow.nb, ...sync.nb } as const;
export const en: Record<keyof typeof nb, string> = { ...core.en, ...settings.en, ...register.en, ...timeline.en, ...notification.en, ...letters.en, ...dashboard.en, ...intake.en, ...incident.en, ...evidence.en, ...notices.en, ...errors.en, ...people.en, ...protection.en, ...portfolio.en, ...workflow.en, ...sync.en };
export type MessageKey = keyof typeof nb;
