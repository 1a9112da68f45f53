import { requireDate } from '../format';
import type { FontBytes } from '../pdf/fonts';
import { PdfWriter } from '../pdf/writer';
import { renderSections } from '../sections';
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
  writer.title(t.title, t.subtitle);
  const sections = notificationContent(input);
  const notKnown = sections.some((s) => s.blocks.some((b) => b.kind === 'field' && b.value.includes(NOT_KNOWN[lang])));
  writer.paragraph(notKnown ? `${t.intro} ${t.introNotKnown}` : t.intro);
  renderSections(writer, sections);
  return writer.finish(
    (page, total) => `${organisation.name} · ${incident.ref} · ${t.footer} · ${PAGE[lang](page, total)}`,
  );
}
