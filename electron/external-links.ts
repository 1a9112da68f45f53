// A web link leaves the app only when the user says so. navigation.ts lets through nothing but a
// plain http(s) URL; this asks, in the user's language and naming the host, before the browser
// opens it. A link in an imported document or a crafted description can then not send anyone to
// a page without their knowing.

import type { MessageBoxOptions } from 'electron';
import type { BridgeLanguage } from '../shared/bridge';

const TEXTS = {
  nb: {
    title: 'Åpne lenke',
    question: (host: string) => `Åpne ${host} i nettleseren din?`,
    detail: (href: string) =>
      `Avvik sender deg til denne adressen utenfor appen:\n${href}\n\nÅpne bare lenker du venter og stoler på.`,
    open: 'Åpne i nettleseren',
    cancel: 'Avbryt',
  },
  en: {
    title: 'Open link',
    question: (host: string) => `Open ${host} in your browser?`,
    detail: (href: string) =>
      `Avvik will send you to this address outside the app:\n${href}\n\nOnly open links you expect and trust.`,
    open: 'Open in browser',
    cancel: 'Cancel',
  },
} satisfies Record<BridgeLanguage, unknown>;

export interface ExternalLinkDeps {
  /** dialog.showMessageBox, against the app window when there is one. */
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  /** shell.openExternal. */
  openExternal(url: string): Promise<void>;
  /** The language the user chose in the app. */
  language(): BridgeLanguage;
}

/** The confirm dialog for `href`, an http(s) URL navigation.ts has already checked. */
export function confirmOpenOptions(href: string, language: BridgeLanguage): MessageBoxOptions {
  const t = TEXTS[language];
  // url.host is ASCII (an international domain as punycode, xn--…), so a look-alike letter
  // cannot pass for another host.
  const url = new URL(href);
  return {
    type: 'question',
    title: t.title,
    message: t.question(url.host),
    detail: t.detail(url.href),
    buttons: [t.open, t.cancel],
    // Enter and Escape both mean "no": opening takes a deliberate choice.
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** An `open` for openExternalUrl that asks first and opens only on yes. */
export function createConfirmedOpener(deps: ExternalLinkDeps): (href: string) => Promise<void> {
  return async (href) => {
    const { response } = await deps.showMessageBox(confirmOpenOptions(href, deps.language()));
    if (response === 0) await deps.openExternal(href);
  };
}
