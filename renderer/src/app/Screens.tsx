import { lazy, Suspense, useEffect } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import type { Route } from '../state/routes';
import { Dashboard } from '../features/dashboard/Dashboard';
import { NewIncident } from '../features/intake/NewIncident';
import { useT } from './context';

// The dashboard and the intake come with the app: one is the first screen, the other the way to
// start the 72-hour clock, which must never wait. Every other screen is its own chunk, fetched the
// first time it is opened, so the start does not wait for jsPDF, fonts, CSV parsing and screens
// the user may not open today. The incident screen, the one opened most from the dashboard, is
// fetched as soon as the app stands idle (useScreenPreload), so opening it is not slower than before.

const load = {
  incident: () => import('../features/incident/IncidentScreen'),
  notification: () => import('../features/notification/NotificationScreen'),
  letters: () => import('../features/letters/LettersScreen'),
  timeline: () => import('../features/timeline/TimelineScreen'),
  register: () => import('../features/register/RegisterScreen'),
  settings: () => import('../features/settings/SettingsScreen'),
};

const IncidentScreen = lazy(() => load.incident().then((m) => ({ default: m.IncidentScreen })));
const NotificationScreen = lazy(() => load.notification().then((m) => ({ default: m.NotificationScreen })));
const LettersScreen = lazy(() => load.letters().then((m) => ({ default: m.LettersScreen })));
const TimelineScreen = lazy(() => load.timeline().then((m) => ({ default: m.TimelineScreen })));
const RegisterScreen = lazy(() => load.register().then((m) => ({ default: m.RegisterScreen })));
const SettingsScreen = lazy(() => load.settings().then((m) => ({ default: m.SettingsScreen })));

const loaderFor: Partial<Record<Route['name'], () => Promise<unknown>>> = {
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

function ScreenFor({ route }: { route: Route }) {
  switch (route.name) {
    case 'dashboard':
      return <Dashboard />;
    case 'new-incident':
      return <NewIncident />;
    case 'incident':
      return <IncidentScreen route={route} />;
    case 'notification':
      return <NotificationScreen route={route} />;
    case 'letters':
      return <LettersScreen route={route} />;
    case 'incident-timeline':
    case 'timeline':
      return <TimelineScreen route={route} />;
    case 'register':
      return <RegisterScreen route={route} />;
    case 'settings':
      return <SettingsScreen route={route} />;
  }
}

/**
 * What is being waited for, as a status screen readers hear: the record opening, a screen's code.
 * `late`: shown only if the wait lasts (CSS), so a quick switch does not flash it.
 */
export function Waiting({ message, late = false }: { message: MessageKey; late?: boolean }) {
  const t = useT();
  return (
    <p role="status" aria-busy="true" className={late ? 'screen-loading screen-loading--late' : 'screen-loading'}>
      {t(message)}
    </p>
  );
}

/**
 * A moment after the first screen is up, fetches the other screens' code, the incident screen
 * first (the one opened most from the dashboard), one screen per idle moment so typing never waits
 * for it: a screen is then no slower to open than when everything came with the app.
 */
const PRELOAD_AFTER_MS = 1000;

function useScreenPreload() {
  useEffect(() => {
    const queue = [load.incident, load.notification, load.timeline, load.register, load.letters, load.settings];
    let cancel = () => {};
    const next = () => {
      const loader = queue.shift();
      if (!loader) return;
      const idle = 'requestIdleCallback' in globalThis;
      const run = () => void loader().then(next, next);
      if (idle) {
        const id = requestIdleCallback(run, { timeout: 5000 });
        cancel = () => cancelIdleCallback(id);
      } else {
        const timer = setTimeout(run, 500);
        cancel = () => clearTimeout(timer);
      }
    };
    const start = setTimeout(next, PRELOAD_AFTER_MS);
    return () => {
      clearTimeout(start);
      cancel();
    };
  }, []);
}

/** The screen for a route. */
export function Screen({ route }: { route: Route }) {
  useScreenPreload();
  return (
    <Suspense fallback={<Waiting message="app.loadingScreen" />}>
      <ScreenFor route={route} />
    </Suspense>
  );
}
