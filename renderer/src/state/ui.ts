import { create } from 'zustand';
import { DEFAULT_LANG, isLang, type Lang } from '../../../shared/i18n';
import { hashForRoute, routeFromHash, type Route } from './routes';

export { hashForRoute, routeFromHash, type Route };

// UI state only (language, which screen): the data lives in Dexie.

const LANG_KEY = 'avvik.lang';

function storedLang(): Lang {
  try {
    const value = globalThis.localStorage?.getItem(LANG_KEY);
    return isLang(value) ? value : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

interface UiState {
  lang: Lang;
  route: Route;
  flash: string | null;
  setLang(lang: Lang): void;
  navigate(route: Route): void;
  setFlash(message: string | null): void;
}

export const useUi = create<UiState>((set) => ({
  lang: storedLang(),
  route: routeFromHash(globalThis.location?.hash ?? ''),
  flash: null,
  setLang(lang) {
    try {
      globalThis.localStorage?.setItem(LANG_KEY, lang);
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for this session.
    }
    document.documentElement.lang = lang;
    set({ lang });
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
