import type { Digest } from '../../../shared/chain';
import { unknownFacts, type BreachFacts } from '../../../shared/assessment';
import * as actions from '../../../shared/incident/actions';
import * as changes from '../../../shared/incident/changes';
import type { ChangeMeta } from '../../../shared/incident/changes';
import { SETTINGS_HISTORY_ID, type EventDraft, type TimelineEvent } from '../../../shared/incident/events';
import { nextIncidentRef, type Incident } from '../../../shared/incident/model';
import { recordNoticeChange, type NoticeInput } from '../../../shared/incident/notices';
import type { Notification } from '../../../shared/incident/notifications';
import { applyIncidentEvent, applySettingsEvent, type IncidentRecord } from '../../../shared/incident/project';
import { sealEvent } from '../../../shared/incident/seal';
import { defaultSettings, type Settings } from '../../../shared/incident/settings';
import type { Subject } from '../../../shared/incident/subjects';
import type { Tables } from '../../../shared/incident/backup/format';
import { changeProfile, changeSettings } from '../../../shared/incident/settings-changes';

// A small in-memory record built through the same pure steps the repository uses, so tests of
// chains, backups and the register start from realistic data.

/** Node's WebCrypto, as the renderer's. */
export const digest: Digest = (data) => crypto.subtle.digest('SHA-256', data);

export class Recorder {
  incidents = new Map<string, Incident>();
  events: TimelineEvent[] = [];
  notifications: Notification[] = [];
  subjects: Subject[] = [];
  settings: Settings;
  private counter = 0;
  private clock: number;

  constructor(
    readonly installationId = 'installation-a',
    start = '2026-03-02T08:00:00.000Z',
    readonly actor = 'Kari Nordmann',
  ) {
    this.clock = Date.parse(start);
    this.settings = defaultSettings(installationId, '2026-03-01T00:00:00.000Z');
  }

  id(prefix: string): string {
    return `${prefix}-${this.installationId}-${++this.counter}`;
  }

  meta(): ChangeMeta {
    this.clock += 60_000;
    return { at: new Date(this.clock).toISOString(), actor: this.actor };
  }

  /** The incident's record as the repository would read it. */
  record(incidentId: string): IncidentRecord {
    return { incident: this.incidents.get(incidentId)!, notifications: this.notifications.filter((n) => n.incidentId === incidentId) };
  }

  /** Seals the drafts on this installation's chain and applies them, as the repository does. */
  async apply(incidentId: string, drafts: EventDraft | EventDraft[], meta: ChangeMeta): Promise<Incident> {
    let record: IncidentRecord | null = this.incidents.has(incidentId) ? this.record(incidentId) : null;
    for (const draft of Array.isArray(drafts) ? drafts : [drafts]) {
      const head = record?.incident.heads[this.installationId] ?? null;
      const event = await sealEvent(draft, { eventId: this.id('event'), historyId: incidentId, installationId: this.installationId, meta, head }, digest);
      record = applyIncidentEvent(record, event);
      this.events.push(event);
    }
    this.incidents.set(incidentId, record!.incident);
    this.notifications = [...this.notifications.filter((n) => n.incidentId !== incidentId), ...record!.notifications];
    return record!.incident;
  }

  async create(title: string, awareAt: string, role: Incident['role'] = 'controller'): Promise<Incident> {
    const year = new Date(awareAt).getUTCFullYear();
    const ref = nextIncidentRef(year, [...this.incidents.values()].map((i) => i.ref));
    // An incident is recorded after one became aware of it.
    this.clock = Math.max(this.clock, Date.parse(awareAt));
    return this.apply(this.id('incident'), actions.createIncidentChange({ title, awareAt, role }, ref), this.meta());
  }

  async change(incidentId: string, step: (incident: Incident, meta: ChangeMeta) => EventDraft | null): Promise<Incident> {
    const meta = this.meta();
    const draft = step(this.incidents.get(incidentId)!, meta);
    if (!draft) throw new Error('nothing changed');
    return this.apply(incidentId, draft, meta);
  }

  /** A notice recorded through the one notice flow (shared/incident/notices). */
  async notify(incidentId: string, fields: Partial<NoticeInput> & Pick<NoticeInput, 'recipient' | 'sentAt'>, delayReason: string | null = null): Promise<Notification> {
    // A notice is recorded after it was sent.
    this.clock = Math.max(this.clock, Date.parse(fields.sentAt));
    const meta = this.meta();
    const notificationId = this.id('notification');
    const input: NoticeInput = {
      recipientName: fields.recipient === 'authority' ? 'Datatilsynet' : null,
      phase: 'initial',
      phased: false,
      channel: fields.recipient === 'authority' ? 'altinn' : 'email',
      reference: null,
      subjectCount: null,
      documentName: null,
      pdfSha256: null,
      note: null,
      ...fields,
    };
    const drafts = recordNoticeChange(input, { ...this.record(incidentId), now: meta.at, notificationId, delayReason: delayReason ? { nb: delayReason, en: '' } : null });
    await this.apply(incidentId, drafts, meta);
    return this.notifications.find((n) => n.id === notificationId)!;
  }

