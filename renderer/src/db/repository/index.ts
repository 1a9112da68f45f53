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
  erasePeople,
  eraseSubjects,
  importSubjects,
  recordDocumentExport,
  recordNotification,
  removeAttachment,
  retractNotification,
  type PersonInput,
} from './actions';
export { ensureSettings, getSettings, type SettingsContext } from './settings';
export { distrustInstallation, saveProfile, saveSettings, trustInstallation, type SettingsPatch } from './settingsWrite';
export {
  getIncident,
  incidentTimeline,
  listOpenIncidents,
  loadRegister,
  verifyAllTimelines,
  verifyIncidentTimeline,
  verifySettings,
  installationKeys,
} from './queries';
export { erasePastRetention, peoplePastRetention, type DuePeople } from './retention';
