// The record of a breach (Art. 33(5)): incidents, their chained timeline, the people affected, the
// notifications sent and the settings, each defined once by its zod schema.
export * from './model';
export * from './events';
export * from './notifications';
export * from './subjects';
export * from './settings';
export * from './assessment';
export * from './changes';
export * from './actions';
export * from './errors';
export * from './migrations';
export { cleanTitle, validateIntake, type Intake, type IntakeInput, type IntakeErrors, type IntakeResult } from './intake';
export * from './seal';
export * from './text';
export * from './vocabulary';
export * from './details';
export * from './notices';
export * from './project';
export * from './settings-changes';
export * from './verify';
