// The repository: the only code that writes the record. Screens import from here.
export { commitChange, createIncident, type Extras, type WriteContext } from './write';
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
} from './incidents';
export {
  eraseSubjects,
  importSubjects,
  recordDocumentExport,
  recordNotification,
  type NotificationInput,
  type PersonInput,
} from './actions';
export { ensureSettings, getSettings, saveSettings, type SettingsContext, type SettingsPatch } from './settings';
export {
  getIncident,
  incidentTimeline,
  listOpenIncidents,
  loadRegister,
  verifyAllTimelines,
  verifyIncidentTimeline,
} from './queries';
