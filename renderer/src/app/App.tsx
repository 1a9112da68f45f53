import { useEffect, useState, useTransition, type ReactNode } from 'react';
import { languages, type Lang } from '../../../shared/i18n';
import { DeadlineReminders } from '../features/reminders/DeadlineReminders';
import { onOpenIncident, setShellLanguage } from '../platform';
import { routeFromHash, useUi } from '../state/ui';
import { hashForRoute, type Route } from '../state/routes';
import type { MessageKey } from '../../../shared/i18n';
import { preloadScreen, Screen, Waiting } from './Screens';
import { useT } from './context';

const NAV: { route: Route; label: MessageKey }[] = [
  { route: { name: 'dashboard' }, label: 'nav.dashboard' },
  { route: { name: 'new-incident' }, label: 'nav.newIncident' },
  { route: { name: 'timeline' }, label: 'nav.timeline' },
  { route: { name: 'register' }, label: 'nav.register' },
  { route: { name: 'settings' }, label: 'nav.settings' },
];

/**
 * The app's frame: header, menu and language. It needs no database, so it shows at once while the
 * record is still being opened; `children` fill the main area.
 */
export function AppFrame({ children }: { children: ReactNode }) {
  const t = useT();
  const { lang, route, setLang, navigate } = useUi();

  // Back/forward and typed URLs move between screens too.
  useEffect(() => {
    const onHashChange = () => useUi.setState({ route: routeFromHash(location.hash) });
    addEventListener('hashchange', onHashChange);
    addEventListener('popstate', onHashChange);
    return () => {
      removeEventListener('hashchange', onHashChange);
      removeEventListener('popstate', onHashChange);
    };
  }, []);

  // Clicking an OS reminder about an incident opens that incident.
  useEffect(() => onOpenIncident((id) => navigate({ name: 'incident', id })), [navigate]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
    setShellLanguage(lang);
  }, [lang, t]);

  return (
    <>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.main')}>
          {NAV.map(({ route: target, label }) => (
            <a
              key={target.name}
              href={hashForRoute(target)}
              aria-current={route.name === target.name ? 'page' : undefined}
              onPointerEnter={() => preloadScreen(target.name)}
              onFocus={() => preloadScreen(target.name)}
              onClick={(e) => {
                e.preventDefault();
                navigate(target);
              }}
            >
              {t(label)}
            </a>
          ))}
        </nav>
        <label className="lang-switch">
          <span>{t('lang.label')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main>{children}</main>
    </>
  );
}

/** What the main area holds once the record is open: reminders, the last message and the screen. */
export function AppMain() {
  const { route, flash, setFlash } = useUi();
  // The screen follows the route in a transition: while a screen's code is still being fetched
  // the one before stays (a fallback would hold the new screen back for React's 300 ms throttle),
  // and a status says so if it takes long enough to notice.
  const [shown, setShown] = useState(route);
  const [switching, startSwitch] = useTransition();
  useEffect(() => startSwitch(() => setShown(route)), [route]);
  return (
    <>
      <DeadlineReminders />
      {flash && (
        <div role="status" className="flash">
          <span>{flash}</span>
          <button type="button" aria-label="OK" onClick={() => setFlash(null)}>
            ×
          </button>
        </div>
      )}
      {switching && <Waiting message="app.loadingScreen" late />}
      <Screen route={shown} />
    </>
  );
}

export function App() {
  return (
    <AppFrame>
      <AppMain />
    </AppFrame>
  );
}
