import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { AvvikDb } from '../db/database';
import { translate, type MessageKey } from '../../../shared/i18n';
import { useUi } from '../state/ui';

// What the screens need from outside, passed in once: the database, the clock, the time zone and
// the user. Tests provide their own.

export interface AppServices {
  db: AvvikDb;
  now: () => Date;
  newId: () => string;
  timeZone: string;
  actor: string;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

/** The words in the UI language; the same function until the language changes (memoised rows rely on it). */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const lang = useUi((s) => s.lang);
  return useMemo(() => (key, params) => translate(lang, key, params), [lang]);
}

export { useNow } from './clock';
