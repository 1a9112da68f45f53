import { capitalise, contactLines, longDate, pick, toDate } from '../format';
import { bullets, paragraph } from '../sections';
import { LETTER } from '../text/letter';
import { PLAIN_CATEGORY, plainAdvice, plainConsequences } from '../text/letterAdvice';
import type { AffectedPerson, Block, FreeText, LetterDocumentInput, Section } from '../types';
import type { Lang } from '../../i18n/lang';

// One letter's words in one language. Every question a person has gets an answer, and where the
// answer is not known yet, the letter says so ("… er ikke kjent ennå").

export interface LetterContent {
  subject: string;
  greeting: string;
  intro: string;
  sections: Section[];
  closing: string[];
  legal: string;
}

function when(input: LetterDocumentInput, lang: Lang): string {
  const t = LETTER[lang];
  const date = (value: string | null): string | null =>
    toDate(value) ? longDate(value!, lang, input.timeZone) : null;
  const from = date(input.incident.occurredFrom);
  const to = date(input.incident.occurredTo);
  const discovered = date(input.incident.discoveredAt);
  const period =
    from && to
      ? from === to
        ? t.onDay(from)
        : t.period(from, to)
      : from
        ? t.startedAt(from)
        : t.periodUnknown;
  return discovered ? `${period} ${t.discovered(discovered)}` : period;
}

function measures(input: LetterDocumentInput, lang: Lang): Block[] {
  const t = LETTER[lang];
  const texts = (items: readonly FreeText[]) => items.map((m) => pick(m, lang)).filter((m): m is string => m !== null);
  const taken = texts(input.measures.taken);
  const planned = texts(input.measures.planned);
  const blocks: Block[] = [];
  if (taken.length) blocks.push(bullets(taken));
  if (planned.length) blocks.push(paragraph(t.planned), bullets(planned));
  if (!taken.length && !planned.length) blocks.push(paragraph(t.measuresUnknown));
  const notified = toDate(input.authorityNotifiedAt);
  if (notified) blocks.push(paragraph(t.notifiedAuthority(longDate(notified, lang, input.timeZone))));
  return blocks;
}

function contact(input: LetterDocumentInput, lang: Lang): Block[] {
  const t = LETTER[lang];
  const blocks: Block[] = [
    paragraph(t.contactIntro),
    paragraph(contactLines(input.contactPoint, lang).join('\n')),
  ];
  if (input.dpo && input.dpo.name !== input.contactPoint.name) {
    blocks.push(paragraph(t.dpoIntro), paragraph(contactLines(input.dpo, lang).join('\n')));
  }
  blocks.push(paragraph(t.complaint));
  return blocks;
}

/**
 * Art. 34(2): the answers every person affected is owed, in plain words: what happened, which data,
 * what it may mean, what was done, what they can do, whom to contact. A letter and a public notice
 * (Art. 34(3)(c)) give the same answers.
 */
export function plainSections(input: LetterDocumentInput, lang: Lang): Section[] {
  const t = LETTER[lang];
  const { facts } = input;
  const description = pick(input.incident.description, lang);
  const ownConsequences = pick(input.incident.consequences, lang);
  const consequences = plainConsequences(facts, lang);
  const ownAdvice = pick(input.advice, lang);
  const categories = facts.dataCategories.map((c) => capitalise(PLAIN_CATEGORY[lang][c]));

  const sections: Section[] = [
    {
      heading: t.headings.what,
      blocks: [paragraph(description ?? t.descriptionUnknown), paragraph(when(input, lang))],
    },
    {
      heading: t.headings.data,
      blocks: categories.length ? [bullets(categories)] : [paragraph(t.dataUnknown)],
    },
    {
      heading: t.headings.meaning,
      blocks: [
        ...(ownConsequences ? [paragraph(ownConsequences)] : []),
        ...(consequences.length
          ? [bullets(consequences)]
          : ownConsequences
            ? []
            : [paragraph(t.meaningUnknown)]),
      ],
    },
    { heading: t.headings.done, blocks: measures(input, lang) },
    {
      heading: t.headings.youCan,
      blocks: [...(ownAdvice ? [paragraph(ownAdvice)] : []), bullets(plainAdvice(facts, lang))],
    },
    { heading: t.headings.contact, blocks: contact(input, lang) },
  ];
  return sections;
}

// Every letter of a batch has the same sections: made once per input and language, not once per
// letter (10 000 letters, 10 000 times the same words). Inputs are not changed after they are made.
const sectionsByInput = new WeakMap<LetterDocumentInput, Partial<Record<Lang, Section[]>>>();

function sharedSections(input: LetterDocumentInput, lang: Lang): Section[] {
  let byLang = sectionsByInput.get(input);
  if (!byLang) sectionsByInput.set(input, (byLang = {}));
  return (byLang[lang] ??= plainSections(input, lang));
}

export function letterContent(input: LetterDocumentInput, person: AffectedPerson, lang: Lang): LetterContent {
  const t = LETTER[lang];
  return {
    subject: t.subject(input.organisation.name),
    greeting: t.greeting(person.name),
    intro: t.intro,
    sections: sharedSections(input, lang),
    closing: [
      t.closing,
      input.organisation.name,
      ...(input.contactPoint.name ? [input.contactPoint.name] : []),
    ],
    // Art. 34(1): say the law requires the letter only when it does.
    legal: input.required ? t.legal : t.legalVoluntary,
  };
}
