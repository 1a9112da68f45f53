import { create } from 'zustand';
import { DEFAULT_LANG, type Lang, type MessageKey } from '../../../shared/i18n';
import { hashForRoute, routeFromHash, type Route } from './routes';

export { hashForRoute, routeFromHash, type Route };

// UI state only (language, which screen): the data lives in Dexie. The language has one source,
// the user's profile in the settings (app/useProfileLanguage); until the record is open, and for
// as long as the profile has not said, it is bokmål, the language of the law Avvik follows (a
// fresh profile's first screens, the protection gate included, are in bokmål).

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
  /** Keeps the user's choice in their profile; null until the record is open. */
  saveLang: ((lang: Lang) => void) | null;
  /** Shows the UI in `lang` (the profile said so, or the record is not open yet). */
  setLang(lang: Lang): void;
  /** The user chose a language: shown at once, and kept in their profile. */
  chooseLang(lang: Lang): void;
  /** Moves to a page and adds it to the history (back and forward). */
  navigate(route: Route): void;
  /** The address changed under the app (back, forward, a typed URL): show that page. */
  arrive(route: Route): void;
  /**
   * The page the user is on goes by a more precise address (an incident opens at its next step):
   * replaces `from` in the history, and its message comes along. If the user has already left
   * `from` (a screen can finish loading after a click elsewhere), nothing happens.
   */
  redirect(route: Route, from: Route): void;
  /** A message for `page` (the current page unless given), or none. */
  setFlash(message: { key: MessageKey; params?: Record<string, string | number> } | null, page?: Route): void;
}

/** The flash still belongs where the user now is, or it goes. */
const flashOn = (flash: Flash | null, route: Route): Flash | null => (flash && flash.page === hashForRoute(route) ? flash : null);

export const useUi = create<UiState>((set, get) => ({
  lang: DEFAULT_LANG,
  route: routeFromHash(globalThis.location?.hash ?? ''),
  flash: null,
  saveLang: null,
  setLang(lang) {
    if (globalThis.document) document.documentElement.lang = lang;
    // A message worded in the other language no longer speaks to the user.
    set({ lang, flash: lang === get().lang ? get().flash : null });
  },
  chooseLang(lang) {
    get().setLang(lang);
    get().saveLang?.(lang);
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
  redirect(route, from) {
    const { flash, route: current } = get();
    if (hashForRoute(current) !== hashForRoute(from)) return;
    if (globalThis.location && globalThis.location.hash !== hashForRoute(route)) {
      globalThis.history.replaceState(null, '', hashForRoute(route));
    }
    set({ route, flash: flash && flash.page === hashForRoute(from) ? { ...flash, page: hashForRoute(route) } : null });
  },
  setFlash(message, page) {
    set({ flash: message && { ...message, page: hashForRoute(page ?? get().route) } });
  },
}));
