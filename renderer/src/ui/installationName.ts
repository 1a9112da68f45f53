import { useCallback } from 'react';
import type { Settings } from '../../../shared/incident/settings';
import { useT } from '../services/context';

// Which laptop a change came from, in words: the person whose profile that installation holds
// (settings.profiles, keyed by installation id), with their role. The profile arrives with the
// settings history through team sync; until it does, the installation is named by its id.

type Naming = Pick<Settings, 'installationId' | 'profiles'>;

/** Names installations for the reader: "this laptop", "Kari Nordmann (security lead)'s laptop", or an id. */
export function useInstallationName(settings: Naming | undefined): (installationId: string) => string {
  const t = useT();
  return useCallback(
    (installationId: string) => {
      if (installationId === settings?.installationId) return t('sync.who.thisLaptop');
      const profile = settings?.profiles[installationId];
      if (!profile?.name) return t('sync.who.unnamed', { id: installationId.slice(0, 8) });
      return t('sync.who.laptop', { name: profile.role ? `${profile.name} (${profile.role})` : profile.name });
    },
    [settings, t],
  );
}
