import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { attachmentBytes } from '../../../renderer/src/db/repository';
import { AttachmentsPanel } from '../../../renderer/src/features/incident/record/AttachmentsPanel';
import { openFile } from '../../../renderer/src/platform';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/incident/model';
import { makeServices } from '../harness';
import { NOW, eventKinds, seedIncident } from './support';
import { renderSection, stored } from './record-support';

vi.setConfig({ testTimeout: 20_000 });

// The file dialog is the platform's; here it hands over the file the test chooses.
vi.mock('../../../renderer/src/platform', () => ({ openFile: vi.fn() }));
const chooses = (name: string, bytes: Uint8Array) =>
  vi.mocked(openFile).mockResolvedValueOnce({ ok: true, name, bytes });

const panel = () => within(screen.getByTestId('record-attachments'));
const LOG = new TextEncoder().encode('2026-11-24 14:02 login admin from 10.0.0.7\n');
// SHA-256 of LOG, computed independently with sha256sum.
const LOG_SHA = '6875f8594549de75634d0fcf2a85be0b5bc98deb5ffd670e6de75138bf0d9c1f';

beforeEach(() => vi.mocked(openFile).mockReset());

describe('attachments on the incident screen', () => {
  it('attaches a chosen file with a note and lists its name, size, short SHA-256 and note', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await renderSection(services, incident, AttachmentsPanel);
    const user = userEvent.setup();
    expect(panel().getByText('Ingen vedlegg ennå.')).toBeInTheDocument();

    await user.type(
      panel().getByLabelText('Merknad til neste fil (valgfritt)'),
      'Utdrag av innloggingsloggen',
    );
    chooses('innlogging.log', LOG);
    await user.click(panel().getByRole('button', { name: 'Velg en fil og legg den ved' }));

    expect(await panel().findByText('«innlogging.log» er lagt ved.')).toBeInTheDocument();
    const row = within(panel().getByTestId('attachment-row'));
    const [file] = (await stored(services, incident.id)).attachments;
    expect(file).toMatchObject({
      name: 'innlogging.log',
      mediaType: 'text/plain',
      size: LOG.length,
      sha256: LOG_SHA,
      note: 'Utdrag av innloggingsloggen',
    });
    expect(row.getByRole('rowheader')).toHaveTextContent('innlogging.log');
    expect(row.getByText(`${LOG.length} B`)).toBeInTheDocument();
    expect(row.getByText('6875f8594549')).toHaveAttribute('title', LOG_SHA);
    expect(row.getByText('Utdrag av innloggingsloggen')).toBeInTheDocument();
    expect(await attachmentBytes(services.db, file!.id)).toEqual(LOG);
    expect(panel().getByLabelText('Merknad til neste fil (valgfritt)')).toHaveValue('');
    expect(await eventKinds(services, incident.id)).toEqual(['incident-created', 'attachment-added']);
  });

  it('refuses a file over the limit with its size, and stores nothing', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await renderSection(services, incident, AttachmentsPanel, 'en');
    chooses('dump.zip', new Uint8Array(ATTACHMENT_MAX_BYTES + 1024 * 1024));
    await userEvent.click(panel().getByRole('button', { name: 'Choose a file and attach it' }));

    expect(await panel().findByRole('alert')).toHaveTextContent(
      'The file "dump.zip" is 21 MB, more than the limit of 20 MB. Nothing was attached.',
    );
    expect((await stored(services, incident.id)).attachments).toEqual([]);
    expect(await services.db.attachmentFiles.count()).toBe(0);
    expect(await eventKinds(services, incident.id)).toEqual(['incident-created']);
  });

  it('removes a file only with a reason, which the history keeps', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await renderSection(services, incident, AttachmentsPanel);
    const user = userEvent.setup();
    chooses('brev.pdf', LOG);
    await user.click(panel().getByRole('button', { name: 'Velg en fil og legg den ved' }));
    await panel().findByTestId('attachment-row');

    await user.click(panel().getByRole('button', { name: 'Fjern brev.pdf' }));
    const reason = panel().getByLabelText('Hvorfor fjernes «brev.pdf»?');
    expect(reason).toHaveFocus();
    await user.click(panel().getByRole('button', { name: 'Fjern vedlegget' }));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Skriv hvorfor vedlegget fjernes.'));
    expect((await stored(services, incident.id)).attachments).toHaveLength(1);

    await user.type(reason, 'Feil fil: brevet var et utkast.');
    await user.click(panel().getByRole('button', { name: 'Fjern vedlegget' }));
    expect(await panel().findByText('Ingen vedlegg ennå.')).toBeInTheDocument();
    expect(await services.db.attachmentFiles.count()).toBe(0);
    const events = await services.db.events.where('incidentId').equals(incident.id).sortBy('seq');
    expect(events.map((e) => e.kind)).toEqual(['incident-created', 'attachment-added', 'attachment-removed']);
    expect(events[2]!.payload).toMatchObject({ reason: 'Feil fil: brevet var et utkast.' });
  });
});
