import { capitalise, joinList, longDate, number, pick, requireDate } from '../format';
import { plainSections } from '../letter/content';
import type { FontBytes } from '../pdf/fonts';
import { COLORS, PdfWriter } from '../pdf/writer';
import { paragraph, renderBlocks, sectionToPlain } from '../sections';
import { PAGE, SUBJECT_CATEGORY } from '../text/common';
import { PUBLIC_NOTICE } from '../text/public';
import type { Block, PlainSection, PublicNoticeDocumentInput, Section } from '../types';
import type { Lang } from '../../i18n/lang';

// Art. 34(3)(c): the public notice, in bokmål and English. Its answers are the letter's
// (plainSections), with "who is affected" added so a reader can tell whether it concerns them.

function who(input: PublicNoticeDocumentInput, lang: Lang): Section {
  const t = PUBLIC_NOTICE[lang];
  const { categories, relationship, count, precision } = input.affected;
  const blocks: Block[] = [];
  const named = categories.map((c) => SUBJECT_CATEGORY[lang][c]);
  const described = pick(relationship, lang);
  if (described) blocks.push(paragraph(described));
  else if (named.length) blocks.push(paragraph(`${capitalise(joinList(named, lang))}.`));
  if (count !== null) {
    const n = number(count, lang, 0);
    blocks.push(paragraph(precision === 'exact' ? t.exactCount(n) : t.count(n)));
  }
  return { heading: t.who, blocks: blocks.length ? blocks : [paragraph(t.whoUnknown)] };
}

/** The notice in one language, section by section: what happened, who, then the letter's answers. */
export function publicNoticeContent(input: PublicNoticeDocumentInput, lang: Lang): Section[] {
  const [what, ...rest] = plainSections(input, lang);
  return [what!, who(input, lang), ...rest];
}

/** The notice as plain text per section, to publish on a website. */
export function publicNoticeSections(input: PublicNoticeDocumentInput, lang: Lang): PlainSection[] {
  return publicNoticeContent(input, lang).map(sectionToPlain);
}

/** The public notice as a PDF, each language from a new page. */
export function buildPublicNoticePdf(input: PublicNoticeDocumentInput, fonts: FontBytes): Uint8Array {
  const languages = input.languages.length ? input.languages : (['nb'] as Lang[]);
  const first = languages[0]!;
  const writer = new PdfWriter(fonts, {
    title: PUBLIC_NOTICE[first].title(input.organisation.name),
    subject: input.incident.ref,
    author: input.organisation.name,
    lang: first,
    createdAt: requireDate(input.now, 'now'),
  });
  const starts: { lang: Lang; from: number }[] = [];
  languages.forEach((lang, i) => {
    const t = PUBLIC_NOTICE[lang];
    if (i > 0) writer.newPage(false);
    starts.push({ lang, from: writer.pageCount });
    if (languages.length > 1) writer.paragraph(t.otherLanguage, { size: 8.5, color: COLORS.muted, after: 6 });
    writer.title(t.title(input.organisation.name));
    writer.paragraph(`${t.published}: ${longDate(input.now, lang, input.timeZone)} · ${t.ref}: ${input.incident.ref}`, { size: 9, color: COLORS.muted, after: 8 });
    writer.paragraph(t.intro, { after: 4 });
    for (const section of publicNoticeContent(input, lang)) {
      writer.space(4);
      writer.subheading(section.heading);
      renderBlocks(writer, section.blocks);
    }
    writer.space(6);
    writer.paragraph(t.legal, { size: 8, color: COLORS.muted });
  });
  return writer.finish((page, total) => {
    const lang = starts.filter((s) => s.from <= page).at(-1)?.lang ?? first;
    return `${input.organisation.name} · ${input.incident.ref} · ${PUBLIC_NOTICE[lang].footer} · ${PAGE[lang](page, total)}`;
  });
}
