export {
  AUTHORITY_DEADLINE_HOURS,
  DEFAULT_CONTROLLER_NOTICE_HOURS,
  DUE_SOON_HOURS,
  MAX_CONTROLLER_NOTICE_HOURS,
  PRESSING_HOURS,
  authorityDeadline,
  controllerNoticeDeadline,
  isControllerNoticeHours,
  deadlineStatus,
  deadlineUrgency,
  delayReasonRequired,
  dutyDeadline,
} from './rules';
export type { DeadlineState, DeadlineStatus, Urgency } from './rules';
export { DEFAULT_TIME_ZONE, formatDuration, formatDurationWords, formatInstant } from './format';
export { phasedNotificationStatus } from './phases';
export type {
  NotificationPhase,
  NotificationRecord,
  PhaseProblem,
  PhaseState,
  PhasedNotificationStatus,
} from './phases';
