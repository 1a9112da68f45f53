import { jsPDF } from 'jspdf';
import { documentText } from '../../text/clean';
import { FONT_FAMILY, printableText, registerFonts } from './fonts';
import type { FontBytes, FontStyle } from './fonts';

// A thin typed layer over jsPDF for flowing documents: headings, paragraphs, label–value fields
// and lists that wrap and break across A4 pages, and footers stamped at the end. The builders use
// only this and the few drawing calls the timeline needs (`doc`).

export type Rgb = readonly [number, number, number];

export const COLORS = {
  text: [25, 25, 25],
  muted: [95, 95, 95],
  accent: [0, 61, 110],
  rule: [175, 175, 175],
  light: [236, 241, 246],
  warning: [160, 35, 25],
  ok: [30, 110, 60],
} as const satisfies Record<string, Rgb>;

export interface WriterOptions {
  title: string;
  subject?: string;
  author?: string;
  lang: Lang;
  /** The document's date, written as its creation date: the builders read no clock. */
  createdAt: Date;
  orientation?: 'portrait' | 'landscape';
  /** See RegisterOptions.alwaysCharacters: for documents to be joined. */
  alwaysCharacters?: string;
}

export interface TextStyle {
  size?: number;
  style?: FontStyle;
  color?: Rgb;
  indent?: number;
  /** Space after the block, in points. */
  after?: number;
}

const LINE_FACTOR = 1.32;
const MARGIN = { top: 54, bottom: 60, left: 62, right: 56 };

/** "D:20261125143000+00'00'": the PDF date of an instant, in UTC so the bytes never depend on the machine. */
function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

