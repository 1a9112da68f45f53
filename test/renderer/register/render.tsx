import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { ServicesProvider, type AppServices } from '../../../renderer/src/services/context';
import { AvvikDb } from '../../../renderer/src/db/database';
import { useUi } from '../../../renderer/src/state/ui';
import { FlashMessage } from '../../../renderer/src/ui/FlashMessage';

// The document screens on their own, without the app's frame (which is not under test here), but
// with the page's message above them as the app shows it: a screen's confirmation is a flash.

let dbCounter = 0;

/** A fresh database, a fixed clock and counting ids. */
export function screenServices(now: Date, overrides: Partial<AppServices> = {}): AppServices {
  let id = 0;
  return {
    db: new AvvikDb(`avvik-documents-test-${++dbCounter}`),
    now: () => now,
    newId: () => `id-${++id}`,
    timeZone: 'Europe/Oslo',
    actor: 'Test User',
    ...overrides,
  };
}

export function renderScreen(services: AppServices, screen: ReactElement, lang: 'nb' | 'en' = 'nb') {
  useUi.setState({ lang, flash: null });
  return render(
    <ServicesProvider services={services}>
      <FlashMessage />
      {screen}
    </ServicesProvider>,
  );
}
