import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../register/timeouts';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeServices, renderApp } from '../harness';
import { useUi } from '../../../renderer/src/state/ui';
import { getSettings } from '../../../renderer/src/db/repository';
import { ownProfile } from '../../../shared/incident/settings';

const NOW = new Date('2026-11-25T09:00:00Z');

function openSettings(lang: 'nb' | 'en' = 'nb') {
  const services = makeServices(NOW);
  renderApp(services, lang);
  act(() => useUi.setState({ route: { name: 'settings' } }));
  return services;
}

async function fillOrganisation(user: ReturnType<typeof userEvent.setup>, orgNr: string) {
  const name = await screen.findByLabelText('Virksomhetens navn');
  await user.clear(name);
  await user.type(name, 'Brønnøysundregistrene');
  const nr = screen.getByLabelText('Organisasjonsnummer');
  await user.clear(nr);
  await user.type(nr, orgNr);
}

beforeEach(() => {
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { persisted: async () => true, persist: async () => true },
  });
});
afterEach(() => {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: undefined });
});

describe('the organisation profile', { timeout: 30_000 }, () => {
  it('saves the organisation with its org.nr as nine digits and says so', async () => {
    const services = openSettings();
    const user = userEvent.setup();
    await fillOrganisation(user, '974 760 673');
    await user.type(screen.getByLabelText('Postadresse'), 'Havnegata 48{enter}8900 Brønnøysund');
    await user.type(screen.getByLabelText('Ditt navn'), 'Ingrid Bårdsen');
    await user.click(screen.getByRole('button', { name: 'Lagre innstillingene' }));

    expect(await screen.findByText('Innstillingene er lagret.')).toBeInTheDocument();
    const stored = await getSettings(services.db);
    expect(stored).toMatchObject({
      organisationName: 'Brønnøysundregistrene',
      orgNr: '974760673',
      address: 'Havnegata 48\n8900 Brønnøysund',
    });
    expect(ownProfile(stored!).name).toBe('Ingrid Bårdsen');
    expect(await screen.findByLabelText('Organisasjonsnummer')).toHaveValue('974 760 673');
  });

  it('refuses an org.nr whose check digit is wrong, says why next to the field, and saves nothing', async () => {
    const services = openSettings();
    const user = userEvent.setup();
    await fillOrganisation(user, '974760674');
    await user.click(screen.getByRole('button', { name: 'Lagre innstillingene' }));

    const field = screen.getByLabelText('Organisasjonsnummer');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('kontrollsifferet stemmer ikke'));
    expect(field).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Ingenting er lagret');
    expect((await getSettings(services.db))?.organisationName).toBe('');
  });

  it('asks for the name of a designated DPO and keeps the contact point otherwise', async () => {
    const services = openSettings();
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('Vi har utpekt personvernombud (art. 37)'));
    await user.type(screen.getByLabelText('Personvernombudets e-post'), 'personvern@example.no');
    await user.click(screen.getByRole('button', { name: 'Lagre innstillingene' }));
    expect(screen.getByLabelText('Personvernombudets navn')).toHaveAccessibleDescription(
      expect.stringContaining('Skriv personvernombudets navn'),
    );

    await user.type(screen.getByLabelText('Personvernombudets navn'), 'Máret Čuovga');
    await user.click(screen.getByRole('button', { name: 'Lagre innstillingene' }));
    await screen.findByText('Innstillingene er lagret.');
    expect((await getSettings(services.db))?.dpo).toEqual({
      name: 'Máret Čuovga',
      email: 'personvern@example.no',
      phone: '',
    });
  });

  it('refuses an unknown time zone and a processor deadline over 72 hours', async () => {
    const services = openSettings();
    const user = userEvent.setup();
    const zone = await screen.findByLabelText('Tidssone for visning');
    await user.clear(zone);
    await user.type(zone, 'Europe/Bergen');
    const hours = screen.getByLabelText('Frist for å varsle behandlingsansvarlig (timer)');
    await user.clear(hours);
    await user.type(hours, '96');
    await user.click(screen.getByRole('button', { name: 'Lagre innstillingene' }));

    expect(zone).toHaveAccessibleDescription(expect.stringContaining('Ukjent tidssone'));
    expect(hours).toHaveAccessibleDescription(expect.stringContaining('fra 1 til 72'));
    expect(screen.getByRole('alert')).toHaveTextContent('2 feil');
    expect(await getSettings(services.db)).toMatchObject({
      timeZone: 'Europe/Oslo',
      processorDeadlineHours: 24,
    });
  });

  it('switches the whole app to English when English is saved as the language', async () => {
    const services = openSettings();
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Språk i Avvik'), 'en');
    await user.click(screen.getByRole('button', { name: 'Lagre innstillingene' }));
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    expect(ownProfile((await getSettings(services.db))!).language).toBe('en');
  });
});

describe('storage persistence', { timeout: 30_000 }, () => {
  it('warns when the browser has not promised to keep the data', async () => {
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: async () => false, persist: async () => false },
    });
    openSettings('en');
    const warning = await screen.findByText(/Warning: the browser has not promised to keep the data/);
    expect(warning).toHaveAttribute('data-state', 'not-persisted');
  });

  it('says so when the data is stored persistently', async () => {
    openSettings();
    const status = await screen.findByText(/Dataene lagres varig/);
    expect(status).toHaveAttribute('data-state', 'persisted');
    expect(within(status.closest('section')!).queryByText(/Advarsel/)).toBeNull();
  });
});

void vi;
void waitFor;
