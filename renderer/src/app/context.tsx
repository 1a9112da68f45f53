import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
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

export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const lang = useUi((s) => s.lang);
  return (key, params) => translate(lang, key, params);
}

/** The current time, refreshed every `intervalMs`: drives the live countdowns. */
export function useNow(intervalMs = 1000): Date {
  const { now } = useServices();
  const [current, setCurrent] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setCurrent(now()), intervalMs);
    return () => clearInterval(timer);
  }, [now, intervalMs]);
  return current;
}
