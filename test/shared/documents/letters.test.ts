import { describe, expect, it } from 'vitest';
import { unknownFacts } from '../../../shared/assessment';
import {
  buildLetterPdf,
  buildLettersPrintFile,
  letterFileName,
  letterFiles,
  letterZipSteps,
  printFileSteps,
} from '../../../shared/documents';
import { unzipSync } from 'fflate';
import type { AffectedPerson, LetterDocumentInput } from '../../../shared/documents';
import { sampleLetterInput as letterInputOf, samplePeople, sampleRecord } from '../../../shared/documents/sample';
import { findUnsafeCharacter } from '../../../shared/text/clean';
import { digest } from '../incident/fixtures';
import {
  firstOutOfOrder,
  flatText,
  pageCount,
  pageTexts,
  pdfFonts,
  pdfText,
  renderErrors,
  shippedFonts,
  zipListing,
} from './pdf';

// Art. 34(2): each person gets a letter in clear and plain language with what happened, the contact
// point, the likely consequences, the measures, and advice, plus a reference and the date.

const fonts = shippedFonts();
const sample = await sampleRecord(digest);
const sampleLetterInput = letterInputOf(sample);
const people3 = samplePeople(sample);
const [maret, lukasz, ase] = people3 as [AffectedPerson, AffectedPerson, AffectedPerson];

describe('a letter in bokmål to Máret Čuovga', () => {
  const pdf = buildLetterPdf(sampleLetterInput, maret, fonts, { sequence: 1 });
  const text = flatText(pdf);

  it('is addressed to her, with her Sámi name and place intact', () => {
    const layout = pdfText(pdf);
    expect(layout).toMatch(/Máret Čuovga\s*\n\s*Fálesnuorri 3\s*\n\s*9730 Kárášjohka/);
    expect(text).toContain('Hei Máret Čuovga,');
  });

  it('answers the questions Datatilsynet requires, in order', () => {
    expect(
      firstOutOfOrder(text, [
        'Hva har skjedd?',
        'Hvilke opplysninger om deg er berørt?',
        'Hva kan dette bety for deg?',
        'Hva har vi gjort?',
        'Hva kan du gjøre?',
        'Hvem kan du kontakte?',
      ]),
    ).toBeNull();
  });

  it('describes the breach, its period, the consequences and the measures', () => {
    expect(text).toContain('Noen brøt seg inn i nettbutikken vår');
    expect(text).toContain(
      'Bruddet skjedde i tidsrommet 20. mars 2026 til 26. mars 2026. Vi oppdaget det 27. mars 2026.',
    );
    expect(text).toContain('Svindlere kan bruke opplysningene til å sende deg e-post eller SMS');
    expect(text).toContain('Noen kan prøve å logge inn på kontoen din');
    expect(text).toContain('Tillegget er fjernet og nettbutikken oppdatert.');
    expect(text).toContain('Passord lagres med bcrypt fra 1. april.');
    expect(text).toContain('Vi har meldt bruddet til Datatilsynet 28. mars 2026.');
  });

  it('names only the categories of data affected, without a label’s examples', () => {
    expect(
      firstOutOfOrder(text, [
        'Hvilke opplysninger om deg er berørt?',
        'Identitetsopplysninger om deg',
        'Kontaktopplysningene dine',
        'Innloggingsopplysningene dine',
        'Opplysninger om vanene og preferansene dine',
        'Hva kan dette bety for deg?',
      ]),
    ).toBeNull();
    expect(text).not.toContain('fødselsdato');
    expect(text).not.toContain('helseopplysninger');
  });

  it('gives advice on what she can do', () => {
    expect(text).toContain('Bytt passordet ditt hos oss');
    expect(text).toContain('Vi ber deg aldri om passord eller BankID-koder.');
    expect(text).toContain('kan du anmelde det til politiet');
  });

  it('names the contact point, the data protection officer', () => {
    expect(text).toContain('Ingrid Bårdsen, personvernombud');
    expect(text).toContain('E-post: personvern@sjoberg-sykkel.example');
    expect(text).toContain('Du har rett til å klage til Datatilsynet');
  });

  it('carries a reference, the date and its legal basis', () => {
    expect(text).toContain('Vår referanse: AVV-2026-003/0001');
    expect(text).toContain('Dato: 30. mars 2026');
    expect(text).toContain('fordi personvernforordningen art. 34 krever at vi gir beskjed');
    expect(text).toMatch(/Side 1 av \d/);
  });
});

