import { create } from 'zustand';
import { DEFAULT_LANG, type Lang } from '../../../shared/i18n';
import { hashForRoute, routeFromHash, type Route } from './routes';

export { hashForRoute, routeFromHash, type Route };

// UI state only (language, which screen): the data lives in Dexie. The language has one source,
// the user's profile in the settings (app/useProfileLanguage); until the record is open, and for
// as long as the profile has not said, it is bokmål, the language of the law Avvik follows (a
// fresh profile's first screens, the protection gate included, are in bokmål).

interface UiState {
  lang: Lang;
  route: Route;
  flash: string | null;
  /** Keeps the user's choice in their profile; null until the record is open. */
  saveLang: ((lang: Lang) => void) | null;
  /** Shows the UI in `lang` (the profile said so, or the record is not open yet). */
  setLang(lang: Lang): void;
  /** The user chose a language: shown at once, and kept in their profile. */
  chooseLang(lang: Lang): void;
  navigate(route: Route): void;
  setFlash(message: string | null): void;
}

export const useUi = create<UiState>((set, get) => ({
  lang: DEFAULT_LANG,
  route: routeFromHash(globalThis.location?.hash ?? ''),
  flash: null,
  saveLang: null,
  setLang(lang) {
    if (globalThis.document) document.documentElement.lang = lang;
    set({ lang });
  },
  chooseLang(lang) {
    get().setLang(lang);
    get().saveLang?.(lang);
  },
  navigate(route) {
    if (globalThis.location && globalThis.location.hash !== hashForRoute(route)) {
      globalThis.history.pushState(null, '', hashForRoute(route));
    }
    set({ route });
  },
  setFlash(flash) {
    set({ flash });
  },
}));
