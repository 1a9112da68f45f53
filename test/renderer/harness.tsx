import { render } from '@testing-library/react';
import { App } from '../../renderer/src/app/App';
import { ServicesProvider, type AppServices } from '../../renderer/src/services/context';
import { AvvikDb } from '../../renderer/src/db/database';
import { useUi } from '../../renderer/src/state/ui';

let dbCounter = 0;

/** A fresh database, a fixed clock and counting ids: each test starts from nothing. */
export function makeServices(now: Date, overrides: Partial<AppServices> = {}): AppServices {
  let id = 0;
  // Ids are unique across services: each stands for another machine, with its own installation.
  const machine = ++dbCounter;
  return {
    db: new AvvikDb(`avvik-test-${machine}`),
    now: () => now,
    newId: () => `id-${machine}-${++id}`,
    timeZone: 'Europe/Oslo',
    actor: 'Test User',
    ...overrides,
  };
}

export function renderApp(services: AppServices, lang: 'nb' | 'en' = 'nb') {
  useUi.setState({ lang, route: { name: 'dashboard' }, flash: null });
  return render(
    <ServicesProvider services={services}>
      <App />
    </ServicesProvider>,
  );
}
