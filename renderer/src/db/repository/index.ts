// The repository: the only code that writes the record. Screens import from here.
export { commitChange, commitSettings, createIncident, type Drafts, type Extras, type WriteContext } from './write';
export {
  assessIncident,
  changeStatus,
  closeIncident,
  explainDelay,
  recordDecision,
  recordMeasure,
  reopenIncident,
  updateDetails,
  updateFacts,
  updateMeasure,
} from './incidents';
export {
  addAttachment,
  attachmentBytes,
  correctNotification,
  correctSubject,
  erasePeople,
  eraseSubjects,
  importSubjects,
  recordDocumentExport,
  recordHashedExport,
  recordNotification,
  removeAttachment,
  retractNotification,
} from './actions';
export { ensureSettings, getSettings, type SettingsContext } from './settings';
export { distrustInstallation, saveProfile, saveSettings, trustInstallation, type SettingsPatch } from './settingsWrite';
export {
  countIncidents,
  getIncident,
  getIncidents,
  incidentNotifications,
  incidentsNewestFirst,
  positionAfter,
  type NewestFirstPosition,
  incidentsOpenOrAwareSince,
  incidentSubjects,
  incidentTimeline,
  lastChange,
  lastChanges,
  type LastChange,
  listInstallations,
  listOpenIncidents,
  listOpenSummaries,
  notificationsOf,
} from './queries';
export { loadRegister } from './register';
export { installationKeys, verifyIncidentTimeline, verifySettings } from './verification';
export { checkInBackground, type HistoryRun } from './checkInBackground';
export { checkHistories, type HistoryCheck, type Verdicts } from './historyCheck';
export { erasePastRetention, peoplePastRetention, type DuePeople } from './retention';
