import { useEffect, useRef, useState } from 'react';
import Dexie, { type ObservabilitySet } from 'dexie';
import type { Incident } from '../../../../shared/incident/model';
import { byIncident as groupByIncident } from '../../../../shared/incident/byIncident';
import type { Notification } from '../../../../shared/incident/notifications';
import { compareRegisterRows, registerRows, type RegisterRow } from '../../../../shared/register';
import type { AvvikDb } from '../../db/database';
import { countIncidents, getSettings, incidentsNewestFirst, notificationsOf, positionAfter, type NewestFirstPosition } from '../../db/repository';

// The register reads every incident, and an incident is large (its assessment carries the reasons
// in both languages), so reading ten thousand at once holds the page for about a second. Its
// title, decision and role are not in any index, so the rows cannot be made from indexes alone;
// instead the newest screenful is read first and shown at once, and the rest follows in slices
// small enough that typing and scrolling never wait for them.

/** Enough rows to fill the first screen. */
const FIRST_SLICE = 60;
/** Later slices: small enough to stay well under a frame budget of ~50 ms each. */
const SLICE = 300;

export interface RegisterLoad {
  /** The rows read so far, newest awareness first; undefined before the first slice. */
  rows: RegisterRow[] | undefined;
  /** How many incidents the register holds. */
  total: number;
  /** True once every incident is read: filters, counts and exports then cover the whole register. */
  complete: boolean;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads the register newest first, in slices, calling `onRows` with all rows read so far after each
 * slice. Stops early when `cancelled()` says the result is no longer wanted.
 */
export async function loadRegisterInSlices(
  db: AvvikDb,
  onRows: (load: RegisterLoad) => void,
  cancelled: () => boolean,
): Promise<void> {
  // The first screenful needs only its own notifications; all of them are read after it shows.
  const [total, settings, first] = await Promise.all([countIncidents(db), getSettings(db), incidentsNewestFirst(db, null, FIRST_SLICE)]);
  const firstNotifications = await notificationsOf(db, first.map((i) => i.id));
  if (cancelled()) return;
  const options = { processorDeadlineHours: settings?.processorDeadlineHours };
  let byIncident: Map<string, Notification[]> | null = null;
  const sentAbout = (incident: Incident) => byIncident?.get(incident.id) ?? [];
  let rows: RegisterRow[] = [];
  let position: NewestFirstPosition | null = null;
  for (;;) {
    const incidents = rows.length === 0 ? first : await incidentsNewestFirst(db, position, SLICE);
    position = positionAfter(position, incidents);
    if (cancelled()) return;
    const slice = registerRows(incidents, rows.length === 0 ? firstNotifications : incidents.flatMap(sentAbout), options);
    rows = rows.concat(slice);
    const complete = incidents.length === 0 || rows.length >= total;
    // Incidents aware in the same millisecond may straddle two slices: the last sort settles them.
    onRows({ rows: complete ? rows.sort(compareRegisterRows) : rows, total: Math.max(total, rows.length), complete });
    if (complete) return;
    byIncident ??= groupByIncident(await notificationsOf(db));
    await nextTask();
  }
}

/** True when a write touched the incidents or the notifications of `db` (this window or another). */
function touchesRegister(db: AvvikDb, parts: ObservabilitySet): boolean {
  const prefixes = [`idb://${db.name}/incidents/`, `idb://${db.name}/notifications/`];
  return Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)));
}

/** The register's rows, read again whenever an incident or notification is stored. */
export function useRegisterRows(db: AvvikDb): RegisterLoad {
  const [load, setLoad] = useState<RegisterLoad>({ rows: undefined, total: 0, complete: false });
  const [version, setVersion] = useState(0);
  const shownOnce = useRef(false);
  // Dexie tells of every write, here and in other windows; the register reads again after one.
  useEffect(() => {
    const onWrite = (parts: ObservabilitySet) => {
      if (touchesRegister(db, parts)) setVersion((v) => v + 1);
    };
    Dexie.on.storagemutated.subscribe(onWrite);
    return () => Dexie.on.storagemutated.unsubscribe(onWrite);
  }, [db]);
  useEffect(() => {
    let stopped = false;
    // The first load shows its rows as they come; a reload keeps the rows it replaces until it has all.
    const progressive = !shownOnce.current;
    void loadRegisterInSlices(
      db,
      (next) => {
        if (!progressive && !next.complete) return;
        if (next.complete) shownOnce.current = true;
        setLoad(next);
      },
      () => stopped,
    );
    return () => {
      stopped = true;
    };
  }, [db, version]);
  return load;
}
