import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ensureSettings, getSettings } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import type { Route } from '../../state/routes';
import { BackupPanel } from './BackupPanel';
import { InstallationsPanel } from './InstallationsPanel';
import { SettingsForm } from './SettingsForm';
import { StorageStatus } from './StorageStatus';
import { ProtectionPanel } from './ProtectionPanel';
import { RetentionPanel } from './RetentionPanel';
import { SyncPanel } from './SyncPanel';
import '../../documents/screens.css';

/** Settings: the organisation, the DPO, the user, the display, storage and backup. */
export function SettingsScreen(_props: { route: Route }) {
  const t = useT();
  const { db, now, newId } = useServices();
  const settings = useLiveQuery(() => getSettings(db), [db]);

  // The first visit creates the settings row (with this installation's id).
  useEffect(() => {
    if (settings === undefined) void ensureSettings(db, { now: now(), newId });
  }, [db, now, newId, settings]);

  return (
    <section aria-labelledby="settings-title" className="screen">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <p>{t('settings.intro')}</p>
      {settings ? (
        <SettingsForm key={settings.updatedAt} settings={settings} />
      ) : (
        <p>{t('settings.loading')}</p>
      )}
      <StorageStatus />
      <ProtectionPanel />
      {settings && <RetentionPanel key={`retention-${settings.peopleRetentionMonths ?? 'none'}`} settings={settings} />}
      <BackupPanel />
      <InstallationsPanel />
      <SyncPanel />
    </section>
  );
}
