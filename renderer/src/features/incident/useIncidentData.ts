import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TimelineVerdict } from '../../../../shared/chain';
import type { TimelineEvent } from '../../../../shared/incident/events';
import type { Incident } from '../../../../shared/incident/model';
import type { Notification } from '../../../../shared/incident/notifications';
import type { Settings } from '../../../../shared/incident/settings';
import { getIncident, getSettings, incidentNotifications, incidentTimeline, listInstallations, verifyIncidentTimeline } from '../../db/repository';
import { useServices } from '../../services/context';

export interface IncidentData {
  /** undefined while loading, null when there is no such incident. */
  incident: Incident | null | undefined;
  notifications: Notification[];
  events: TimelineEvent[] | undefined;
  settings: Settings | undefined;
  /** Whether the hash chain verifies; undefined while checking. */
  verdict: TimelineVerdict | undefined;
}

/** Everything the incident screen shows, kept live: a write anywhere updates the screen. */
export function useIncidentData(id: string): IncidentData {
  const { db } = useServices();
  const incident = useLiveQuery(async () => (await getIncident(db, id)) ?? null, [db, id]);
  const notifications = useLiveQuery(() => incidentNotifications(db, id), [db, id]);
  const events = useLiveQuery(() => incidentTimeline(db, id), [db, id]);
  const settings = useLiveQuery(() => getSettings(db), [db]);
  // The keys known here: one arriving (team sync, an import) can change the verdict.
  const keys = useLiveQuery(async () => (await listInstallations(db)).length, [db]);
  const [verdict, setVerdict] = useState<{ for: TimelineEvent[]; verdict: TimelineVerdict } | undefined>();

  // Hashing is WebCrypto, outside Dexie's live queries: check again whenever the events change, and
  // when the trust does (a key trusted or distrusted in the settings, a key that arrives).
  useEffect(() => {
    if (!events) return;
    let current = true;
    void verifyIncidentTimeline(db, id).then((result) => {
      if (current) setVerdict({ for: events, verdict: result });
    });
    return () => {
      current = false;
    };
  }, [db, id, events, settings, keys]);

  return {
    incident,
    notifications: notifications ?? [],
    events,
    settings,
    verdict: verdict && verdict.for === events ? verdict.verdict : undefined,
  };
}