describe('a letter in English to Łukasz Øvergård', () => {
  const text = flatText(buildLetterPdf(sampleLetterInput, lukasz, fonts, { sequence: 2 }));

  it('keeps his Polish and Norwegian letters and speaks English throughout', () => {
    expect(text).toContain('Dear Łukasz Øvergård,');
    expect(text).toContain('Our reference: AVV-2026-003/0002');
    expect(text).toContain('Ingrid Bårdsen, data protection officer');
    expect(text).toContain('Phone: +47 77 00 12 40');
    expect(text).toMatch(/Our reference AVV-2026-003\/0002 · Page 1 of \d/);
    for (const norwegian of ['personvernombud', 'Telefon', 'E-post:', 'Side ', 'Vår referanse'])
      expect(text).not.toContain(norwegian);
    expect(text).toContain('Your log-in details');
    expect(text).toContain('Article 34 of the General Data Protection Regulation requires us');
    expect(text).toContain('Date: 30 March 2026');
    expect(
      firstOutOfOrder(text, [
        'What happened?',
        'What could this mean for you?',
        'What have we done?',
        'What can you do?',
        'Who can you contact?',
      ]),
    ).toBeNull();
    expect(text).not.toContain('Hva har skjedd?');
  });
});

describe('a letter in both languages', () => {
  it('has the bokmål letter first and the English one after, in one PDF', () => {
    const pdf = buildLetterPdf(sampleLetterInput, ase, fonts);
    const text = flatText(pdf);
    expect(
      firstOutOfOrder(text, [
        'Hei Åse Ŋuolja-Šandor,',
        'Hva har skjedd?',
        'English version',
        'Dear Åse Ŋuolja-Šandor,',
        'What happened?',
      ]),
    ).toBeNull();
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
  });

  it('has each page’s footer in the language of the page', () => {
    const pages = pdfText(buildLetterPdf(sampleLetterInput, ase, fonts)).split('\f').filter((p) => p.trim());
    for (const page of pages) {
      if (page.includes('Dear Åse') || page.includes('What can you do?')) expect(page).toMatch(/Our reference .* Page \d of \d/);
      if (page.includes('Hei Åse')) expect(page).toMatch(/Vår referanse .* Side \d av \d/);
    }
    expect(pages.some((p) => / Page \d of /.test(p))).toBe(true);
    expect(pages.some((p) => / Side \d av /.test(p))).toBe(true);
  });
});

describe('a letter the law does not require', () => {
  it('does not say that the law requires it (Art. 34(1))', () => {
    const input: LetterDocumentInput = { ...sampleLetterInput, required: false };
    const nb = flatText(buildLetterPdf(input, maret, fonts));
    expect(nb).not.toContain('art. 34 krever');
    expect(nb).toContain('selv om loven ikke pålegger oss det i dette tilfellet');
    const en = flatText(buildLetterPdf(input, lukasz, fonts));
    expect(en).not.toContain('requires us');
  });
});

describe('an English letter from a record written in bokmål only', () => {
  it('says the text is in Norwegian instead of silently mixing languages', () => {
    const input: LetterDocumentInput = {
      ...sampleLetterInput,
      incident: { ...sampleLetterInput.incident, description: { nb: 'Noen kopierte kunderegisteret.', en: null } },
    };
    expect(flatText(buildLetterPdf(input, lukasz, fonts))).toContain(
      '(Only available in Norwegian:) Noen kopierte kunderegisteret.',
    );
  });
});

describe('a letter sent before much is known', () => {
  it('says plainly what is not known yet instead of leaving gaps', () => {
    const input: LetterDocumentInput = {
      ...sampleLetterInput,
      incident: {
        ...sampleLetterInput.incident,
        description: null,
        occurredFrom: null,
        occurredTo: null,
        discoveredAt: null,
      },
      facts: unknownFacts(),
      measures: { taken: [], planned: [] },
      authorityNotifiedAt: null,
    };
    const text = flatText(buildLetterPdf(input, maret, fonts));
    expect(text).toContain('Nøyaktig hva som har skjedd, er ikke kjent ennå.');
    expect(text).toContain('Når bruddet skjedde, er ikke kjent ennå.');
    expect(text).toContain('Hvilke opplysninger om deg som er berørt, er ikke kjent ennå.');
    expect(text).toContain('Hvilke tiltak vi setter inn, er ikke kjent ennå.');
    expect(text).not.toContain('Vi har meldt bruddet til Datatilsynet');
  });
});

