import { afterEach, describe, expect, it, vi } from 'vitest';
import '../register/timeouts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NotificationScreen } from '../../../renderer/src/features/notification/NotificationScreen';
import { saveProfile, saveSettings, updateFacts } from '../../../renderer/src/db/repository';
import type { SaveFileRequest, SaveResult } from '../../../shared/bridge';
import { pdfText, testFonts } from '../register/fonts';
import { renderScreen, screenServices } from '../register/render';
import { STOLEN_LAPTOP_FACTS, seedIncident } from '../register/seed';

const files = vi.hoisted(() => ({ saved: [] as SaveFileRequest[] }));
vi.mock('../../../renderer/src/platform', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  saveFile: async (request: SaveFileRequest): Promise<SaveResult> => {
    files.saved.push(request);
    return { ok: true, path: request.suggestedName };
  },
}));
vi.mock('../../../renderer/src/documents/fonts', () => ({ loadFonts: async () => testFonts() }));

// Wednesday 25 November 2026, 10:00 in Oslo.
const NOW = new Date('2026-11-25T09:00:00Z');
afterEach(() => {
  files.saved.length = 0;
  vi.restoreAllMocks();
});

async function setUp(
  options: { awareAt?: string; role?: 'controller' | 'processor'; organisation?: boolean } = {},
) {
  const services = screenServices(NOW);
  if (options.organisation !== false) {
    await saveSettings(
      services.db,
      {
        organisationName: 'Sjøberg Sykkel og Friluft AS',
        orgNr: '974760673',
        address: 'Strandgata 14\n9008 Tromsø',
        contact: { name: 'Petter Ødegård', email: 'post@sjoberg.example', phone: '+47 77 00 12 34' },
        dpo: { name: 'Ingrid Bårdsen', email: 'personvern@sjoberg.example', phone: '+47 77 00 12 40' },
      },
      { now: NOW, newId: services.newId, actor: '' },
    );
    await saveProfile(services.db, { name: 'Ingrid Bårdsen', role: 'personvernombud' }, { now: NOW, newId: services.newId, actor: '' });
  }
  const incident = await seedIncident(services, {
    title: 'Stjålet bærbar PC med pasientliste',
    awareAt: options.awareAt ?? '2026-11-24T13:30:00.000Z',
    role: options.role ?? 'controller',
    facts: { ...STOLEN_LAPTOP_FACTS, role: options.role ?? 'controller' },
    description: 'En bærbar PC med en ukryptert pasientliste ble stjålet fra en bil.',
    assess: true,
  });
  return { services, incident };
}

function open(services: ReturnType<typeof screenServices>, id: string, lang: 'nb' | 'en' = 'nb') {
  renderScreen(services, <NotificationScreen route={{ name: 'notification', id }} />, lang);
}

