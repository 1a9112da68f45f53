import { afterEach, describe, expect, it, vi } from 'vitest';
import '../register/timeouts';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LettersScreen } from '../../../renderer/src/features/letters/LettersScreen';
import { recordDecision, saveProfile, saveSettings } from '../../../renderer/src/db/repository';
import type { OpenResult, SaveFileRequest, SaveInFolderRequest, SaveResult } from '../../../shared/bridge';
import { unzipSync } from 'fflate';
import { pdfText, testFonts } from '../register/fonts';
import { renderScreen, screenServices } from '../register/render';
import { STOLEN_LAPTOP_FACTS, seedIncident } from '../register/seed';
import { inProcessWorker } from './worker';
import { createHash } from 'node:crypto';
import type { AvvikDb } from '../../../renderer/src/db/database';

const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** The document-exported events of the incident: what left the app, by hash. */
async function exportsOf(db: AvvikDb, incidentId: string) {
  const events = await db.events.where('incidentId').equals(incidentId).toArray();
  return events.flatMap((event) => (event.kind === 'document-exported' ? [event.payload] : []));
}
import type * as RunLettersModule from '../../../renderer/src/features/letters/runLetters';

const files = vi.hoisted(() => ({
  saved: [] as SaveFileRequest[],
  next: null as OpenResult | null,
  downloads: [] as { blob: Blob; name: string }[],
  /** Set: the desktop app, with a folder chosen at this path; null: a browser. */
  folder: null as string | null,
  inFolder: [] as SaveInFolderRequest[],
  /** A save waits for this (a test holds it to look at the screen while the file is being saved). */
  saveGate: Promise.resolve(),
  saving: false,
}));
vi.mock('../../../renderer/src/platform', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  saveFile: async (request: SaveFileRequest): Promise<SaveResult> => {
    files.saving = true;
    await files.saveGate;
    files.saving = false;
    files.saved.push(request);
    return { ok: true, path: request.suggestedName };
  },
  downloadBlob: (blob: Blob, name: string): SaveResult => {
    files.downloads.push({ blob, name });
    return { ok: true, path: name };
  },
  savesToFolders: () => files.folder !== null,
  chooseFolder: async (folderName: string) => ({
    ok: true,
    folder: '0b8f0f43-7f5e-4bb4-9a43-5d3c1b3f6a21',
    path: `${files.folder}/${folderName}`,
  }),
  saveInFolder: async (request: SaveInFolderRequest) => {
    files.inFolder.push(request);
    return { ok: true };
  },
  openFile: async (): Promise<OpenResult> =>
    files.next ?? { ok: false, reason: 'cancelled', message: 'none' },
}));
// The fonts arrive when a test lets them (`fonts.gate`), so it can act while they load.
const fonts = vi.hoisted(() => ({ gate: Promise.resolve(), workers: 0, pauseMs: null as number | null }));
vi.mock('../../../renderer/src/documents/fonts', () => ({
  loadFonts: async () => {
    await fonts.gate;
    return testFonts();
  },
}));
vi.mock('../../../renderer/src/features/letters/runLetters', async (importOriginal) => {
  const actual = await importOriginal<typeof RunLettersModule>();
  return {
    ...actual,
    runLetters: (
      job: Parameters<typeof actual.runLetters>[0],
      handlers: Parameters<typeof actual.runLetters>[1],
    ) =>
      actual.runLetters(job, handlers, () => {
        fonts.workers++;
        return inProcessWorker(fonts.pauseMs);
      }),
  };
});

const NOW = new Date('2026-11-25T09:00:00Z');

