import type { ByLang } from './common';

// The public communication of Art. 34(3)(c) (EDPB Guidelines 9/2022, "Communication to the data
// subject"): a notice, for a website banner, a notice board or the press, that informs the people
// affected as effectively as a letter would. The same answers as the letter, to the public.

export const PUBLIC_NOTICE = {
  nb: {
    title: (org: string) => `Informasjon om brudd på personopplysningssikkerheten hos ${org}`,
    published: 'Publisert',
    ref: 'Referanse',
    intro:
      'Vi har hatt et brudd på personopplysningssikkerheten som kan gjelde deg. Her forteller vi hva som har skjedd, hvem som er berørt, hva det kan bety for deg, hva vi har gjort, og hva du selv kan gjøre.',
    who: 'Hvem er berørt?',
    whoUnknown: 'Hvem som er berørt, er ikke kjent ennå. Vi oppdaterer denne informasjonen når vi vet mer.',
    count: (count: string) => `Omtrent ${count} personer er berørt.`,
    exactCount: (count: string) => `${count} personer er berørt.`,
    legal:
      'Vi informerer offentlig fordi det ville kreve uforholdsmessig stor innsats å kontakte hver enkelt som er berørt (personvernforordningen art. 34 nr. 3 bokstav c).',
    footer: 'Offentlig informasjon',
    otherLanguage: 'English version: see the following pages.',
  },
  en: {
    title: (org: string) => `Information about a personal data breach at ${org}`,
    published: 'Published',
    ref: 'Reference',
    intro:
      'We have had a personal data breach that may concern you. Here we tell you what happened, who is affected, what it may mean for you, what we have done and what you can do yourself.',
    who: 'Who is affected?',
    whoUnknown: 'Who is affected is not yet known. We will update this information when we know more.',
    count: (count: string) => `About ${count} people are affected.`,
    exactCount: (count: string) => `${count} people are affected.`,
    legal:
      'We are informing the public because contacting each person affected would involve disproportionate effort (Article 34(3)(c) of the General Data Protection Regulation).',
    footer: 'Public notice',
    otherLanguage: 'This is the English version. The Norwegian version is on the preceding pages.',
  },
} satisfies ByLang<unknown>;

export type PublicNoticeText = (typeof PUBLIC_NOTICE)['nb'];
const englishIsComplete: PublicNoticeText = PUBLIC_NOTICE.en;
void englishIsComplete;
