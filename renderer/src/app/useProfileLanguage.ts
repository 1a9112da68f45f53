import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '../db/repository';
import { useServices } from '../services/context';
import { useUi } from '../state/ui';

/**
 * The UI language follows the user's profile, the one place it is kept: a choice made in the menu
 * or in Settings is saved there, and a profile that says a language is shown in it (also when
 * another window changes it). A user without a profile yet keeps the system's language.
 */
export function useProfileLanguage(): void {
  const { db, now, newId, actor } = useServices();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const chosen = settings?.profiles[settings.installationId]?.language;

  useEffect(() => {
    if (chosen) useUi.getState().setLang(chosen);
  }, [chosen]);

  useEffect(() => {
    // The write path (sealing, the record's schemas) is fetched when the language is first chosen,
    // not with the first screen.
    const saveLang = (language: 'nb' | 'en') =>
      void import('../db/repository/settingsWrite')
        .then(({ saveProfile }) => saveProfile(db, { language }, { now: now(), newId, actor }))
        .catch(() => {
          // Not kept (the record is busy or closed): the language still shows for this session.
        });
    useUi.setState({ saveLang });
    return () => {
      if (useUi.getState().saveLang === saveLang) useUi.setState({ saveLang: null });
    };
  }, [db, now, newId, actor]);
}