describe('names the font cannot draw', () => {
  it('are replaced by one mark, and the rest of the line survives', () => {
    const person: AffectedPerson = { ...maret, name: 'Máret 🦌 Čuovga' };
    expect(flatText(buildLetterPdf(sampleLetterInput, person, fonts))).toContain('Hei Máret \uFFFD Čuovga,');
  });
});

describe('text that hides what it says', () => {
  it('never reaches the page, wherever in the letter it stands', () => {
    const person: AffectedPerson = { ...maret, name: 'Kari\u200B\u202E Nord\u2066mann\u0000\uFEFF' };
    const input = {
      ...sampleLetterInput,
      organisation: { ...sampleLetterInput.organisation, name: 'Helse\u202E Nord\u200D 🦌' },
    };
    const text = pdfText(buildLetterPdf(input, person, fonts));
    expect(text).toContain('Hei Kari Nordmann,');
    expect(text).toContain('Helse Nord \uFFFD');
    // pdftotext ends each page with a form feed; nothing else invisible may be there.
    expect(findUnsafeCharacter(text.replaceAll('\f', ''))).toBeNull();
  });
});

describe('letters for many people', () => {
  const people: AffectedPerson[] = Array.from({ length: 12 }, (_, i) => ({
    ...people3[i % 3]!,
    id: `p${i}`,
  }));

  it('come one PDF per person, in order, each with a safe file name', () => {
    const files = [...letterFiles(sampleLetterInput, people, fonts)];
    expect(files.map((f) => f.index)).toEqual(people.map((_, i) => i));
    expect(files[0]!.fileName).toBe('AVV-2026-003-0001-maret-cuovga.pdf');
    expect(files[1]!.fileName).toBe('AVV-2026-003-0002-lukasz-overgard.pdf');
    expect(files[2]!.fileName).toBe('AVV-2026-003-0003-ase-nuolja-sandor.pdf');
    expect(flatText(files[4]!.pdf)).toContain('Our reference: AVV-2026-003/0005');
  });

  it('come as one print file, each letter on its own pages with its own page numbers', () => {
    const pdf = buildLettersPrintFile(sampleLetterInput, people.slice(0, 3), fonts);
    const pages = pdfText(pdf)
      .split('\f')
      .filter((p) => p.trim() !== '');
    expect(pages[0]).toContain('Máret Čuovga');
    expect(pages[0]).toMatch(/AVV-2026-003\/0001 · Side 1 av 2/);
    const lukaszFirst = pages.findIndex((p) => p.includes('Dear Łukasz Øvergård'));
    expect(pages[lukaszFirst]).toMatch(/AVV-2026-003\/0002 · Page 1 of \d/);
    expect(pages.slice(lukaszFirst + 1).some((p) => p.includes('Hei Åse Ŋuolja-Šandor,'))).toBe(true);
  });

  it('start on a right-hand page when printed on both sides', () => {
    const pdf = buildLettersPrintFile(sampleLetterInput, [maret, lukasz, maret], fonts, { duplex: true });
    const pages = pdfText(pdf).split('\f').slice(0, pageCount(pdf));
    pages.forEach((page, i) => {
      if (/Hei |Dear /.test(page)) expect(i % 2, `letter starting on page ${i + 1}`).toBe(0);
    });
  });

  it('report progress letter by letter, with the file on the last step', () => {
    const steps = [...printFileSteps(sampleLetterInput, people, fonts, { lettersPerPart: 5 })];
    expect(steps.map((s) => s.done)).toEqual(people.map((_, i) => i + 1));
    expect(steps.slice(0, -1).every((s) => s.pdf === null)).toBe(true);
    expect(steps.at(-1)!.pdf).not.toBeNull();
  });
});

