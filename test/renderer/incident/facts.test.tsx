import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unknownFacts, type BreachFacts } from '../../../shared/assessment';
import { updateFacts } from '../../../renderer/src/db/repository';
import { makeServices } from '../harness';
import { NOW, ctx, eventKinds, openIncident, question, section, seedIncident } from './support';

// The incident screen is large for jsdom; give a loaded machine time.
vi.setConfig({ testTimeout: 20_000 });

describe('the DPO answers the facts', () => {
  it('shows every yes/no question as "not known yet" for a new incident', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident);

    for (const legend of [
      'Er personopplysninger berørt?',
      'Har noen uten rett sett eller fått tak i opplysningene?',
      'Er det sett tegn på misbruk?',
    ]) {
      expect(question(legend).getByRole('radio', { name: 'Ikke kjent ennå' })).toBeChecked();
    }
    expect(screen.getByLabelText('Omtrent hvor mange personer er berørt?')).toHaveValue('');
  });

  it('saves each answer as a chained event and the assessment follows at once', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident);
    const user = userEvent.setup();
    expect(
      section('conclusions').getByText(/Det er ikke avklart om personopplysninger er kompromittert/),
    ).toBeInTheDocument();

    await user.click(question('Er personopplysninger berørt?').getByRole('radio', { name: 'Nei' }));

    expect(
      await section('conclusions').findByText(/dette er ikke et brudd på personopplysningssikkerheten/),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await services.db.incidents.get(incident.id))!.facts.personalData).toBe('no'),
    );
    expect(await eventKinds(services, incident.id)).toEqual(['incident-created', 'facts-changed']);
  });

  it('saves a number when the field is left, and refuses one that is not a number', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident);
    const user = userEvent.setup();
    const people = screen.getByLabelText('Omtrent hvor mange personer er berørt?');

    await user.type(people, 'mange');
    await user.tab();
    expect(people).toHaveAttribute('aria-invalid', 'true');
    expect(people).toHaveAccessibleDescription(expect.stringContaining('Skriv et helt tall'));

    await user.clear(people);
    await user.type(people, '1200');
    await user.tab();
    await waitFor(async () =>
      expect((await services.db.incidents.get(incident.id))!.facts.subjectCount).toBe(1200),
    );
    expect(people).not.toHaveAttribute('aria-invalid');

    await user.clear(people);
    await user.tab();
    await waitFor(async () =>
      expect((await services.db.incidents.get(incident.id))!.facts.subjectCount).toBeNull(),
    );
  });

  it('stores ticked kinds of data in the vocabulary, whatever the order of ticking', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'en');
    const user = userEvent.setup();
    const kinds = question('Which kinds of personal data are affected?');

    await user.click(kinds.getByRole('checkbox', { name: 'Health data' }));
    await user.click(kinds.getByRole('checkbox', { name: 'National identity number' }));
    await waitFor(async () =>
      expect((await services.db.incidents.get(incident.id))!.facts.dataCategories).toEqual([
        'national-id',
        'health',
      ]),
    );
  });

  it('changing the role to processor turns the deadline into the one towards the controller', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await openIncident(services, incident, 'en');
    const user = userEvent.setup();

    await user.selectOptions(screen.getByLabelText('What is our role in the processing?'), 'processor');
    await waitFor(async () => expect((await services.db.incidents.get(incident.id))!.role).toBe('processor'));

    // The step that reported to Datatilsynet now reports to the controller, by its own deadline.
    await user.click(screen.getByRole('link', { name: /^The controller/ }));
    expect(
      await section('deadline').findByText(/Deadline to tell the controller \(internal limit of 24 hours/),
    ).toBeInTheDocument();
    // Aware 24 Nov 10:00 Oslo + 24 h.
    expect(section('deadline').getByText('Deadline: 25/11/2026 10:00 CET')).toBeInTheDocument();
  });
});

