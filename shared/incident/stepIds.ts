// The names of the incident's steps, in order, apart from the rules that read them (steps.ts): an
// address names a step (renderer/src/state/routes.ts), and the start of the app must not pull the
// assessment engine in to read one.

export const STEPS = ['facts', 'decision', 'report', 'people', 'measures', 'close'] as const;
export type StepId = (typeof STEPS)[number];