/** A stable 128-bit file id from the document's identity (jsPDF would draw a random one). */
function fileId(seed: string): string {
  let out = '';
  for (let round = 0; round < 4; round++) {
    let hash = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
    out += (hash >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

/** "Label:", but a question keeps its question mark alone: "Informed?". */
import { withColon } from '../text/labels';
import type { Lang } from '../../i18n/lang';

export { withColon };

export class PdfWriter {
  readonly doc: jsPDF;
  /** Makes any text printable in the embedded font. */
  readonly clean: (text: string) => string;
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly margin = MARGIN;
  /** Top of the next line, in points from the top of the page. */
  y: number = MARGIN.top;
  /** Called after every page break the flow makes (not for pages added with `newPage(false)`). */
  onPageBreak: (() => void) | null = null;

  constructor(fonts: FontBytes, options: WriterOptions) {
    this.doc = new jsPDF({
      unit: 'pt',
      format: 'a4',
      orientation: options.orientation ?? 'portrait',
      compress: true,
      putOnlyUsedFonts: true,
    });
    registerFonts(this.doc, fonts, { alwaysCharacters: options.alwaysCharacters });
    // The last line of defence: whatever reached the record, no control, bidi or invisible
    // character reaches the page, and the font draws what is left or a replacement mark.
    const printable = printableText(fonts);
    this.clean = (text) => printable(documentText(text));
    this.pageWidth = this.doc.internal.pageSize.getWidth();
    this.pageHeight = this.doc.internal.pageSize.getHeight();
    this.doc.setDocumentProperties({
      title: this.clean(options.title),
      subject: this.clean(options.subject ?? ''),
      author: this.clean(options.author ?? ''),
      creator: 'Avvik',
    });
    this.doc.setLanguage(options.lang === 'nb' ? 'nb' : 'en-GB');
    this.doc.setCreationDate(pdfDate(options.createdAt));
    this.doc.setFileId(fileId(`${options.title}|${options.createdAt.toISOString()}`));
    this.font('normal', 10);
  }

  get left(): number {
    return this.margin.left;
  }

  get contentWidth(): number {
    return this.pageWidth - this.margin.left - this.margin.right;
  }

  get bottom(): number {
    return this.pageHeight - this.margin.bottom;
  }

  font(style: FontStyle, size: number, color: Rgb = COLORS.text): void {
    this.doc.setFont(FONT_FAMILY, style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(color[0], color[1], color[2]);
  }

  lineHeight(size: number): number {
    return size * LINE_FACTOR;
  }

  /** The text broken into lines that fit `width` in the current font. Keeps empty lines. */
  wrap(text: string, width: number): string[] {
    return this.doc.splitTextToSize(this.clean(text), width) as string[];
  }

  textWidth(text: string): number {
    return this.doc.getTextWidth(this.clean(text));
  }

  /** Writes one line with its top at `top`. */
  lineAt(
    text: string,
    x: number,
    top: number,
    size: number,
    align: 'left' | 'right' | 'center' = 'left',
  ): void {
    this.doc.text(this.clean(text), x, top + size * 0.93, { align });
  }

  newPage(flowing = true): void {
    this.doc.addPage('a4', this.pageWidth > this.pageHeight ? 'landscape' : 'portrait');
    this.y = this.margin.top;
    if (flowing) this.onPageBreak?.();
  }

  /** Breaks the page unless `height` points still fit. */
  ensureSpace(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  space(points: number): void {
    this.y += points;
  }

  /** Lines already wrapped (or short enough not to need it), breaking pages between lines. */
  lines(raw: readonly string[], style: TextStyle = {}): void {
    this.cleanLines(raw.map(this.clean), style);
  }

  /** `lines` for lines `wrap` made: already clean, so not cleaned again. */
  private cleanLines(lines: readonly string[], style: TextStyle): void {
    const size = style.size ?? 10;
    const lh = this.lineHeight(size);
    const x = this.left + (style.indent ?? 0);
    this.font(style.style ?? 'normal', size, style.color);
    let from = 0;
    while (from < lines.length) {
      if (this.y + lh > this.bottom) {
        this.newPage();
        this.font(style.style ?? 'normal', size, style.color);
      }
      // As many lines as fit on this page, in one text object: fewer operators to write and compress.
      const fit = Math.max(1, Math.floor((this.bottom - this.y) / lh));
      const chunk = lines.slice(from, from + fit);
      this.doc.text(chunk, x, this.y + size * 0.93, { lineHeightFactor: LINE_FACTOR });
      this.y += chunk.length * lh;
      from += chunk.length;
    }
    this.y += style.after ?? 0;
  }

  paragraph(text: string, style: TextStyle = {}): void {
    this.font(style.style ?? 'normal', style.size ?? 10, style.color);
    this.cleanLines(this.wrap(text, this.contentWidth - (style.indent ?? 0)), { after: 5, ...style });
  }

  title(text: string, subtitle?: string): void {
    this.paragraph(text, { size: 17, style: 'bold', color: COLORS.accent, after: subtitle ? 2 : 8 });
    if (subtitle) this.paragraph(subtitle, { size: 10, color: COLORS.muted, after: 10 });
  }

  /** A section heading with a rule under it, kept together with at least two lines of what follows. */
  heading(text: string): void {
    this.ensureSpace(this.lineHeight(12.5) + 6 + this.lineHeight(10) * 2);
    this.space(6);
    this.paragraph(text, { size: 12.5, style: 'bold', color: COLORS.accent, after: 1 });
    this.doc.setDrawColor(...COLORS.accent);
    this.doc.setLineWidth(0.6);
    this.doc.line(this.left, this.y, this.left + this.contentWidth, this.y);
    this.y += 6;
  }

  subheading(text: string): void {
    this.ensureSpace(this.lineHeight(10.5) + this.lineHeight(10) * 2);
    this.paragraph(text, { size: 10.5, style: 'bold', after: 2 });
  }

  /**
   * "Label: value" on one line when it fits, else the label on its own line and the value under
   * it. The value keeps its own line breaks.
   */
  field(label: string, value: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const indent = style.indent ?? 0;
    const width = this.contentWidth - indent;
    this.font('bold', size);
    const labelText = withColon(label);
    const labelWidth = this.textWidth(`${labelText} `);
    this.font('normal', size);
    const single = !value.includes('\n') && labelWidth + this.textWidth(value) <= width;
    if (single) {
      this.ensureSpace(this.lineHeight(size));
      this.font('bold', size);
      this.lineAt(labelText, this.left + indent, this.y, size);
      this.font('normal', size, style.color);
      this.lineAt(value, this.left + indent + labelWidth, this.y, size);
      this.y += this.lineHeight(size) + (style.after ?? 2);
      return;
    }
    this.ensureSpace(this.lineHeight(size) * 2);
    this.font('bold', size);
    this.cleanLines(this.wrap(labelText, width), { size, style: 'bold', indent });
    this.font('normal', size);
    this.cleanLines(this.wrap(value, width - 10), {
      size,
      indent: indent + 10,
      color: style.color,
      after: style.after ?? 3,
    });
  }

  bullets(items: readonly string[], style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const indent = style.indent ?? 0;
    for (const item of items) {
      this.font(style.style ?? 'normal', size, style.color);
      const wrapped = this.wrap(item, this.contentWidth - indent - 12);
      // An item that fits on a page is kept whole: a reason cut by a page break reads (and copies)
      // with the page footer inside it. One longer than a page breaks between lines.
      const height = wrapped.length * this.lineHeight(size);
      this.ensureSpace(height <= this.bottom - this.margin.top ? height : this.lineHeight(size));
      // A drawn dot, not the '•' glyph: that glyph sits far up in DejaVu Sans (id 2821) and would
      // stretch every letter's embedded subset tables to reach it. The dot is a line of no length
      // with round caps, which a PDF paints as a filled circle as wide as the line (ISO 32000-1,
      // 8.5.3.2): a fifth of the bytes of a circle's four Bézier curves, in every bullet.
      const x = this.left + indent + 4;
      const y = this.y + size * 0.62;
      this.doc.setDrawColor(...(style.color ?? COLORS.text));
      this.doc.setLineWidth(size * 0.32);
      this.doc.setLineCap('round');
      this.doc.line(x, y, x, y);
      this.doc.setLineCap('butt');
      this.cleanLines(wrapped, { ...style, indent: indent + 12, after: 2 });
    }
    this.y += style.after ?? 3;
  }

  rule(color: Rgb = COLORS.rule): void {
    this.doc.setDrawColor(...color);
    this.doc.setLineWidth(0.5);
    this.doc.line(this.left, this.y, this.left + this.contentWidth, this.y);
    this.y += 6;
  }

  get pageCount(): number {
    return this.doc.getNumberOfPages();
  }

  /** Stamps the footers (page numbers need the total) and returns the PDF's bytes. */
  finish(footer: ((page: number, total: number) => string | null) | null = null): Uint8Array {
    const total = this.pageCount;
    if (footer) {
      for (let page = 1; page <= total; page++) {
        const text = footer(page, total);
        if (!text) continue;
        this.doc.setPage(page);
        this.font('normal', 7.5, COLORS.muted);
        const lines = this.wrap(text, this.contentWidth);
        lines.forEach((line, i) => this.lineAt(line, this.left, this.pageHeight - 40 + i * 9.5, 7.5));
      }
    }
    return new Uint8Array(this.doc.output('arraybuffer'));
  }
}
