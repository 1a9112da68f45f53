import { describe, expect, it } from 'vitest';
import { PdfWriter } from '../../../shared/documents/pdf/writer';
import { pageTexts, shippedFonts, squash } from './pdf';

// How the flowing documents break pages: a reason in the notification is one bullet, and a DPO
// copying it into Altinn must find it in one piece, not cut by the page footer.

const fonts = shippedFonts();
const FOOTER = (page: number, total: number) => `Footer of page ${page} of ${total}`;

function writer(): PdfWriter {
  return new PdfWriter(fonts, { title: 'Test', lang: 'en', createdAt: new Date('2026-03-01T00:00:00.000Z') });
}

/** Fills the page with short paragraphs until only `lines` lines of 10 pt are left above its bottom. */
function fillPage(w: PdfWriter, lines: number): void {
  let n = 0;
  while (w.y + w.lineHeight(10) * (lines + 1) <= w.bottom)
    w.paragraph(`Filler paragraph ${++n}.`, { after: 0 });
}

const reason = (n: number) =>
  `Reason ${n}: ${'the organisation considers that the breach may result in a risk to the data subjects, '.repeat(4)}(GDPR Art. 33(1)).`;

describe('a bullet near the bottom of a page', () => {
  it('moves whole to the next page when it fits on one, so the footer never lands inside it', () => {
    const w = writer();
    fillPage(w, 2);
    const item = reason(1);
    expect(w.wrap(item, w.contentWidth - 12).length).toBeGreaterThan(2);
    w.bullets([item]);
    const pages = pageTexts(w.finish(FOOTER));
    expect(pages).toHaveLength(2);
    expect(pages[0]).not.toContain('Reason 1');
    expect(pages[1]).toContain(squash(item));
  });

  it('still starts on the page it is on when there is room for all of it', () => {
    const w = writer();
    fillPage(w, 8);
    w.bullets([reason(2)]);
    const pages = pageTexts(w.finish(FOOTER));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain(squash(reason(2)));
  });

  it('breaks between lines when it is longer than a page, and loses no word', () => {
    const w = writer();
    fillPage(w, 2);
    const long = Array.from({ length: 40 }, (_, i) => reason(i + 10)).join(' ');
    w.bullets([long]);
    const pdf = w.finish(FOOTER);
    const body = pageTexts(pdf, { footerTop: w.pageHeight - w.margin.bottom });
    expect(body.length).toBeGreaterThan(2);
    expect(body.join(' ')).toContain(squash(long));
    expect(body.join(' ')).not.toContain('Footer of page');
  });
});