describe('the DPO answers the questions the EDPB factors add', () => {
  async function withFacts(facts: Partial<BreachFacts>, lang: 'nb' | 'en' = 'nb') {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await updateFacts(services.db, incident.id, { ...unknownFacts('controller'), ...facts }, ctx(services));
    await openIncident(services, incident, lang);
    return { services, incident, user: userEvent.setup() };
  }
  const stored = async (services: ReturnType<typeof makeServices>, id: string) =>
    (await services.db.incidents.get(id))!.facts;

  it('asks what the outage did to people first; a restored outage that affected nobody needs no notification', async () => {
    const { services, incident, user } = await withFacts({
      personalData: 'yes',
      confidentiality: 'no',
      integrity: 'no',
      availability: 'yes',
      dataCategories: ['identity', 'contact'],
      dataRecovered: 'yes',
      outageHours: 2,
    });
    expect(section('conclusions').getByText(/Bruddet kan medføre risiko/)).toBeInTheDocument();
    expect(section('unknowns').getAllByRole('listitem')[0]).toHaveTextContent(/følger av utilgjengelighet/);

    await user.selectOptions(
      screen.getByLabelText('Hva gjorde det med folk at opplysningene var borte?'),
      screen.getByRole('option', { name: 'Ingen ble berørt' }),
    );

    expect(
      await section('conclusions').findByText(/Bruddet trenger ikke meldes til Datatilsynet/),
    ).toBeInTheDocument();
    await waitFor(async () => expect((await stored(services, incident.id)).availabilityEffect).toBe('none'));
    expect((await eventKinds(services, incident.id)).at(-1)).toBe('facts-changed');
  });

  it('lets Art. 34(3)(b) lift the duty to tell the people only once the measure is named', async () => {
    const { services, incident, user } = await withFacts({
      personalData: 'yes',
      confidentiality: 'yes',
      integrity: 'no',
      availability: 'no',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['contact', 'credentials'],
      subjectCount: 5000,
      vulnerableSubjects: 'no',
      protection: 'none',
      recipient: 'malicious',
      misuseObserved: 'no',
      highRiskNeutralised: 'yes',
    });
    expect(
      section('conclusions').getByText('Underrett de registrerte uten ugrunnet opphold.'),
    ).toBeInTheDocument();

    await user.selectOptions(
      screen.getByLabelText('Hvilket tiltak gjorde at høy risiko ikke lenger er sannsynlig?'),
      screen.getByRole('option', { name: 'Passord er tilbakestilt før noen brukte dem' }),
    );

    expect(
      await section('conclusions').findByText(
        /De registrerte trenger ikke underrettes: tiltak etter bruddet/,
      ),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await stored(services, incident.id)).neutralisingMeasure).toBe('credentials-reset'),
    );
  });

  it('counts data that say less than their kind as simple data: a food preference, not a diagnosis', async () => {
    const { services, incident, user } = await withFacts({
      personalData: 'yes',
      confidentiality: 'yes',
      integrity: 'no',
      availability: 'no',
      dataCategories: ['identity', 'contact', 'health'],
      subjectCount: 15,
      vulnerableSubjects: 'no',
      protection: 'none',
      recipient: 'untrusted',
      dataRecovered: 'no',
      misuseObserved: 'no',
    });
    expect(section('conclusions').getByText(/vil sannsynligvis medføre høy risiko/)).toBeInTheDocument();

    await user.click(
      question(
        'Sier opplysningene mindre enn kategorien tilsier (for eksempel en matpreferanse, ikke en diagnose)?',
      ).getByRole('radio', { name: 'Ja' }),
    );

    expect(
      await section('conclusions').findByText(/Bruddet vil sannsynligvis ikke medføre risiko/),
    ).toBeInTheDocument();
    await waitFor(async () => expect((await stored(services, incident.id)).minorDetail).toBe('yes'));
  });

  it('stores the new kinds of data, protections and recipients in the vocabulary, asked in plain English too', async () => {
    const { services, incident, user } = await withFacts({}, 'en');

    await user.click(
      question('Which kinds of personal data are affected?').getByRole('checkbox', {
        name: 'Hidden identity or confidential address (can reveal where someone is)',
      }),
    );
    await user.selectOptions(
      screen.getByLabelText('Were the data unreadable to whoever got them?'),
      screen.getByRole('option', {
        name: 'Encrypted at rest, but taken from a running, unlocked system (did not protect)',
      }),
    );
    await user.selectOptions(
      screen.getByLabelText('Who got the data?'),
      screen.getByRole('option', { name: 'Everyone: the data is or was publicly available' }),
    );

    await waitFor(async () =>
      expect(await stored(services, incident.id)).toMatchObject({
        dataCategories: ['protected-identity'],
        protection: 'encryption-bypassed',
        recipient: 'published',
      }),
    );
  });
});
