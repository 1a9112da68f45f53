import { describe, expect, it } from 'vitest';
import { unknownFacts } from '../../../../shared/assessment';
import { newIncident, type Incident } from '../../../../shared/incident/model';
import type { Notification } from '../../../../shared/incident/notifications';
import { defaultSettings, type Settings } from '../../../../shared/incident/settings';
import { incidentMeasures, subjectsInformed } from '../../../../shared/documents/record/incident';
import { notificationInput } from '../../../../shared/documents/record/notification';
import { contactPointOf, dpoOf, organisationOf } from '../../../../shared/documents/record/people';
import { personFromImport } from '../../../../shared/documents/record/letters';
import { managementEvents } from '../../../../shared/documents/record/timeline';
import type { TimelineEvent } from '../../../../shared/incident/events';

const AT = '2026-11-24T13:30:00.000Z';
const MOMENT = { lang: 'nb' as const, timeZone: 'Europe/Oslo', now: new Date('2026-11-25T09:00:00Z') };

function incident(patch: Partial<Incident> = {}): Incident {
  return {
    ...newIncident({
      id: 'i1',
      ref: 'AVV-2026-001',
      title: 'Tapt PC',
      role: 'controller',
      awareAt: AT,
      now: AT,
      facts: unknownFacts(),
    }),
    ...patch,
  };
}

function settings(patch: Partial<Settings> = {}): Settings {
  return {
    ...defaultSettings('inst-1', AT),
    organisationName: 'Sjøberg AS',
    orgNr: '974760673',
    contact: { name: 'Petter', email: 'post@sjoberg.example', phone: '+47 1234 5678' },
    ...patch,
  };
}

function sent(patch: Partial<Notification>): Notification {
  return {
    id: 'n1',
    incidentId: 'i1',
    recipient: 'authority',
    recipientName: 'Datatilsynet',
    phase: 'initial',
    phased: true,
    sentAt: AT,
    channel: 'altinn',
    reference: 'AR1',
    subjectCount: null,
    documentName: null,
    pdfSha256: null,
    note: null,
    recordedAt: AT,
    actor: 'x',
    correction: null,
    ...patch,
  };
}

describe('the organisation and its people in the documents', () => {
  it('prints the org.nr in groups of three and leaves a missing one to "not yet known"', () => {
    expect(organisationOf(settings())).toMatchObject({
      name: 'Sjøberg AS',
      orgNumber: '974 760 673',
      email: 'post@sjoberg.example',
    });
    expect(organisationOf(settings({ orgNr: '' })).orgNumber).toBeNull();
  });

  it('names the DPO as the contact point when there is one, else the contact person (Art. 33(3)(b))', () => {
    const withDpo = settings({ dpo: { name: 'Ingrid', email: 'pvo@example.no', phone: '' } });
    expect(dpoOf(withDpo)).toEqual({
      name: 'Ingrid',
      role: { nb: 'personvernombud', en: 'data protection officer' },
      email: 'pvo@example.no',
      phone: null,
    });
    expect(contactPointOf(withDpo).name).toBe('Ingrid');
    expect(contactPointOf(settings())).toEqual({
      name: 'Petter',
      email: 'post@sjoberg.example',
      phone: '+47 1234 5678',
    });
  });
});

describe('the notification from the record', () => {
  it('is a new notice until one is recorded, then a follow-up to the first reference', () => {
    expect(notificationInput(incident(), settings(), [], [], MOMENT, 'phased').notice).toMatchObject({
      type: 'new',
      phase: 'phased',
      earlierReference: null,
    });
    expect(notificationInput(incident(), settings(), [sent({})], [], MOMENT, 'complete').notice).toMatchObject({
      type: 'follow-up',
      phase: 'complete',
      earlierReference: 'AR1',
    });
  });

  it('carries the reasons for the delay the incident records', () => {
    expect(
      notificationInput(
        incident({ delayReason: { nb: 'Politiet ba oss vente.', en: '' } }),
        settings(),
        [],
        [],
        MOMENT,
        'complete',
      ).notice.reasonsForDelay,
    ).toEqual({ nb: 'Politiet ba oss vente.', en: null });
  });

  it('sorts measures into taken, planned and prevention', () => {
    const m = (id: string, kind: 'containment' | 'mitigation' | 'prevention', doneAt: string | null) => ({
      id,
      kind,
      text: { nb: id, en: '' },
      doneAt,
      recordedAt: AT,
      actor: 'x',
    });
    const measures = incidentMeasures(
      incident({
        measures: [
          m('sperret', 'containment', AT),
          m('varsle bank', 'mitigation', null),
          m('kryptering', 'prevention', null),
        ],
      }),
    );
    expect(measures).toEqual({
      inPlace: [],
      inPlaceDetail: null,
      taken: [{ nb: 'sperret', en: null }],
      planned: [{ nb: 'varsle bank', en: null }],
      prevention: [{ nb: 'kryptering', en: null }],
    });
  });

  it('says the people were informed once letters are recorded, and why not when decided against', () => {
    expect(subjectsInformed(incident(), [sent({ recipient: 'subjects', channel: 'letter' })])).toMatchObject({
      status: 'yes',
      at: AT,
      channel: { nb: 'brev', en: 'letter' },
    });
    const decided = incident({
      decision: {
        at: AT,
        actor: 'x',
        notifyAuthority: true,
        notifySubjects: false,
        notifyController: false,
        subjectException: 'encrypted',
        rationale: { nb: 'Kryptert disk.', en: '' },
        dpoConsulted: true,
      },
    });
    expect(subjectsInformed(decided, [])).toMatchObject({
      status: 'no-exception',
      explanation: { nb: 'Kryptert disk.', en: null },
    });
    expect(subjectsInformed(incident(), []).status).toBeNull();
  });
});