  async addPeople(incidentId: string, people: Pick<Subject, 'name' | 'address' | 'email' | 'language'>[]): Promise<Subject[]> {
    const meta = this.meta();
    const subjects = people.map((p) => ({ ...p, id: this.id('subject'), incidentId, createdAt: meta.at, updatedAt: meta.at }));
    this.subjects.push(...subjects);
    await this.apply(incidentId, actions.subjectsImportedChange(this.incidents.get(incidentId)!, subjects.map((s) => s.id)), meta);
    return subjects;
  }

  /** A change of the settings, on the settings history. */
  async configure(draft: (settings: Settings) => EventDraft | null): Promise<Settings> {
    const meta = this.meta();
    const change = draft(this.settings);
    if (!change) return this.settings;
    const head = this.settings.heads[this.installationId] ?? null;
    const event = await sealEvent(change, { eventId: this.id('event'), historyId: SETTINGS_HISTORY_ID, installationId: this.installationId, meta, head }, digest);
    this.events.push(event);
    this.settings = applySettingsEvent(this.settings, event);
    return this.settings;
  }

  tables(): Tables {
    const heads = [...this.incidents.values()].map((incident) => ({ id: incident.id, heads: incident.heads }));
    if (Object.keys(this.settings.heads).length > 0) heads.push({ id: SETTINGS_HISTORY_ID, heads: this.settings.heads });
    return { events: [...this.events], heads, subjects: [...this.subjects], attachmentFiles: [] };
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
  await r.configure((s) => changeSettings(s, { organisationName: 'Fjordkraft Eksempel AS' }));
  await r.configure((s) => changeProfile(s, { name: r.actor }));
  await r.change(mail.id, (i, m) => changes.changeDetails(i, { description: { nb: 'Excel-fil med fødselsnummer sendt til ekstern adresse.', en: '' }, systems: ['Outlook'] }, m));
  await r.change(mail.id, (i, m) => changes.changeFacts(i, mailFacts, m));
  await r.change(mail.id, (i, m) => changes.recordAssessment(i, m));
  await r.change(mail.id, (i, m) =>
    changes.recordDecision(i, { notifyAuthority: true, notifySubjects: true, notifyController: false, subjectException: null, rationale: 'Fødselsnummer på avveie.', dpoConsulted: true }, m),
  );
  // Art. 33(1): after the 72 hours, so the reasons for the delay go with the notice.
  await r.notify(mail.id, { recipient: 'authority', sentAt: '2026-03-05T10:00:00.000Z', phase: 'initial', phased: true, reference: 'AR4711' }, 'Omfanget var uklart til mottakeren svarte.');
  await r.addPeople(mail.id, [
    { name: 'Áile Sárá Gaup', address: 'Guovdageaidnu', email: 'aile@example.no', language: 'nb' },
    { name: 'Łukasz Żółć', address: null, email: 'lukasz@example.pl', language: 'en' },
  ]);
  await r.notify(mail.id, { recipient: 'subjects', sentAt: '2026-03-06T09:00:00.000Z', channel: 'letter', subjectCount: 2, recipientName: null });
  await r.notify(mail.id, { recipient: 'authority', sentAt: '2026-03-09T09:00:00.000Z', phase: 'final', reference: 'AR4711' });
  await r.change(mail.id, (i, m) => changes.recordMeasure(i, { id: 'measure-1', kind: 'containment', text: 'Mottaker bekreftet sletting.', doneAt: '2026-03-02T12:00:00.000Z' }, m));
  await r.change(mail.id, (i, m) => changes.closeIncident(i, 'Meldt og lukket.', m));

  const bug = await r.create('Feil i lønnssystemet hos kunde', '2026-04-10T06:00:00.000Z', 'processor');
  await r.change(bug.id, (i, m) => changes.changeStatus(i, 'contained', m));

  await r.create('Mistet mobiltelefon', '2026-05-01T18:00:00.000Z');
  return r;
}

/** What a draft would make of an incident, without sealing it (the projection is the one judge). */
export function preview(incident: Incident, draft: EventDraft, meta: ChangeMeta): Incident {
  return previewFrom(incident.id, incident, draft, meta);
}

/** The same from nothing: an incident-created draft as the incident it creates. */
export function previewFrom(incidentId: string, incident: Incident | null, draft: EventDraft, meta: ChangeMeta): Incident {
  const event = {
    ...draft,
    id: 'preview',
    incidentId,
    installationId: 'preview',
    seq: 1,
    at: meta.at,
    actor: meta.actor,
    prevHash: null,
    hash: '0'.repeat(64),
  } as TimelineEvent;
  return applyIncidentEvent(incident ? { incident, notifications: [] } : null, event).incident;
}