describe('the notification to Datatilsynet', { timeout: 30_000 }, () => {
  it('previews the notice in the order of the Altinn form, with the deadline in Oslo time', async () => {
    const { services, incident } = await setUp();
    open(services, incident.id);
    const preview = await screen.findByTestId('document-preview');
    expect(preview).toHaveAttribute('lang', 'nb');
    expect(preview).toHaveTextContent('AVV-2026-001');
    expect(preview).toHaveTextContent('Sjøberg Sykkel og Friluft AS');
    expect(preview).toHaveTextContent('974 760 673');
    expect(preview).toHaveTextContent('27.11.2026 14:30 CET');
    expect(within(preview).getAllByRole('heading', { level: 3 }).length).toBeGreaterThanOrEqual(6);
    expect(screen.getByTestId('notice-deadline')).toHaveTextContent('Frist: 27.11.2026 14:30 CET.');
  });

  it('writes the document in English when asked, while the screen stays in bokmål', async () => {
    const { services, incident } = await setUp();
    open(services, incident.id);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Språk i dokumentet'), 'en');
    const preview = screen.getByTestId('document-preview');
    expect(preview).toHaveAttribute('lang', 'en');
    expect(preview).toHaveTextContent('27/11/2026 14:30 CET');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Melding til Datatilsynet');
  });

  it('copies a section for Altinn with one click', async () => {
    const { services, incident } = await setUp();
    open(services, incident.id);
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    const [first] = await screen.findAllByTestId('copy-section');
    const text = within(first!).getByRole('textbox');
    await user.click(within(first!).getByRole('button', { name: /^Kopier «/ }));
    expect(writeText).toHaveBeenCalledWith((text as HTMLTextAreaElement).value);
    expect(within(first!).getByRole('status')).toHaveTextContent('Kopiert.');
  });

  it('selects the text for Ctrl+C when the clipboard is refused, as Electron may do', async () => {
    const { services, incident } = await setUp();
    open(services, incident.id);
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    const [, second] = await screen.findAllByTestId('copy-section');
    await user.click(within(second!).getByRole('button', { name: /^Kopier «/ }));
    const text = within(second!).getByRole('textbox') as HTMLTextAreaElement;
    expect(text).toHaveFocus();
    expect(text.selectionEnd - text.selectionStart).toBe(text.value.length);
    expect(within(second!).getByRole('status')).toHaveTextContent('Trykk Ctrl+C');
  });

  it('exports the PDF, records the export with its hash, and links it to the notice recorded as sent', async () => {
    const { services, incident } = await setUp();
    open(services, incident.id);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Lagre PDF …' }));
    expect(
      await screen.findByText(
        /PDF-en er lagret som AVV-2026-001-melding-datatilsynet-nb\.pdf/,
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const text = pdfText(files.saved[0]!.bytes);
    expect(text).toContain('Sjøberg Sykkel og Friluft AS');
    expect(text).toContain('AVV-2026-001');
    expect(text).toContain('27.11.2026 14:30 CET');
    expect(screen.getByTestId('linked-document')).toHaveTextContent(
      'AVV-2026-001-melding-datatilsynet-nb.pdf',
    );

    await user.type(screen.getByLabelText('Altinn-referanse'), 'AR123456789');
    await user.click(screen.getByRole('button', { name: 'Registrer som meldt til Datatilsynet' }));
    expect(await screen.findByText('Registrert: sendt 25.11.2026 10:00 CET.')).toBeInTheDocument();

    const [sent] = await services.db.notifications.toArray();
    const exportedEvent = (await services.db.events.where('kind').equals('document-exported').toArray())[0]!;
    expect(sent).toMatchObject({
      recipient: 'authority',
      recipientName: 'Datatilsynet',
      phase: 'initial',
      reference: 'AR123456789',
      channel: 'altinn',
    });
    expect(exportedEvent.kind === 'document-exported' && exportedEvent.payload.sha256).toBe(sent!.pdfSha256);
    expect(await screen.findByText(/^Første melding sendt 25\.11\.2026 10:00 CET via Altinn, referanse AR123456789$/)).toBeInTheDocument();
  }, 20_000);

  it('keeps what is typed in the notice form when a PDF export finishes, and links the new PDF', async () => {
    const { services, incident } = await setUp();
    open(services, incident.id);
    const user = userEvent.setup();
    const before = await screen.findByTestId('authority-notice');
    // Typed while the PDF is being made: the export's end must not throw it away.
    await user.type(within(before).getByLabelText('Altinn-referanse'), 'AR123456789');
    await user.click(screen.getByRole('button', { name: 'Lagre PDF …' }));
    await screen.findByTestId('linked-document', {}, { timeout: 10_000 });
    expect(screen.getByTestId('authority-notice')).toBe(before);
    expect(within(before).getByLabelText('Altinn-referanse')).toHaveValue('AR123456789');

    await user.click(within(before).getByRole('button', { name: 'Registrer som meldt til Datatilsynet' }));
    expect(await screen.findByText('Registrert: sendt 25.11.2026 10:00 CET.')).toBeInTheDocument();
    const [sent] = await services.db.notifications.toArray();
    expect(sent).toMatchObject({ reference: 'AR123456789', documentName: 'AVV-2026-001-melding-datatilsynet-nb.pdf' });
  }, 20_000);

  it('keeps the confirmation of a notice recorded while the next PDF is exported', async () => {
    const { services, incident } = await setUp();
    open(services, incident.id);
    const user = userEvent.setup();
    const panel = await screen.findByTestId('authority-notice');
    await user.type(within(panel).getByLabelText('Altinn-referanse'), 'AR123456789');
    await user.click(within(panel).getByRole('button', { name: 'Registrer som meldt til Datatilsynet' }));
    const confirmation = 'Registrert: sendt 25.11.2026 10:00 CET.';
    expect(await screen.findByText(confirmation)).toBeInTheDocument();

    // The follow-up's PDF, linked to the next notice.
    await user.click(screen.getByRole('button', { name: 'Lagre PDF …' }));
    await screen.findByTestId('linked-document', {}, { timeout: 10_000 });
    expect(within(screen.getByTestId('authority-notice')).getByText(/^Første melding sendt 25\.11\.2026 10:00 CET/)).toBeInTheDocument();
    // The confirmation is the page's message, outside the panel.
    expect(screen.getByText(confirmation)).toBeInTheDocument();
    expect(within(screen.getByTestId('authority-notice')).queryByText(confirmation)).not.toBeInTheDocument();
  }, 20_000);

  it('is phased by default while facts that could change the conclusion are open, and says so', async () => {
    const { services, incident } = await setUp();
    open(services, incident.id);
    const preview = await screen.findByTestId('document-preview');
    expect(preview).toHaveTextContent('Trinnvis melding: mer informasjon ettersendes (personvernforordningen art. 33 nr. 4)');
    expect(preview).toHaveTextContent('Meldingen sendes trinnvis fordi dette ikke er avklart ennå');
  });

  it('after a notice was sent, says what is new since then, from the history', async () => {
    const services = screenServices(NOW);
    const incident = await seedIncident(services, {
      title: 'Stjålet bærbar PC med pasientliste',
      awareAt: '2026-11-24T13:30:00.000Z',
      facts: STOLEN_LAPTOP_FACTS,
      assess: true,
      notified: { at: '2026-11-24T15:00:00.000Z', reference: 'AR123456789' },
    });
    await updateFacts(services.db, incident.id, { ...STOLEN_LAPTOP_FACTS, subjectCount: 140 }, { now: NOW, newId: services.newId, actor: '' });
    open(services, incident.id);
    const preview = await screen.findByTestId('document-preview');
    expect(preview).toHaveTextContent('Oppfølging av tidligere melding');
    expect(preview).toHaveTextContent('Nytt siden forrige melding');
    expect(preview).toHaveTextContent('Denne meldingen følger opp meldingen sendt 24.11.2026 16:00 CET (AR123456789).');
    expect(preview).toHaveTextContent('Berørte personer: ca. 140');
  });

  it('after the 72 hours, refuses to record the notice until the reasons for the delay are given', async () => {
    const { services, incident } = await setUp({ awareAt: '2026-11-20T08:00:00.000Z' });
    open(services, incident.id);
    const user = userEvent.setup();
    expect(await screen.findByText(/Fristen på 72 timer er passert/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Altinn-referanse'), 'AR123456789');
    await user.click(screen.getByRole('button', { name: 'Registrer som meldt til Datatilsynet' }));
    expect(screen.getByLabelText('Årsak til at meldingen kommer etter fristen')).toHaveAccessibleDescription(
      expect.stringContaining('Meldingen er etter fristen: skriv årsaken til forsinkelsen.'),
    );
    expect(await services.db.notifications.count()).toBe(0);

    await user.type(
      screen.getByLabelText('Årsak til at meldingen kommer etter fristen'),
      'Tyveriet ble først bekreftet av politiet i går.',
    );
    await user.click(screen.getByRole('button', { name: 'Registrer som meldt til Datatilsynet' }));
    await screen.findByText(/Registrert: sendt/);
    expect((await services.db.incidents.get(incident.id))?.delayReason).toEqual({
      nb: 'Tyveriet ble først bekreftet av politiet i går.',
      en: '',
    });
    expect(await services.db.notifications.count()).toBe(1);
  });

  it('refuses a sending time in the future', async () => {
    const { services, incident } = await setUp();
    open(services, incident.id);
    const user = userEvent.setup();
    const sentAt = await screen.findByLabelText('Sendt');
    await user.clear(sentAt);
    await user.type(sentAt, '2026-11-26T10:00');
    await user.click(screen.getByRole('button', { name: 'Registrer som meldt til Datatilsynet' }));
    expect(sentAt).toHaveAccessibleDescription(expect.stringContaining('kan ikke være fram i tid'));
    expect(await services.db.notifications.count()).toBe(0);
  });

  it('warns when the assessment was never recorded and the organisation is not filled in', async () => {
    const services = screenServices(NOW);
    const incident = await seedIncident(services, {
      title: 'Tapt minnepinne',
      awareAt: '2026-11-24T13:30:00.000Z',
    });
    open(services, incident.id, 'en');
    expect(await screen.findByText(/The assessment has not been recorded yet/)).toBeInTheDocument();
    expect(screen.getByText(/The organisation’s name and number are missing/)).toBeInTheDocument();
  });
});

describe('a processor tells its controller (Art. 33(2))', { timeout: 30_000 }, () => {
  it('keeps a recipient name the user typed when the controller is saved afterwards', async () => {
    const { services, incident } = await setUp({ role: 'processor' });
    open(services, incident.id);
    const user = userEvent.setup();
    const panel = await screen.findByTestId('controller-notice');
    const recipient = within(panel).getByLabelText(/^Behandlingsansvarlig \(kunden\)/);
    await user.type(recipient, 'Personvernombudet i Tromsø kommune');
    await user.type(screen.getByLabelText('Behandlingsansvarliges navn'), 'Tromsø kommune');
    await user.click(screen.getByRole('button', { name: 'Lagre den behandlingsansvarlige' }));
    await waitFor(async () => expect((await services.db.incidents.get(incident.id))?.controller).toMatchObject({ name: 'Tromsø kommune' }));
    expect(recipient).toHaveValue('Personvernombudet i Tromsø kommune');
  }, 20_000);

  it('shows the notice to the controller with the processor deadline, and records it as sent to the controller', async () => {
    const { services, incident } = await setUp({ role: 'processor' });
    open(services, incident.id);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Varsel til behandlingsansvarlig',
    );
    expect(screen.getByTestId('notice-deadline')).toHaveTextContent(
      'Frist for å varsle behandlingsansvarlig: 25.11.2026 14:30 CET.',
    );

    // The controller is part of the record: saved once, printed in the notice and offered for the notice record.
    await user.click(screen.getByRole('button', { name: 'Lagre den behandlingsansvarlige' }));
    expect(screen.getByLabelText('Behandlingsansvarliges navn')).toHaveAccessibleDescription(
      expect.stringContaining('Skriv navnet på den behandlingsansvarlige.'),
    );
    await user.type(screen.getByLabelText('Behandlingsansvarliges navn'), 'Tromsø kommune');
    await user.click(screen.getByRole('button', { name: 'Lagre den behandlingsansvarlige' }));
    await waitFor(async () => expect((await services.db.incidents.get(incident.id))?.controller).toMatchObject({ name: 'Tromsø kommune' }));
    await user.click(screen.getByRole('button', { name: 'Lagre PDF …' }));
    await screen.findByText(
      /PDF-en er lagret som AVV-2026-001-varsel-behandlingsansvarlig-nb\.pdf/,
      {},
      { timeout: 10_000 },
    );
    expect(pdfText(files.saved[0]!.bytes)).toContain('Tromsø kommune');
    await user.click(screen.getByRole('button', { name: 'Registrer at den behandlingsansvarlige er varslet' }));
    await screen.findByText(/Registrert: sendt/);
    expect(await services.db.notifications.toArray()).toEqual([
      expect.objectContaining({ recipient: 'controller', recipientName: 'Tromsø kommune', channel: 'email' }),
    ]);
  }, 20_000);
});
