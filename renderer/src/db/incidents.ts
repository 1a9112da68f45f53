// Kept for the screens written before the repository: the same functions, from the one place that writes.
export { createIncident, listOpenIncidents, type WriteContext } from './repository';