describe('a print file written in parts and joined', () => {
  const people: AffectedPerson[] = Array.from({ length: 7 }, (_, i) => ({
    ...people3[i % 3]!,
    id: `p${i}`,
    language: i % 2 ? 'en' : 'nb',
  }));
  const whole = buildLettersPrintFile(sampleLetterInput, people, fonts, { lettersPerPart: 100 });
  const joined = buildLettersPrintFile(sampleLetterInput, people, fonts, { lettersPerPart: 3 });

  it('reads back with every letter, in order, with its reference and page numbers', () => {
    const text = flatText(joined);
    expect(
      firstOutOfOrder(
        text,
        people.flatMap((person, i) => [
          `${person.language === 'en' ? 'Dear' : 'Hei'} ${person.name},`,
          `AVV-2026-003/000${i + 1} · ${person.language === 'en' ? 'Page 1 of' : 'Side 1 av'}`,
        ]),
      ),
    ).toBeNull();
    expect(text).not.toContain('AVV-2026-003/0008');
  });

  it('has the same pages as the letters written in one document', () => {
    expect(pageCount(joined)).toBe(pageCount(whole));
    expect(pageTexts(joined)).toEqual(pageTexts(whole));
    expect(renderErrors(joined)).toBe('');
  });

  it('keeps the fonts embedded, and each font program once however many parts', () => {
    const fontsUsed = pdfFonts(joined);
    expect(fontsUsed.length).toBeGreaterThan(0);
    // name, type, encoding, emb, sub, uni: every font embedded and with a Unicode map.
    expect(fontsUsed.every((row) => / yes\s+(yes|no)\s+yes\s+\d+\s+0\s*$/.test(row))).toBe(true);
    const programs = (bytes: Uint8Array) =>
      new Set(Array.from(Buffer.from(bytes).toString('latin1').matchAll(/\/FontFile2 (\d+) 0 R/g), (m) => m[1])).size;
    expect(programs(whole)).toBe(2);
    expect(programs(joined)).toBe(2);
  });

  it('starts every letter on a right-hand page for printing on both sides, across parts too', () => {
    const duplex = buildLettersPrintFile(sampleLetterInput, [maret, lukasz, maret, ase, maret], fonts, {
      duplex: true,
      lettersPerPart: 2,
    });
    const pages = pageTexts(duplex);
    const starts = pages.flatMap((page, i) => (/(Side 1 av|Page 1 of) \d/.test(page) ? [i] : []));
    expect(starts).toHaveLength(5);
    for (const start of starts) expect(start % 2, `letter starting on page ${start + 1}`).toBe(0);
  });
});

describe('file names', () => {
  it('are plain ASCII whatever the name', () => {
    expect(letterFileName('AVV-2026-007', 42, { ...maret, name: 'Łukasz Øvergård-Ŧáŋŋa' })).toBe(
      'AVV-2026-007-0042-lukasz-overgard-tanna.pdf',
    );
    expect(letterFileName('AVV-2026-007', 7, { ...maret, name: '🦌' })).toBe('AVV-2026-007-0007.pdf');
  });
});

describe('one PDF per person, in one zip', () => {
  const people: AffectedPerson[] = Array.from({ length: 5 }, (_, i) => ({ ...people3[i % 3]!, id: `p${i}` }));

  it('holds every letter under its file name, whole, and is handed over step by step', () => {
    const steps = [...letterZipSteps(sampleLetterInput, people, fonts)];
    expect(steps.map((s) => s.done)).toEqual([1, 2, 3, 4, 5]);
    expect(steps.map((s) => s.finished)).toEqual([false, false, false, false, true]);
    const zip = Buffer.concat(steps.map((s) => s.bytes));
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual([...letterFiles(sampleLetterInput, people, fonts)].map((l) => l.fileName));
    expect(flatText(files['AVV-2026-003-0002-lukasz-overgard.pdf']!)).toContain('Dear Łukasz Øvergård,');
    expect(flatText(files['AVV-2026-003-0005-lukasz-overgard.pdf']!)).toContain('AVV-2026-003/0005');
  });

  it('reads in a standard unzip, with the letters’ date on every file', () => {
    const zip = Buffer.concat([...letterZipSteps(sampleLetterInput, people.slice(0, 2), fonts)].map((s) => s.bytes));
    const listing = zipListing(zip);
    expect(listing).toMatch(/AVV-2026-003-0001-maret-cuovga\.pdf/);
    expect(listing).toMatch(/2026-03-30/);
  });
});
