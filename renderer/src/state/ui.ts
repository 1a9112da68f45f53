import { create } from 'zustand';
import { DEFAULT_LANG, isLang, type Lang, type MessageKey } from '../../../shared/i18n';
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

/**
 * A message about what just happened, for the page it happened on: worded when shown (in the
 * language of the moment), gone once the user moves to another page or switches language.
 */
export interface Flash {
  key: MessageKey;
  params?: Record<string, string | number>;
  /** The page it speaks of (its hash). */
  page: string;
}

interface UiState {
  lang: Lang;
  route: Route;
  flash: Flash | null;
  setLang(lang: Lang): void;
  /** Moves to a page and adds it to the history (back and forward). */
  navigate(route: Route): void;
  /** The address changed under the app (back, forward, a typed URL): show that page. */
  arrive(route: Route): void;
  /**
   * The page the user is on goes by a more precise address (an incident opens at its next step):
   * replaces it in the history, and its message comes along.
   */
  redirect(route: Route): void;
  /** A message for `page` (the current page unless given), or none. */
  setFlash(message: { key: MessageKey; params?: Record<string, string | number> } | null, page?: Route): void;
}

/** The flash still belongs where the user now is, or it goes. */
const flashOn = (flash: Flash | null, route: Route): Flash | null => (flash && flash.page === hashForRoute(route) ? flash : null);

export const useUi = create<UiState>((set, get) => ({
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
    // A message worded in the other language no longer speaks to the user.
    set({ lang, flash: lang === get().lang ? get().flash : null });
  },
  navigate(route) {
    if (globalThis.location && globalThis.location.hash !== hashForRoute(route)) {
      globalThis.history.pushState(null, '', hashForRoute(route));
    }
    set({ route, flash: flashOn(get().flash, route) });
  },
  arrive(route) {
    set({ route, flash: flashOn(get().flash, route) });
  },
  redirect(route) {
    const { flash, route: from } = get();
    if (globalThis.location && globalThis.location.hash !== hashForRoute(route)) {
      globalThis.history.replaceState(null, '', hashForRoute(route));
    }
    set({ route, flash: flash && flash.page === hashForRoute(from) ? { ...flash, page: hashForRoute(route) } : null });
  },
  setFlash(message, page) {
    set({ flash: message && { ...message, page: hashForRoute(page ?? get().route) } });
  },
}));
