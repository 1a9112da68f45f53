import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unknownFacts } from '../../../shared/assessment';
import { assessIncident, updateFacts } from '../../../renderer/src/db/repository';
import { makeServices } from '../harness';
import { NOW, ctx, eventKinds, openIncident, question, section, seedIncident } from './support';

// The incident screen is large for jsdom; give a loaded machine time.
vi.setConfig({ testTimeout: 20_000 });

// A payroll file with national identity numbers e-mailed to the wrong outside recipient.
const MISDIRECTED = {
  ...unknownFacts('controller'),
  personalData: 'yes',
  confidentiality: 'yes',
  integrity: 'no',
  availability: 'no',
  cause: 'human-error',
  malicious: 'no',
  dataCategories: ['identity', 'national-id', 'financial'],
  subjectCount: 240,
  recipient: 'untrusted',
  protection: 'none',
} as const;

/** An incident with the facts of MISDIRECTED in its record. */
async function misdirected() {
  const services = makeServices(NOW);
  const incident = await seedIncident(services);
  await updateFacts(
    services.db,
    incident.id,
    { ...MISDIRECTED, dataCategories: [...MISDIRECTED.dataCategories] },
    ctx(services),
  );
  return { services, incident };
}

describe('the assessment on the incident screen', () => {
  it('gives the conclusion in plain words, the reasons with their basis and the unknowns to find out', async () => {
    const { services, incident } = await misdirected();
    await openIncident(services, incident);

    const conclusions = section('conclusions');
    expect(conclusions.getByText('Dette er et brudd på personopplysningssikkerheten.')).toBeInTheDocument();
    expect(conclusions.getByText(/vil sannsynligvis medføre høy risiko/)).toBeInTheDocument();
    // Aware 24 Nov 10:00 Oslo: 72 h later.
    expect(
      conclusions.getByText('Meld bruddet til Datatilsynet innen 27.11.2026 10:00 CET.'),
    ).toBeInTheDocument();
    expect(conclusions.getByText('Underrett de registrerte uten ugrunnet opphold.')).toBeInTheDocument();

    const reasons = section('reasons');
    expect(reasons.getByText(/Meld det til Datatilsynet uten ugrunnet opphold/)).toBeInTheDocument();
    expect(reasons.getAllByText('Grunnlag: GDPR Art. 33(1)').length).toBeGreaterThan(0);
    expect(reasons.getByText('Grunnlag: GDPR Art. 34(1)')).toBeInTheDocument();

    const unknowns = section('unknowns');
    expect(unknowns.getByText(/Se etter tegn på misbruk/)).toBeInTheDocument();
  });

  it('groups the reasons under the factors that decided, each named', async () => {
    const { services, incident } = await misdirected();
    await openIncident(services, incident);

    const group = (name: string) => within(section('reasons').getByRole('region', { name }));
    expect(
      section('reasons')
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual([
      'Konklusjon',
      'Type brudd',
      'Opplysningenes art og sensitivitet',
      'Hvor alvorlige og varige følgene kan bli',
      // Whether the people are vulnerable is not known yet: it weighs until it is.
      'Særlige forhold ved de registrerte',
      'Det som ikke er kjent ennå',
      'Alvorlighetsgrad etter ENISA',
    ]);
    expect(
      group('Konklusjon').getByText(/Meld det til Datatilsynet uten ugrunnet opphold/),
    ).toBeInTheDocument();
    expect(
      group('Opplysningenes art og sensitivitet').getByText(/Fødselsnummer eller D-nummer er berørt/),
    ).toBeInTheDocument();
    expect(
      group('Opplysningenes art og sensitivitet').getByText(/Økonomiske opplysninger er berørt/),
    ).toBeInTheDocument();
    expect(
      group('Hvor alvorlige og varige følgene kan bli').getByText(/mottaker uten taushetsplikt/),
    ).toBeInTheDocument();
  });

  it('shows the ENISA score with its parts and says it is advisory, in English too', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'en');
    const severity = section('severity');
    expect(severity.getByRole('heading', { name: 'Severity by ENISA (advisory)' })).toBeInTheDocument();
    expect(severity.getByText('Data processing context (DPC)')).toBeInTheDocument();
    expect(severity.getByText('Ease of identification (EI)')).toBeInTheDocument();
    expect(severity.getByText('Circumstances of breach (CB)')).toBeInTheDocument();
    expect(severity.getByText(/^Score \d+: (low|medium|high|very high)$/)).toBeInTheDocument();
    expect(severity.getByText(/^DPC × EI \+ CB = /)).toBeInTheDocument();
    expect(severity.getByText(/rests on the risk assessment above, not on the score/)).toBeInTheDocument();
    expect(section('reasons').getByText(/Basis: ENISA 2013/)).toBeInTheDocument();
  });

  it('records the assessment as an event, and says so when the facts change after it', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident);
    const user = userEvent.setup();
    const panel = section('assessment');
    expect(panel.getByText('Vurderingen er ikke registrert ennå.')).toBeInTheDocument();

    await user.click(panel.getByRole('button', { name: 'Registrer vurderingen' }));
    expect(
      await panel.findByText('Vurderingen ble registrert 25.11.2026 10:00 CET av Test User.'),
    ).toBeInTheDocument();
    expect(await eventKinds(services, incident.id)).toEqual(['incident-created', 'assessed']);

    await user.click(question('Er det sett tegn på misbruk?').getByRole('radio', { name: 'Ja' }));
    expect(await panel.findByText(/Fakta er endret etter at vurderingen ble registrert/)).toBeInTheDocument();
    expect(panel.getByRole('button', { name: 'Registrer vurderingen' })).toBeInTheDocument();
  });

  it('shows the risk stored on the dashboard once assessed', async () => {
    const { services, incident } = await misdirected();
    await assessIncident(services.db, incident.id, ctx(services));
    await openIncident(services, incident);
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Oversikt' }));
    const row = await screen.findByTestId('incident-row');
    await waitFor(() => expect(row).toHaveTextContent('høy risiko'));
  });
});