describe('people from the CSV', () => {
  it('keeps the postal code and place as the last address line, and a wish for letters in both languages', () => {
    expect(
      personFromImport({
        line: 2,
        name: 'Máret Čuovga',
        address: 'Fálesnuorri 3',
        postalCode: '9730',
        city: 'Kárášjohka',
        country: null,
        email: null,
        language: 'both',
      }),
    ).toEqual({
      name: 'Máret Čuovga',
      address: 'Fálesnuorri 3\n9730 Kárášjohka',
      email: null,
      language: 'both',
    });
  });
});

describe('the management view of the history', () => {
  it('shows the moments that matter, worded, and leaves out edits and exports', () => {
    const base = {
      incidentId: 'i1',
      installationId: 'inst',
      actor: 'x',
      prevHash: null,
      hash: 'a'.repeat(64),
    };
    const events = [
      {
        ...base,
        id: 'e1',
        seq: 1,
        at: AT,
        kind: 'incident-created',
        payload: { ref: 'AVV-2026-001', title: 'Tapt PC', role: 'controller', awareAt: AT },
      },
      {
        ...base,
        id: 'e2',
        seq: 2,
        at: '2026-11-24T14:00:00.000Z',
        kind: 'details-changed',
        payload: { changes: {} },
      },
      {
        ...base,
        id: 'e3',
        seq: 3,
        at: '2026-11-24T15:00:00.000Z',
        kind: 'authority-notified',
        payload: {
          notificationId: 'n',
          phase: 'initial',
          phased: false,
          sentAt: AT,
          reference: 'AR9',
          pdfSha256: null,
        },
      },
      {
        ...base,
        id: 'e4',
        seq: 4,
        at: '2026-11-24T16:00:00.000Z',
        kind: 'document-exported',
        payload: { documentKind: 'timeline', name: 'x.pdf', sha256: 'b'.repeat(64), size: 1 },
      },
    ] as TimelineEvent[];
    expect(managementEvents(events, [sent({ id: 'n', reference: 'AR9' })], 'en').map(({ label, kind }) => [label, kind])).toEqual([
      ['Recorded in Avvik', 'other'],
      ['Notified Datatilsynet, AR9', 'notified-authority'],
    ]);
  });

  it('says in English when a measure is worded in bokmål only', () => {
    const measure = { incidentId: 'i1', installationId: 'inst', actor: 'x', prevHash: null, hash: 'a'.repeat(64), id: 'e1', seq: 1, at: AT, kind: 'measure-recorded', payload: { measureId: 'm1', kind: 'containment', text: 'Kontoen er sperret.', doneAt: AT } } as TimelineEvent;
    expect(managementEvents([measure], [], 'en')[0]!.label).toContain('(Only available in Norwegian:) Kontoen er sperret.');
    expect(managementEvents([measure], [], 'nb')[0]!.label).toContain('Kontoen er sperret.');
  });

  it('places a notice at the time it was sent, as corrected, and leaves out one recorded by mistake', () => {
    const created = { incidentId: 'i1', installationId: 'inst', actor: 'x', prevHash: null, hash: 'a'.repeat(64), id: 'e1', seq: 1, at: AT, kind: 'incident-created', payload: { ref: 'AVV-2026-001', title: 'Tapt PC', role: 'controller', awareAt: AT } };
    const notified = (id: string, notificationId: string, at: string) => ({ ...created, id, seq: 2, at, kind: 'authority-notified', payload: { notificationId, phase: 'initial', phased: false, sentAt: AT, reference: 'AR9', pdfSha256: null } });
    const events = [created, notified('e2', 'kept', '2026-11-26T10:00:00.000Z'), notified('e3', 'retracted', '2026-11-26T11:00:00.000Z')] as TimelineEvent[];
    // Typed in two days later; sent (as corrected) on the 24th at 15:00.
    const shown = managementEvents(events, [sent({ id: 'kept', sentAt: '2026-11-24T15:00:00.000Z' })], 'en');
    expect(shown.map((e) => [e.id, e.at])).toEqual([
      ['e1', AT],
      ['e2', '2026-11-24T15:00:00.000Z'],
    ]);
  });
});
