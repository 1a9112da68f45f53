import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '../../../shared/incident/settings';
import { isValidTimeZone } from '../../../shared/time/zoned';
import { getSettings } from '../db/repository';
import { useServices } from '../services/context';

// What the document screens read from the settings, live.

export interface DocumentSettings {
  /** undefined until read, and while the settings row does not exist yet. */
  settings: Settings | undefined;
  /** The settings have been read (a document made before would miss the organisation). */
  loaded: boolean;
  /** The zone times are shown in: the user's setting, or the app's default. */
  timeZone: string;
}

export function useDocumentSettings(): DocumentSettings {
  const { db, timeZone } = useServices();
  // null: read, and there is no settings row yet; undefined: not read yet.
  const row = useLiveQuery(async () => (await getSettings(db)) ?? null, [db]);
  const settings = row ?? undefined;
  const zone = settings?.timeZone && isValidTimeZone(settings.timeZone) ? settings.timeZone : timeZone;
  return { settings, loaded: row !== undefined, timeZone: zone };
}

// One write context for every screen (ui/useRecordAction); the document screens import it from here.
export { useWriteContext } from '../ui/useRecordAction';
