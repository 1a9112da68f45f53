// The incident screen's words, one file per part of the screen.
import * as actions from './incident-actions';
import * as assessment from './incident-assessment';
import * as facts from './incident-facts';
import * as history from './incident-history';
import * as record from './incident-record';
import * as recordOptions from './incident-record-options';

export const nb = { ...assessment.nb, ...facts.nb, ...actions.nb, ...history.nb, ...record.nb, ...recordOptions.nb } as const;
export const en: Record<keyof typeof nb, string> = {
  ...assessment.en,
  ...facts.en,
  ...actions.en,
  ...history.en,
  ...record.en,
  ...recordOptions.en,
};
