import { toHex, type Digest, type Sign } from '../../chain';
import * as actions from '../../incident/actions';
import type { ChangeMeta } from '../../incident/changes';
import { SETTINGS_HISTORY_ID, type EventDraft, type TimelineEvent } from '../../incident/events';
import { nextIncidentRef, type Incident } from '../../incident/model';
import { recordNoticeChange, type NoticeInput } from '../../incident/notices';
import type { Notification } from '../../incident/notifications';
import { applyIncidentEvent, applySettingsEvent, type IncidentRecord } from '../../incident/project';
import { sealEvent } from '../../incident/seal';
import { defaultSettings, type Settings } from '../../incident/settings';
import type { Subject } from '../../incident/subjects';
import { inBokmal, type Bilingual } from '../../incident/text';

// A record built in memory through the same pure steps the app's repository takes: a change function
// returns the event, `sealEvent` chains it, `applyIncidentEvent` projects it. The sample documents
// are then mapped from this record by shared/documents/record/*, as the app maps its own; the tests
// build their records with it too (test/shared/incident/fixtures.ts).

/** One incident as the record holds it at a moment, with the history that made it. */
export interface RecordSnapshot extends IncidentRecord {
  events: TimelineEvent[];
}

export class RecordBuilder {
  incidents = new Map<string, Incident>();
  events: TimelineEvent[] = [];
  notifications: Notification[] = [];
  subjects: Subject[] = [];
  settings: Settings;
  private counter = 0;
  private clock: number;

  constructor(
    readonly digest: Digest,
    readonly installationId: string,
    start: string,
    readonly actor: string,
  ) {
    this.clock = Date.parse(start);
    this.settings = defaultSettings(installationId, start);
  }

  /** The clock moves on to `at` (never back): the next change is recorded then. */
  at(at: string): this {
    this.clock = Math.max(this.clock, Date.parse(at));
    return this;
  }

  id(prefix: string): string {
    return `${prefix}-${this.installationId}-${++this.counter}`;
  }

  /** The moment of the next change: a minute after the last one. */
  meta(): ChangeMeta {
    this.clock += 60_000;
    return { at: new Date(this.clock).toISOString(), actor: this.actor };
  }

  /** How this installation signs its events: the sample documents need no key; the tests' recorder signs as the app does. */
  protected signer(): Promise<Sign | undefined> {
    return Promise.resolve(undefined);
  }

  /** The incident's record as the repository would read it. */
  record(incidentId: string): IncidentRecord {
    return { incident: this.incidents.get(incidentId)!, notifications: this.notifications.filter((n) => n.incidentId === incidentId) };
  }

  /** The incident, its notices and its history as they stand now. */
  snapshot(incidentId: string): RecordSnapshot {
    return { ...this.record(incidentId), events: this.events.filter((e) => e.incidentId === incidentId) };
  }

  /** Seals the drafts on this installation's chain and applies them, as the repository does. */
  async apply(incidentId: string, drafts: EventDraft | EventDraft[], meta: ChangeMeta): Promise<Incident> {
    let record: IncidentRecord | null = this.incidents.has(incidentId) ? this.record(incidentId) : null;
    for (const draft of Array.isArray(drafts) ? drafts : [drafts]) {
      const head = record?.incident.heads[this.installationId] ?? null;
      const where = { eventId: this.id('event'), historyId: incidentId, installationId: this.installationId, meta, head };
      const event = await sealEvent(draft, where, this.digest, await this.signer());
      record = applyIncidentEvent(record, event);
      this.events.push(event);
    }
    this.incidents.set(incidentId, record!.incident);
    this.notifications = [...this.notifications.filter((n) => n.incidentId !== incidentId), ...record!.notifications];
    return record!.incident;
  }

  async create(title: string, awareAt: string, role: Incident['role'] = 'controller'): Promise<Incident> {
    const ref = nextIncidentRef(new Date(awareAt).getUTCFullYear(), [...this.incidents.values()].map((i) => i.ref));
    this.at(awareAt);
    return this.apply(this.id('incident'), actions.createIncidentChange({ title, awareAt, role }, ref), this.meta());
  }

  /** Any change function of shared/incident: it gets the incident as it stands and the moment. */
  async change(incidentId: string, step: (incident: Incident, meta: ChangeMeta) => EventDraft | null): Promise<Incident> {
    const meta = this.meta();
    const draft = step(this.incidents.get(incidentId)!, meta);
    if (!draft) throw new Error('nothing changed');
    return this.apply(incidentId, draft, meta);
  }

  /** A notice recorded through the one notice flow (shared/incident/notices), once it was sent. */
  async notify(
    incidentId: string,
    fields: Partial<NoticeInput> & Pick<NoticeInput, 'recipient' | 'sentAt'>,
    delayReason: Bilingual | string | null = null,
  ): Promise<Notification> {
    this.at(fields.sentAt);
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
    const reason = typeof delayReason === 'string' ? inBokmal(delayReason) : delayReason;
    const drafts = recordNoticeChange(input, { ...this.record(incidentId), now: meta.at, notificationId, delayReason: reason });
    await this.apply(incidentId, drafts, meta);
    return this.notifications.find((n) => n.id === notificationId)!;
  }

  /** EDPB template 125–126: a file kept with the incident by its SHA-256. */
  async attach(incidentId: string, file: { name: string; mediaType: string; bytes: Uint8Array<ArrayBuffer>; note: string }): Promise<Incident> {
    const sha256 = toHex(await this.digest(file.bytes));
    const { bytes, ...rest } = file;
    return this.change(incidentId, (incident) => actions.attachmentAddedChange(incident, { ...rest, id: this.id('attachment'), size: bytes.byteLength, sha256 }));
  }

  /** People added for the letters; the history keeps their ids only. */
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
    const where = { eventId: this.id('event'), historyId: SETTINGS_HISTORY_ID, installationId: this.installationId, meta, head };
    const event = await sealEvent(change, where, this.digest, await this.signer());
    this.events.push(event);
    this.settings = applySettingsEvent(this.settings, event);
    return this.settings;
  }
}
