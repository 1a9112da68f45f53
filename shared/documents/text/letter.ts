import type { ByLang } from './common';

// The letter to each person affected (GDPR Art. 34(2)): plain language, a message dedicated to the
// breach, the four items Datatilsynet requires (what happened, contact point, likely consequences,
// measures), advice on what the person can do (recital 86), a reference and the date. Structure
// after DOMAIN.md §3.3.

export const LETTER = {
  nb: {
    subject: (org: string) => `Melding om brudd på personopplysningssikkerheten hos ${org}`,
    greeting: (name: string) => `Hei ${name},`,
    intro:
      'Vi skriver til deg fordi personopplysninger om deg er berørt av et brudd på personopplysningssikkerheten hos oss. Vi beklager at dette har skjedd. Her forteller vi hva som har skjedd, hva det kan bety for deg, hva vi har gjort, og hva du selv kan gjøre.',
    headings: {
      what: 'Hva har skjedd?',
      data: 'Hvilke opplysninger om deg er berørt?',
      meaning: 'Hva kan dette bety for deg?',
      done: 'Hva har vi gjort?',
      youCan: 'Hva kan du gjøre?',
      contact: 'Hvem kan du kontakte?',
    },
    period: (from: string, to: string) => `Bruddet skjedde i tidsrommet ${from} til ${to}.`,
    onDay: (date: string) => `Bruddet skjedde ${date}.`,
    startedAt: (from: string) => `Bruddet startet ${from}. Når det sluttet, er ikke kjent ennå.`,
    periodUnknown: 'Når bruddet skjedde, er ikke kjent ennå.',
    discovered: (date: string) => `Vi oppdaget det ${date}.`,
    descriptionUnknown:
      'Nøyaktig hva som har skjedd, er ikke kjent ennå. Vi undersøker saken og gir deg mer informasjon når vi vet mer.',
    dataUnknown:
      'Hvilke opplysninger om deg som er berørt, er ikke kjent ennå. Vi gir deg beskjed når vi vet mer.',
    meaningUnknown: 'Hva bruddet kan bety for deg, er ikke kjent ennå. Vi gir deg beskjed når vi vet mer.',
    measuresUnknown:
      'Hvilke tiltak vi setter inn, er ikke kjent ennå. Vi arbeider med å stanse bruddet og begrense skadevirkningene.',
    planned: 'Dette skal vi også gjøre:',
    notifiedAuthority: (date: string) => `Vi har meldt bruddet til Datatilsynet ${date}.`,
    contactIntro: 'Har du spørsmål, eller ser du noe som kan ha sammenheng med bruddet, kan du kontakte oss:',
    dpoIntro: 'Du kan også kontakte personvernombudet vårt:',
    complaint:
      'Du har rett til å klage til Datatilsynet (www.datatilsynet.no) hvis du mener at vi behandler personopplysningene dine i strid med regelverket.',
    closing: 'Med vennlig hilsen',
    legal:
      'Vi sender deg denne meldingen fordi personvernforordningen art. 34 krever at vi gir beskjed til dem som er berørt.',
    legalVoluntary:
      'Vi gir deg beskjed om bruddet fordi vi mener du bør vite om det, selv om loven ikke pålegger oss det i dette tilfellet.',
    ref: 'Vår referanse',
    date: 'Dato',
    otherLanguage: 'English version: see the following pages.',
    versionHeading: 'Norsk versjon',
    phone: 'Telefon',
    email: 'E-post',
  },
  en: {
    subject: (org: string) => `Notice of a personal data breach at ${org}`,
    greeting: (name: string) => `Dear ${name},`,
    intro:
      'We are writing to you because personal data about you has been affected by a personal data breach at our organisation. We are sorry that this has happened. This letter tells you what happened, what it may mean for you, what we have done and what you can do yourself.',
    headings: {
      what: 'What happened?',
      data: 'What information about you is affected?',
      meaning: 'What could this mean for you?',
      done: 'What have we done?',
      youCan: 'What can you do?',
      contact: 'Who can you contact?',
    },
    period: (from: string, to: string) => `The breach took place between ${from} and ${to}.`,
    onDay: (date: string) => `The breach took place on ${date}.`,
    startedAt: (from: string) => `The breach began on ${from}. When it ended is not yet known.`,
    periodUnknown: 'When the breach took place is not yet known.',
    discovered: (date: string) => `We discovered it on ${date}.`,
    descriptionUnknown:
      'Exactly what happened is not yet known. We are investigating and will tell you more when we know more.',
    dataUnknown:
      'Which information about you is affected is not yet known. We will tell you when we know more.',
    meaningUnknown: 'What the breach may mean for you is not yet known. We will tell you when we know more.',
    measuresUnknown:
      'Which measures we will take is not yet known. We are working to stop the breach and limit its effects.',
    planned: 'We will also do the following:',
    notifiedAuthority: (date: string) =>
      `We notified the Norwegian Data Protection Authority (Datatilsynet) of the breach on ${date}.`,
    contactIntro:
      'If you have questions, or notice anything that may be linked to the breach, please contact us:',
    dpoIntro: 'You can also contact our data protection officer:',
    complaint:
      'You have the right to complain to the Norwegian Data Protection Authority, Datatilsynet (www.datatilsynet.no), if you believe we process your personal data in breach of the rules.',
    closing: 'Kind regards',
    legal:
      'We are sending you this notice because Article 34 of the General Data Protection Regulation requires us to inform the people affected.',
    legalVoluntary:
      'We are telling you about the breach because we believe you should know about it, although the law does not require us to in this case.',
    ref: 'Our reference',
    date: 'Date',
    otherLanguage: 'This is the English version. The Norwegian version is on the preceding pages.',
    versionHeading: 'English version',
    phone: 'Phone',
    email: 'E-mail',
  },
} satisfies ByLang<unknown>;

export type LetterText = (typeof LETTER)['nb'];
const englishIsComplete: LetterText = LETTER.en;
void englishIsComplete;
