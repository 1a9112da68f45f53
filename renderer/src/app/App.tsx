import { useEffect } from 'react';
import { languages, type Lang } from '../../../shared/i18n';
import { Dashboard } from '../features/dashboard/Dashboard';
import { NewIncident } from '../features/intake/NewIncident';
import { DeadlineReminders } from '../features/reminders/DeadlineReminders';
import { setShellLanguage } from '../platform';
import { routeFromHash, useUi } from '../state/ui';
import { useT } from './context';

export function App() {
  const t = useT();
  const { lang, route, flash, setLang, navigate, setFlash } = useUi();

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
          <a
            href="#/"
            aria-current={route.name === 'dashboard' ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate({ name: 'dashboard' });
            }}
          >
            {t('nav.dashboard')}
          </a>
          <a
            href="#/new"
            aria-current={route.name === 'new-incident' ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate({ name: 'new-incident' });
            }}
          >
            {t('nav.newIncident')}
          </a>
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
      <main>
        <DeadlineReminders />
        {flash && (
          <div role="status" className="flash">
            <span>{flash}</span>
            <button type="button" aria-label="OK" onClick={() => setFlash(null)}>
              ×
            </button>
          </div>
        )}
        {route.name === 'new-incident' ? <NewIncident /> : <Dashboard />}
      </main>
    </>
  );
}
