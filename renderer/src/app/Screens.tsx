import { lazy, Suspense, useEffect } from 'react';
import type { Route } from '../state/routes';
import { Dashboard } from '../features/dashboard/Dashboard';
import { Waiting } from './Frame';
import { load } from './screenLoaders';

// The dashboard comes with the app: it is the first screen. Every other screen is its own chunk,
// fetched the first time it is opened, so the start does not wait for jsPDF, fonts, CSV parsing,
// the form components and screens the user may not open today. The intake (the way to start the
// 72-hour clock, which must never wait) and the incident screen (the one opened most from the
// dashboard) are fetched first as soon as the app stands idle (useScreenPreload), and the menu
// fetches a screen when the pointer or focus reaches its link, so opening them does not wait.

const NewIncident = lazy(() => load.intake().then((m) => ({ default: m.NewIncident })));

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

const PRELOAD_AFTER_MS = 300;

function useScreenPreload() {
  useEffect(() => {
    const queue = [load.intake, load.incident, load.notification, load.timeline, load.portfolio, load.register, load.letters, load.settings];
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