/** A Blob's bytes, read as jsdom can (its Blob has no arrayBuffer()). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
afterEach(() => {
  files.saved.length = 0;
  files.next = null;
  files.downloads.length = 0;
  files.folder = null;
  files.inFolder.length = 0;
  fonts.gate = Promise.resolve();
  fonts.workers = 0;
  fonts.pauseMs = null;
  files.saveGate = Promise.resolve();
});

const CSV = [
  'Navn;Adresse;Postnummer;Poststed;E-post;Språk',
  'Máret Čuovga;Fálesnuorri 3;9730;Kárášjohka;maret@example.no;nb',
  ';Storgata 1;0150;Oslo;uten.navn@example.no;nb',
  'Łukasz Øvergård;Nygårdsgaten 12 B;5015;Bergen;lukasz@example.pl;en',
  'Per Hansen;Kirkeveien 2;0368;Oslo;per@ikke-en-adresse;nb',
].join('\r\n');

async function setUp() {
  const services = screenServices(NOW);
  await saveSettings(
    services.db,
    {
      organisationName: 'Helse Nord Test AS',
      orgNr: '974760673',
      contact: { name: 'Kundeservice', email: 'post@helse.example', phone: '+47 77 00 00 00' },
    },
    { now: NOW, newId: services.newId, actor: '' },
  );
  await saveProfile(services.db, { name: 'Ingrid' }, { now: NOW, newId: services.newId, actor: '' });
  const incident = await seedIncident(services, {
    title: 'Stjålet bærbar PC med pasientliste',
    awareAt: '2026-11-24T13:30:00.000Z',
    facts: STOLEN_LAPTOP_FACTS,
    description: 'En bærbar PC med en liste over pasienter ble stjålet fra en bil.',
    assess: true,
  });
  return { services, incident };
}

function open(services: ReturnType<typeof screenServices>, id: string, lang: 'nb' | 'en' = 'nb') {
  renderScreen(services, <LettersScreen route={{ name: 'letters', id }} />, lang);
}

async function importCsv(user: ReturnType<typeof userEvent.setup>, text = CSV) {
  files.next = { ok: true, name: 'berorte.csv', bytes: new TextEncoder().encode(`\uFEFF${text}`) };
  await user.click(await screen.findByRole('button', { name: 'Velg CSV-fil …' }));
  return screen.findByTestId('import-preview');
}

describe('importing the people affected', { timeout: 30_000 }, () => {
  it('reports every bad row with its line and reason, and stores nothing until the user accepts', async () => {
    const { services, incident } = await setUp();
    open(services, incident.id);
    const user = userEvent.setup();
    const preview = await importCsv(user);

    const errors = within(preview).getByTestId('import-errors');
    expect(errors).toHaveAttribute('role', 'alert');
    expect(
      within(errors)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Linje 3: Navn mangler.', 'Linje 5: Ugyldig e-postadresse: «per@ikke-en-adresse».']);
    expect(
      within(preview)
        .getAllByTestId('person-row')
        .map((row) => within(row).getAllByRole('cell')[1]!.textContent),
    ).toEqual(['Máret Čuovga', 'Łukasz Øvergård']);
    expect(await services.db.subjects.count()).toBe(0);

    await user.click(within(preview).getByRole('button', { name: 'Importer 2 personer' }));
    expect(await screen.findByText('2 personer er importert.', { selector: '.notice' })).toBeInTheDocument();
    const stored = await services.db.subjects.toArray();
    expect(stored).toHaveLength(2);
    expect(stored.map((s) => [s.name, s.address, s.language])).toEqual(expect.arrayContaining([
      ['Máret Čuovga', 'Fálesnuorri 3\n9730 Kárášjohka', 'nb'],
      ['Łukasz Øvergård', 'Nygårdsgaten 12 B\n5015 Bergen', 'en'],
    ]));
    // The timeline knows how many were imported, by id, never their names.
    const imported = (await services.db.events.where('kind').equals('subjects-imported').toArray())[0]!;
    expect(JSON.stringify(imported)).not.toContain('Máret');
  });

  it('stores nothing when the preview is discarded', async () => {
    const { services, incident } = await setUp();
    open(services, incident.id);
    const user = userEvent.setup();
    const preview = await importCsv(user);
    await user.click(within(preview).getByRole('button', { name: 'Forkast' }));
    expect(
      await screen.findByText('Forhåndsvisningen er forkastet. Ingenting er importert.'),
    ).toBeInTheDocument();
    expect(await services.db.subjects.count()).toBe(0);
  });

  it('refuses an Excel workbook and says how to save it as CSV', async () => {
    const { services, incident } = await setUp();
    open(services, incident.id);
    const user = userEvent.setup();
    files.next = {
      ok: true,
      name: 'berorte.xlsx',
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
    };
    await user.click(await screen.findByRole('button', { name: 'Velg CSV-fil …' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Filen berorte.xlsx kan ikke importeres: Dette ser ut som en Excel-fil (.xlsx).',
    );
  });
});

describe('the letters', { timeout: 30_000 }, () => {
  async function withPeople() {
    const context = await setUp();
    open(context.services, context.incident.id);
    const user = userEvent.setup();
    const preview = await importCsv(user);
    await user.click(within(preview).getByRole('button', { name: 'Importer 2 personer' }));
    await screen.findByTestId('letter-preview');
    return { ...context, user };
  }

  it('previews each person’s letter in their own language', async () => {
    const { user } = await withPeople();
    await user.selectOptions(screen.getByLabelText('Brev til'), 'Máret Čuovga');
    const letter = screen.getByTestId('letter-preview');
    expect(letter).toHaveAttribute('lang', 'nb');
    expect(letter).toHaveTextContent('Máret Čuovga');
    expect(letter).toHaveTextContent('En bærbar PC med en liste over pasienter ble stjålet fra en bil.');
    await user.selectOptions(screen.getByLabelText('Brev til'), 'Łukasz Øvergård');
    expect(screen.getByTestId('letter-preview')).toHaveAttribute('lang', 'en');
    expect(screen.getByTestId('letter-preview')).toHaveTextContent('Łukasz Øvergård');
  });

  it('makes every letter in one print file through the worker, names intact, and records the export without names', async () => {
    const { services, incident, user } = await withPeople();
    await user.click(screen.getByRole('button', { name: 'Lag utskriftsfil for 2 brev …' }));
    expect(
      await screen.findByText('2 brev er lagret i AVV-2026-001-brev-letters.pdf.', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    const text = pdfText(files.saved.at(-1)!.bytes);
    expect(text).toContain('Máret Čuovga');
    expect(text).toContain('Łukasz Øvergård');
    expect(text).toContain('9730 Kárášjohka');
    const events = await services.db.events.where('incidentId').equals(incident.id).toArray();
    const exported = events.filter((e) => e.kind === 'document-exported');
    expect(exported).toHaveLength(1);
    expect(JSON.stringify(events)).not.toMatch(/Máret|Łukasz/);
  }, 30_000);

  it('offers no cancel once every letter is made and the file is being saved', async () => {
    const { user } = await withPeople();
    let release = () => {};
    files.saveGate = new Promise<void>((resolve) => (release = resolve));
    await user.click(screen.getByRole('button', { name: 'Lag utskriftsfil for 2 brev …' }));
    await waitFor(() => expect(files.saving).toBe(true), { timeout: 15_000 });
    expect(screen.getByLabelText('Brevframdrift')).toHaveAttribute('value', '2');
    expect(screen.queryByRole('button', { name: 'Avbryt' })).not.toBeInTheDocument();
    release();
    expect(await screen.findByText('2 brev er lagret i AVV-2026-001-brev-letters.pdf.')).toBeInTheDocument();
  }, 30_000);

  it('saves one PDF per person in one zip in a browser, each under its own name, and records the zip by its hash', async () => {
    const { user, services, incident } = await withPeople();
    await user.click(screen.getByRole('button', { name: 'Lagre ett brev per person (2) …' }));
    expect(
      await screen.findByText('2 brev er lagret, ett per person, i AVV-2026-001-brev-letters.zip.', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    const [download] = files.downloads;
    expect(download!.name).toBe('AVV-2026-001-brev-letters.zip');
    const letters = unzipSync(await bytesOf(download!.blob));
    expect(Object.keys(letters)).toEqual(['AVV-2026-001-0001-lukasz-overgard.pdf', 'AVV-2026-001-0002-maret-cuovga.pdf']);
    expect(pdfText(letters['AVV-2026-001-0001-lukasz-overgard.pdf']!)).toContain('Łukasz Øvergård');
    const zip = await bytesOf(download!.blob);
    expect(await exportsOf(services.db, incident.id)).toEqual([
      { documentKind: 'letters-per-person', name: 'AVV-2026-001-brev-letters.zip', sha256: sha256Hex(zip), size: zip.length },
    ]);
  }, 30_000);

  it('saves one PDF per person in a new folder in the desktop app, and records the folder by its files\' hashes', async () => {
    files.folder = '/home/kari/Dokumenter';
    const { user, services, incident } = await withPeople();
    await user.click(screen.getByRole('button', { name: 'Lagre ett brev per person (2) …' }));
    expect(
      await screen.findByText(
        '2 brev er lagret, ett per person, i /home/kari/Dokumenter/AVV-2026-001-brev-letters.',
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(files.inFolder.map((f) => f.name)).toEqual([
      'AVV-2026-001-0001-lukasz-overgard.pdf',
      'AVV-2026-001-0002-maret-cuovga.pdf',
    ]);
    expect(pdfText(files.inFolder[1]!.bytes)).toContain('9730 Kárášjohka');
    expect(files.downloads).toEqual([]);
    // As `sha256sum *.pdf | sha256sum` run in the folder would give it.
    const listing = files.inFolder.map((f) => `${sha256Hex(f.bytes)}  ${f.name}\n`).join('');
    expect(await exportsOf(services.db, incident.id)).toEqual([
      {
        documentKind: 'letters-per-person',
        name: 'AVV-2026-001-brev-letters',
        sha256: sha256Hex(listing),
        size: files.inFolder.reduce((sum, f) => sum + f.bytes.length, 0),
      },
    ]);
  }, 30_000);

  it('records the letters as sent, with the date, the channel and the number of people', async () => {
    const { services, user } = await withPeople();
    await user.click(screen.getByRole('button', { name: 'Registrer at de registrerte er underrettet' }));
    expect(await screen.findByText('Registrert: sendt 25.11.2026 10:00 CET.')).toBeInTheDocument();
    expect(await screen.findByText('Underrettet 25.11.2026 10:00 CET via Brev, 2 personer')).toBeInTheDocument();
    expect(await services.db.notifications.toArray()).toEqual([
      expect.objectContaining({
        recipient: 'subjects',
        subjectCount: 2,
        channel: 'letter',
        phase: 'initial',
      }),
    ]);
  });

  it('can be cancelled before the worker has started; no letter is made and nothing is saved', async () => {
    const { services, incident } = await setUp();
    open(services, incident.id);
    const user = userEvent.setup();
    const preview = await importCsv(user);
    await user.click(within(preview).getByRole('button', { name: 'Importer 2 personer' }));
    let fontsArrive = () => undefined as void;
    fonts.gate = new Promise<void>((resolve) => (fontsArrive = resolve));
    await user.click(await screen.findByRole('button', { name: 'Lag utskriftsfil for 2 brev …' }));
    // The fonts are still loading when the user changes their mind.
    await user.click(await screen.findByRole('button', { name: 'Avbryt' }));
    fontsArrive();
    expect(await screen.findByText('Avbrutt etter 0 brev. Ingen fil er lagret.')).toBeInTheDocument();
    expect(fonts.workers).toBe(0);
    expect(files.saved).toHaveLength(0);
  });

  it('can be cancelled while the worker is making them; nothing is saved', async () => {
    const { services, incident } = await setUp();
    open(services, incident.id);
    const user = userEvent.setup();
    const many = [
      'Navn;E-post',
      ...Array.from({ length: 80 }, (_, i) => `Person ${i + 1} Ŋuolja;p${i + 1}@example.no`),
    ].join('\n');
    const preview = await importCsv(user, many);
    await user.click(within(preview).getByRole('button', { name: 'Importer 80 personer' }));
    // A pause after every letter: the cancel lands while letters are being made, on any machine.
    fonts.pauseMs = 50;
    await user.click(await screen.findByRole('button', { name: 'Lag utskriftsfil for 80 brev …' }));
    const progress = await screen.findByLabelText('Brevframdrift');
    expect(progress).toHaveAttribute('max', '80');
    await waitFor(() => expect(Number(progress.getAttribute('value'))).toBeGreaterThan(0));
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(
      await screen.findByText(/^Avbrutt etter \d+ brev\. Ingen fil er lagret\.$/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(files.saved).toHaveLength(0);
  }, 30_000);
});

describe('the public notice (Art. 34(3)(c))', { timeout: 30_000 }, () => {
  it('is not offered while letters are what the duty asks for', async () => {
    const { services, incident } = await setUp();
    open(services, incident.id);
    await screen.findByRole('heading', { name: 'De registrerte' });
    expect(screen.queryByTestId('public-notice-export')).toBeNull();
  });

  it('is saved as a PDF in bokmål and English, its hash recorded in the history, and linked to the notice recorded', async () => {
    const { services, incident } = await setUp();
    await recordDecision(
      services.db,
      incident.id,
      { notifyAuthority: true, notifySubjects: false, notifyController: false, subjectException: 'disproportionate-effort', rationale: 'Vi har ikke adressene.', dpoConsulted: true },
      { now: NOW, newId: services.newId, actor: '' },
    );
    open(services, incident.id);
    const user = userEvent.setup();
    const panel = await screen.findByTestId('public-notice-export');
    await user.click(within(panel).getByRole('button', { name: 'Lagre kunngjøringen som PDF …' }));
    expect(await within(panel).findByText(/^Kunngjøringen er lagret som AVV-2026-001-offentlig-kunngjoring\.pdf\./)).toBeInTheDocument();
    const text = pdfText(files.saved.at(-1)!.bytes).replace(/\s+/g, ' ');
    expect(text).toContain('Informasjon om brudd på personopplysningssikkerheten hos Helse Nord Test AS');
    expect(text).toContain('En bærbar PC med en liste over pasienter ble stjålet fra en bil.');
    expect(text).toContain('Information about a personal data breach at Helse Nord Test AS');
    expect(text).toContain('(Only available in Norwegian:) En bærbar PC');
    const exported = (await services.db.events.where('kind').equals('document-exported').toArray()).filter((e) => e.incidentId === incident.id);
    expect(exported.map((e) => (e.kind === 'document-exported' ? e.payload.documentKind : ''))).toEqual(['public-notice']);
    expect(within(panel).getByTestId('linked-document')).toHaveTextContent('AVV-2026-001-offentlig-kunngjoring.pdf');
  });
});
