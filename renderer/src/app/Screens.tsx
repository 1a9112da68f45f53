import type { Route } from '../state/routes';
import { Dashboard } from '../features/dashboard/Dashboard';
import { NewIncident } from '../features/intake/NewIncident';
import { IncidentScreen } from '../features/incident/IncidentScreen';
import { NotificationScreen } from '../features/notification/NotificationScreen';
import { LettersScreen } from '../features/letters/LettersScreen';
import { TimelineScreen } from '../features/timeline/TimelineScreen';
import { RegisterScreen } from '../features/register/RegisterScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';

/** The screen for a route. */
export function Screen({ route }: { route: Route }) {
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
