// The documents (issue 5): pure builders, data and font bytes in, PDF bytes out. No DOM, no Node,
// no clock: every date comes in with the input.

export type * from './types';
export type { FontBytes } from './pdf/fonts';

// Notification to Datatilsynet (Art. 33), in the order of the Altinn form.
export { buildNotificationPdf } from './notification/build';
export { notificationContent, notificationSections } from './notification/sections';

// Letters to the people affected (Art. 34).
export { buildLetterPdf, letterFileName, letterReference } from './letter/build';
export type { LetterOptions } from './letter/build';
export { buildLettersPrintFile, letterFiles, printFileSteps } from './letter/batch';
export type { LetterFile, PrintFileOptions, PrintFileProgress } from './letter/batch';
export { letterZipSteps, MAX_LETTERS_PER_ZIP } from './letter/zip';
export type { LetterZipStep } from './letter/zip';
export { letterContent } from './letter/content';
export type { LetterContent } from './letter/content';

// Art. 34(3)(c): the public notice instead of letters.
export { buildPublicNoticePdf, publicNoticeContent, publicNoticeSections } from './public/build';

// The processor's notice to its controller (Art. 33(2)).
export { buildProcessorNoticePdf, processorNoticeContent, processorNoticeSections } from './processor/notice';

// For management and for the record (Art. 33(5)).
export { buildTimelinePdf, buildTimelinesPdf } from './timeline/build';
export { buildRegisterPdf, registerCells } from './register/build';

// Shared pieces a screen may want: the copy-to-clipboard text of any section, the harms list.
export { sectionToPlain } from './sections';
export { harmLabels, likelyHarms } from './text/harms';
export type { Harm } from './text/harms';
