import type { Digest } from '../../../shared/chain';
import { unknownFacts, type BreachFacts } from '../../../shared/assessment';
import * as actions from '../../../shared/incident/actions';
import * as changes from '../../../shared/incident/changes';
import type { Change, ChangeMeta } from '../../../shared/incident/changes';
import type { TimelineEvent } from '../../../shared/incident/events';
import { nextIncidentRef, type Incident } from '../../../shared/incident/model';
import { notificationSchema, type Notification } from '../../../shared/incident/notifications';
import { sealChange } from '../../../shared/incident/seal';
import { defaultSettings } from '../../../shared/incident/settings';
import type { Subject } from '../../../shared/incident/subjects';
import type { Tables } from '../../../shared/incident/backup/format';

// A small in-memory record built through the same pure steps the repository uses, so tests of
// chains, backups and the register start from realistic data.

/** Node's WebCrypto, as the renderer's. */
export const digest: Digest = (data) => crypto.subtle.digest('SHA-256', data);

export class Recorder {
  incidents = new Map<string, Incident>();
  events: TimelineEvent[] = [];
  notifications: Notification[] = [];
  subjects: Subject[] = [];
  private counter = 0;
  private clock: number;

  constructor(
    readonly installationId = 'installation-a',
    start = '2026-03-02T08:00:00.000Z',
    readonly actor = 'Kari Nordmann',
  ) {
    this.clock = Date.parse(start);
  }

  id(prefix: string): string {
    return `${prefix}-${this.installationId}-${++this.counter}`;
  }

  meta(): ChangeMeta {
    this.clock += 60_000;
    return { at: new Date(this.clock).toISOString(), actor: this.actor };
  }

  async apply(change: Change, meta: ChangeMeta): Promise<Incident> {
    const sealed = await sealChange(change, { eventId: this.id('event'), installationId: this.installationId, meta }, digest);
    this.incidents.set(sealed.incident.id, sealed.incident);
    this.events.push(sealed.event);
    return sealed.incident;
  }

  async create(title: string, awareAt: string, role: Incident['role'] = 'controller'): Promise<Incident> {
    const year = new Date(awareAt).getUTCFullYear();
    const ref = nextIncidentRef(year, [...this.incidents.values()].map((i) => i.ref));
    const meta = this.meta();
    return this.apply(actions.createIncidentChange({ title, awareAt, role }, { id: this.id('incident'), ref }, meta), meta);
  }

  async change(incidentId: string, step: (incident: Incident, meta: ChangeMeta) => Change | null): Promise<Incident> {
    const meta = this.meta();
    const change = step(this.incidents.get(incidentId)!, meta);
    if (!change) throw new Error('nothing changed');
    return this.apply(change, meta);
  }

  async notify(incidentId: string, fields: Partial<Notification> & Pick<Notification, 'recipient' | 'sentAt'>): Promise<Notification> {
    const meta = this.meta();
    const notification = notificationSchema.parse({
      id: this.id('notification'),
      incidentId,
      recipientName: fields.recipient === 'authority' ? 'Datatilsynet' : null,
      phase: 'initial',
      phased: false,
      channel: 'altinn',
      reference: null,
      subjectCount: null,
      documentName: null,
      pdfSha256: null,
      note: null,
      recordedAt: meta.at,
      actor: meta.actor,
      ...fields,
    });
    this.notifications.push(notification);
    await this.apply(actions.recordNotificationChange(this.incidents.get(incidentId)!, notification, meta), meta);
    return notification;
  }

  async addPeople(incidentId: string, people: Pick<Subject, 'name' | 'address' | 'email' | 'language'>[]): Promise<Subject[]> {
    const meta = this.meta();
    const subjects = people.map((p) => ({ ...p, id: this.id('subject'), incidentId, createdAt: meta.at, updatedAt: meta.at }));
    this.subjects.push(...subjects);
    await this.apply(actions.subjectsImportedChange(this.incidents.get(incidentId)!, subjects.map((s) => s.id), meta), meta);
    return subjects;
  }

  tables(): Tables {
    return {
      settings: [{ ...defaultSettings(this.installationId, '2026-03-01T00:00:00.000Z'), organisationName: 'Fjordkraft Eksempel AS', userName: this.actor }],
      incidents: [...this.incidents.values()],
      events: [...this.events],
      subjects: [...this.subjects],
      notifications: [...this.notifications],
    };
  }
}

export const mailFacts: BreachFacts = {
  ...unknownFacts('controller'),
  personalData: 'yes',
  confidentiality: 'yes',
  integrity: 'no',
  availability: 'no',
  cause: 'human-error',
  malicious: 'no',
  dataCategories: ['identity', 'national-id'],
  subjectCount: 1200,
  recipient: 'untrusted',
  protection: 'none',
};

/**
 * Three incidents: a mis-sent customer list with fødselsnummer (assessed, notified late in phases,
 * people told, closed), a processor's bug (open), and a lost phone nobody has looked into yet.
 */
export async function sampleRecord(installationId = 'installation-a'): Promise<Recorder> {
  const r = new Recorder(installationId);
  const mail = await r.create('Kundeliste sendt til feil mottaker', '2026-03-02T07:30:00.000Z');
  await r.change(mail.id, (i, m) => changes.changeDetails(i, { description: 'Excel-fil med fødselsnummer sendt til ekstern adresse.', systems: ['Outlook'] }, m));
  await r.change(mail.id, (i, m) => changes.changeFacts(i, mailFacts, m));
  await r.change(mail.id, (i, m) => changes.recordAssessment(i, m));
  await r.change(mail.id, (i, m) =>
    changes.recordDecision(i, { notifyAuthority: true, notifySubjects: true, notifyController: false, subjectException: null, rationale: 'Fødselsnummer på avveie.', dpoConsulted: true }, m),
  );
  await r.notify(mail.id, { recipient: 'authority', sentAt: '2026-03-05T10:00:00.000Z', phase: 'initial', phased: true, reference: 'ALTINN-4711' });
  await r.change(mail.id, (i, m) => changes.explainDelay(i, 'Omfanget var uklart til mottakeren svarte.', m));
  await r.addPeople(mail.id, [
    { name: 'Áile Sárá Gaup', address: 'Guovdageaidnu', email: 'aile@example.no', language: 'nb' },
    { name: 'Łukasz Żółć', address: null, email: 'lukasz@example.pl', language: 'en' },
  ]);
  await r.notify(mail.id, { recipient: 'subjects', sentAt: '2026-03-06T09:00:00.000Z', channel: 'letter', subjectCount: 2, recipientName: null });
  await r.notify(mail.id, { recipient: 'authority', sentAt: '2026-03-09T09:00:00.000Z', phase: 'final', reference: 'ALTINN-4711' });
  await r.change(mail.id, (i, m) => changes.recordMeasure(i, { id: 'measure-1', kind: 'containment', text: 'Mottaker bekreftet sletting.', doneAt: '2026-03-02T12:00:00.000Z' }, m));
  await r.change(mail.id, (i, m) => changes.closeIncident(i, 'Meldt og lukket.', m));

  const bug = await r.create('Feil i lønnssystemet hos kunde', '2026-04-10T06:00:00.000Z', 'processor');
  await r.change(bug.id, (i, m) => changes.changeStatus(i, 'contained', m));

  await r.create('Mistet mobiltelefon', '2026-05-01T18:00:00.000Z');
  return r;
}
