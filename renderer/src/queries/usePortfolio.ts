import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { startOfDay } from 'date-fns';
import { portfolioAwareSince, portfolioFigures, type PortfolioFigures } from '../../../shared/portfolio';
import { getSettings, incidentsOpenOrAwareSince, notificationsOf } from '../db/repository';
import { useServices } from '../services/context';

/**
 * Management's figures at `now`, live: the incidents the portfolio counts (the open ones and the
 * year's), their notices and the processor's limit, read through the repository; the figures
 * themselves are shared/portfolio's, over the duty model.
 */
export function usePortfolio(now: Date): PortfolioFigures | undefined {
  const { db } = useServices();
  // Read from the start of the day the year began: the query changes once a day, not each minute.
  const since = startOfDay(portfolioAwareSince(now)).getTime();
  const records = useLiveQuery(async () => {
    const incidents = await incidentsOpenOrAwareSince(db, new Date(since));
    const [notifications, settings] = await Promise.all([notificationsOf(db, incidents.map((i) => i.id)), getSettings(db)]);
    return { incidents, notifications, processorDeadlineHours: settings?.processorDeadlineHours };
  }, [db, since]);
  return useMemo(
    () => records && portfolioFigures(records.incidents, records.notifications, now, { processorDeadlineHours: records.processorDeadlineHours }),
    [records, now],
  );
}
