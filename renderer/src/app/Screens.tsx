import { lazy, Suspense, useEffect } from 'react';
import type { Route } from '../state/routes';
import { Dashboard } from '../features/dashboard/Dashboard';
import { NewIncident } from '../features/intake/NewIncident';
import { Waiting } from './Frame';
import { load } from './screenLoaders';

// The dashboard and the intake come with the app: one is the first screen, the other the way to
// start the 72-hour clock, which must never wait. Every other screen is its own chunk, fetched the
// first time it is opened, so the start does not wait for jsPDF, fonts, CSV parsing and screens
// the user may not open today. The incident screen, the one opened most from the dashboard, is
// fetched as soon as the app stands idle (useScreenPreload), so opening it is not slower than before.

const IncidentScreen = lazy(() => load.incident().then((m) => ({ default: m.IncidentScreen })));
const NotificationScreen = lazy(() => load.notification().then((m) => ({ default: m.NotificationScreen })));
const LettersScreen = lazy(() => load.letters().then((m) => ({ default: m.LettersScreen })));
const TimelineScreen = lazy(() => load.timeline().then((m) => ({ default: m.TimelineScreen })));
const PortfolioScreen = lazy(() => load.portfolio().then((m) => ({ default: m.PortfolioScreen })));
const RegisterScreen = lazy(() => load.register().then((m) => ({ default: m.RegisterScreen })));
const SettingsScreen = lazy(() => load.settings().then((m) => ({ default: m.SettingsScreen })));

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
    case 'portfolio':
      return <PortfolioScreen />;
    case 'register':
      return <RegisterScreen route={route} />;
    case 'settings':
      return <SettingsScreen route={route} />;
  }
}

const PRELOAD_AFTER_MS = 1000;

function useScreenPreload() {
  useEffect(() => {
    const queue = [load.incident, load.notification, load.timeline, load.portfolio, load.register, load.letters, load.settings];
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
