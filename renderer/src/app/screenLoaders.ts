import type { Route } from '../state/routes';

// Where each screen's code is fetched from: the screens (Screens.tsx) load through these, and the
// menu starts a fetch as soon as the pointer or focus reaches a link. Kept apart from the screens
// so the frame can use it without bringing them in.

export const load = {
  intake: () => import('../features/intake/NewIncident'),
  incident: () => import('../features/incident/IncidentScreen'),
  notification: () => import('../features/notification/NotificationScreen'),
  letters: () => import('../features/letters/LettersScreen'),
  timeline: () => import('../features/timeline/TimelineScreen'),
  register: () => import('../features/register/RegisterScreen'),
  settings: () => import('../features/settings/SettingsScreen'),
};

const loaderFor: Partial<Record<Route['name'], () => Promise<unknown>>> = {
  'new-incident': load.intake,
  incident: load.incident,
  notification: load.notification,
  letters: load.letters,
  timeline: load.timeline,
  'incident-timeline': load.timeline,
  register: load.register,
  settings: load.settings,
};

/** Starts fetching a screen's code when the user shows they are about to open it (hover, focus). */
export function preloadScreen(name: Route['name']): void {
  void loaderFor[name]?.();
}
