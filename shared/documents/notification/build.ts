import { requireDate } from '../format';
import type { FontBytes } from '../pdf/fonts';
import { PdfWriter } from '../pdf/writer';
import { renderSections, sectionToPlain } from '../sections';
import { NOT_KNOWN, PAGE } from '../text/common';
import { NOTIFICATION } from '../text/notification';
import type { NotificationDocumentInput } from '../types';
import { notificationContent } from './sections';

/** The notification to Datatilsynet as a PDF: a copy-ready companion to the Altinn form. */
export function buildNotificationPdf(input: NotificationDocumentInput, fonts: FontBytes): Uint8Array {
  const { lang, incident, organisation } = input;
  const t = NOTIFICATION[lang];
  const writer = new PdfWriter(fonts, {
    title: `${t.title}: ${incident.ref}`,
    subject: incident.title,
    author: organisation.name,
    lang,
    createdAt: requireDate(input.now, 'now'),
  });
  const content = notificationContent(input);
  // A complete record prints no "not yet known", so the sentence explaining it would only confuse.
  const unknown = content.some((section) => sectionToPlain(section).body.includes(NOT_KNOWN[lang]));
  writer.title(t.title, t.subtitle);
  writer.paragraph(unknown ? `${t.intro} ${t.introUnknown}` : t.intro);
  renderSections(writer, content);
  return writer.finish(
    (page, total) => `${organisation.name} · ${incident.ref} · ${t.footer} · ${PAGE[lang](page, total)}`,
  );
}
