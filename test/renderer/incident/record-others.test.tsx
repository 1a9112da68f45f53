import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { updateDetails } from '../../../renderer/src/db/repository';
import { OthersSection } from '../../../renderer/src/features/incident/record/OthersSection';
import { makeServices } from '../harness';
import { NOW, ctx, seedIncident } from './support';
import { changedTo, detailsEvents, renderSection, stored } from './record-support';

vi.setConfig({ testTimeout: 20_000 });

const form = () => within(screen.getByTestId('record-others'));
const group = (name: string | RegExp) => within(form().getByRole('group', { name }));
const save = () =>
  userEvent.click(form().getByRole('button', { name: 'Lagre svarene om andre involverte og myndigheter' }));

describe('"Others involved and other authorities" on the incident screen', () => {
  it('adds and removes parties, records the police report, an authority and cross-border processing, in one event', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await renderSection(services, incident, OthersSection);
    const user = userEvent.setup();

    expect(form().queryByRole('button', { name: 'Legg til en part' })).toBeNull();
    await user.click(group('Var andre virksomheter involvert?').getByRole('radio', { name: 'Ja' }));
    await user.click(form().getByRole('button', { name: 'Legg til en part' }));
    await user.click(form().getByRole('button', { name: 'Legg til en part' }));
    const first = group('Part 1');
    await user.type(first.getByLabelText('Navn på virksomheten'), 'Lønnsbyrået AS');
    await user.type(first.getByLabelText('Kontakt (e-post, telefon eller adresse)'), 'post@lonn.example');
    await user.type(
      first.getByLabelText('Hva gjorde de, eller hvilken rolle hadde de i bruddet?'),
      'Sendte lista.',
    );
    await user.type(group('Part 2').getByLabelText('Navn på virksomheten'), 'Feil AS');
    await user.selectOptions(group('Part 2').getByLabelText('Rolle'), 'Samarbeidspartner');
    await user.click(form().getByRole('button', { name: 'Fjern part 2' }));
    expect(form().queryByRole('group', { name: 'Part 2' })).toBeNull();

    await user.click(group('Er saken anmeldt til politiet?').getByRole('radio', { name: 'Ja' }));
    await user.type(form().getByLabelText('Anmeldt'), '2026-11-24T15:00');
    await user.type(form().getByLabelText('Politiets saksnummer'), '14523311');

    await user.click(group('Er andre myndigheter varslet?').getByRole('radio', { name: 'Ja' }));
    await user.click(form().getByRole('button', { name: 'Legg til en myndighet' }));
    const authority = group('Myndighet 1');
    await user.selectOptions(
      authority.getByLabelText('Hvilken myndighet?'),
      'Tilsynsmyndigheten i et annet land',
    );
    await user.type(authority.getByLabelText('Navn på myndigheten'), 'IMY (Sverige)');
    await user.type(authority.getByLabelText('Varslet'), '2026-11-25T08:30');
    await user.type(authority.getByLabelText('Myndighetens referanse eller saksnummer'), 'IMY-2026-77');

    await user.click(group(/grenseoverskridende behandling/).getByRole('radio', { name: 'Ja' }));
    await user.type(form().getByLabelText('Ledende tilsynsmyndighet'), 'Datatilsynet');
    await user.type(form().getByLabelText('Berørte land'), 'Sverige, , Danmark ');
    await save();

    expect(await form().findByText('Svarene er lagret.')).toBeInTheDocument();
    const events = await detailsEvents(services, incident.id);
    expect(events).toHaveLength(1);
    expect(changedTo(events[0]!)).toEqual({
      otherPartiesInvolved: 'yes',
      otherAuthoritiesNotified: 'yes',
      otherParties: [
        {
          role: 'processor',
          name: 'Lønnsbyrået AS',
          contact: 'post@lonn.example',
          detail: { nb: 'Sendte lista.', en: '' },
        },
      ],
      // Typed in Oslo time (CET), stored in UTC.
      police: { status: 'yes', reportedAt: '2026-11-24T14:00:00.000Z', caseNumber: '14523311' },
      otherAuthorities: [
        {
          kind: 'foreign-dpa',
          name: 'IMY (Sverige)',
          notifiedAt: '2026-11-25T07:30:00.000Z',
          reference: 'IMY-2026-77',
        },
      ],
      crossBorder: { status: 'yes', leadAuthority: 'Datatilsynet', countries: ['Sverige', 'Danmark'] },
    });
    expect(await form().findByText('4 av 4 spørsmål besvart.')).toBeInTheDocument();
  });

  it('refuses a 10 kB case number, a police report before the breach began and an unnamed party, and saves nothing', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await updateDetails(
      services.db,
      incident.id,
      { occurredFrom: '2026-11-23T12:00:00.000Z' },
      ctx(services),
    );
    await renderSection(services, incident, OthersSection);
    const user = userEvent.setup();
    await user.click(group('Er saken anmeldt til politiet?').getByRole('radio', { name: 'Planlagt' }));
    await save();
    await form().findByText('Svarene er lagret.');
    const before = await stored(services, incident.id);
    const eventsBefore = (await detailsEvents(services, incident.id)).length;

    await user.click(group('Er saken anmeldt til politiet?').getByRole('radio', { name: 'Ja' }));
    await user.type(form().getByLabelText('Anmeldt'), '2026-11-22T09:00');
    fireEvent.change(form().getByLabelText('Politiets saksnummer'), {
      target: { value: '7'.repeat(10_240) },
    });
    await user.click(group('Var andre virksomheter involvert?').getByRole('radio', { name: 'Ja' }));
    await user.click(form().getByRole('button', { name: 'Legg til en part' }));
    await user.click(group('Er andre myndigheter varslet?').getByRole('radio', { name: 'Ja' }));
    await user.click(form().getByRole('button', { name: 'Legg til en myndighet' }));
    await user.selectOptions(group('Myndighet 1').getByLabelText('Hvilken myndighet?'), 'Annen myndighet');
    await user.type(group('Myndighet 1').getByLabelText('Varslet'), '2026-11-26T09:00');
    await save();

    expect(form().getByLabelText('Politiets saksnummer')).toHaveAccessibleDescription(
      'For langt: høyst 100 tegn (nå 10240).',
    );
    expect(form().getByLabelText('Anmeldt')).toHaveAccessibleDescription(
      expect.stringContaining('Tidspunktet kan ikke være før bruddet begynte (23.11.2026 13:00 CET).'),
    );
    expect(group('Part 1').getByLabelText('Navn på virksomheten')).toHaveAccessibleDescription(
      'Feltet må fylles ut.',
    );
    expect(group('Myndighet 1').getByLabelText('Navn på myndigheten')).toHaveAccessibleDescription(
      expect.stringContaining('Feltet må fylles ut.'),
    );
    expect(group('Myndighet 1').getByLabelText('Varslet')).toHaveAccessibleDescription(
      expect.stringContaining('Tidspunktet kan ikke være fram i tid.'),
    );
    expect(form().getByRole('alert')).toHaveTextContent('Ikke lagret');
    expect(await detailsEvents(services, incident.id)).toHaveLength(eventsBefore);
    expect(await stored(services, incident.id)).toEqual(before);
  });

  it('takes "no" for an answer: no parties, no other authorities, no police report and its details', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await renderSection(services, incident, OthersSection);
    const user = userEvent.setup();
    await user.click(group('Er saken anmeldt til politiet?').getByRole('radio', { name: 'Ja' }));
    await user.type(form().getByLabelText('Politiets saksnummer'), '123');
    await user.click(group('Er saken anmeldt til politiet?').getByRole('radio', { name: 'Nei' }));
    expect(form().queryByLabelText('Politiets saksnummer')).toBeNull();
    await user.click(group('Var andre virksomheter involvert?').getByRole('radio', { name: 'Ja' }));
    await user.click(form().getByRole('button', { name: 'Legg til en part' }));
    await user.type(group('Part 1').getByLabelText('Navn på virksomheten'), 'Glemt AS');
    await user.click(group('Var andre virksomheter involvert?').getByRole('radio', { name: 'Nei' }));
    await user.click(group('Er andre myndigheter varslet?').getByRole('radio', { name: 'Nei' }));
    await save();

    await form().findByText('Svarene er lagret.');
    expect(await stored(services, incident.id)).toMatchObject({
      police: { status: 'no', reportedAt: null, caseNumber: '' },
      otherPartiesInvolved: 'no',
      otherParties: [],
      otherAuthoritiesNotified: 'no',
      otherAuthorities: [],
    });
    expect(await form().findByText('3 av 4 spørsmål besvart.')).toBeInTheDocument();
  });

  it('asks for at least one party when the answer is yes', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await renderSection(services, incident, OthersSection);
    const user = userEvent.setup();
    await user.click(group('Var andre virksomheter involvert?').getByRole('radio', { name: 'Ja' }));
    await save();

    expect(
      form().getByRole('group', { name: 'Virksomhetene som var involvert' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Legg til minst én, eller svar «Nei».'));
    expect(await detailsEvents(services, incident.id)).toEqual([]);
  });

  it('names the country that is too long', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await renderSection(services, incident, OthersSection, 'en');
    const user = userEvent.setup();
    await user.click(group(/cross-border processing/).getByRole('radio', { name: 'Yes' }));
    expect(form().getByRole('group', { name: /cross-border processing/ })).toHaveAccessibleDescription(
      'Cross-border processing has a lead supervisory authority (GDPR Art. 56).',
    );
    fireEvent.change(form().getByLabelText('Countries affected'), {
      target: { value: `Sweden, ${'Ruritania'.repeat(20)}` },
    });
    await user.click(
      form().getByRole('button', { name: 'Save the answers about others involved and authorities' }),
    );

    expect(form().getByLabelText('Countries affected')).toHaveAccessibleDescription(
      expect.stringContaining('"RuritaniaRuritaniaRurita…" is too long: at most 100 characters.'),
    );
    expect(await detailsEvents(services, incident.id)).toEqual([]);
  });
});
