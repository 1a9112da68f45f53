import { useEffect, type ReactNode } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import { onOpenIncident, setShellLanguage } from '../platform';
import { routeFromHash, useUi } from '../state/ui';
import type { Route } from '../state/routes';
import { useShortcuts } from '../state/shortcuts';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { RouteLink } from '../ui/RouteLink';
import { useT } from '../services/context';
import { preloadScreen } from './screenLoaders';

// The frame is the first thing painted: it needs neither the database nor any screen, so the
// entry module can show it before it has evaluated either (main.tsx).

const NAV: { route: Route; label: MessageKey }[] = [
  { route: { name: 'dashboard' }, label: 'nav.dashboard' },
  { route: { name: 'new-incident' }, label: 'nav.newIncident' },
  { route: { name: 'timeline' }, label: 'nav.timeline' },
  { route: { name: 'portfolio' }, label: 'nav.portfolio' },
  { route: { name: 'register' }, label: 'nav.register' },
  { route: { name: 'settings' }, label: 'nav.settings' },
];

/**
 * The app's frame: header, menu and language. It needs no database, so it shows at once while the
 * record is still being opened; `children` fill the main area.
 */
export function AppFrame({ children }: { children: ReactNode }) {
  const t = useT();
  const { lang, route, navigate } = useUi();
  const openShortcuts = useShortcuts((s) => s.setHelpOpen);

  // Back/forward and typed URLs move between screens too.
  useEffect(() => {
    const onHashChange = () => useUi.getState().arrive(routeFromHash(location.hash));
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
      <a className="ds-skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <div className="brand">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </div>
          <nav aria-label={t('nav.main')} className="app-nav">
            <ul>
              {NAV.map(({ route: target, label }) => (
                <li key={target.name}>
                  <RouteLink
                    to={target}
                    aria-current={route.name === target.name ? 'page' : undefined}
                    onPointerEnter={() => preloadScreen(target.name)}
                    onFocus={() => preloadScreen(target.name)}
                  >
                    {t(label)}
                  </RouteLink>
                </li>
              ))}
            </ul>
          </nav>
          <button
            type="button"
            className="ds-button shortcuts-button"
            data-size="sm"
            data-variant="tertiary"
            aria-keyshortcuts="?"
            aria-label={t('shortcuts.open')}
            title={t('shortcuts.open')}
            onClick={() => openShortcuts(true)}
          >
            ?
          </button>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
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
