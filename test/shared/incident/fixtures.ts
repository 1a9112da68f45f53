import type { Digest } from '../../../shared/chain';
import { unknownFacts, type BreachFacts } from '../../../shared/assessment';
import { RecordBuilder } from '../../../shared/documents/sample/recorder';
import * as changes from '../../../shared/incident/changes';
import type { ChangeMeta } from '../../../shared/incident/changes';
import { SETTINGS_HISTORY_ID, type EventDraft, type TimelineEvent } from '../../../shared/incident/events';
import type { Incident } from '../../../shared/incident/model';
import type { Notification } from '../../../shared/incident/notifications';
import { applyIncidentEvent } from '../../../shared/incident/project';
import { defaultSettings } from '../../../shared/incident/settings';
import type { Tables } from '../../../shared/incident/backup/format';
import { changeProfile, changeSettings } from '../../../shared/incident/settings-changes';
import type { Sign } from '../../../shared/chain';
import type { InstallationRecord } from '../../../shared/incident/installations';
import { webSign, webVerify, type InstallationKey } from '../../../renderer/src/db/keys';
import { newInstallationKey } from '../../../renderer/src/db/keyPair';

// A small in-memory record built through the same pure steps the repository uses, so tests of
// chains, backups and the register start from realistic data.

/** Node's WebCrypto, as the renderer's. */
export const digest: Digest = (data) => crypto.subtle.digest('SHA-256', data);
/** Ed25519 checks by the renderer's own code (WebCrypto is the same in node). */
export const verify = webVerify;

/** The shared builder (shared/documents/sample/recorder.ts) on an installation of the tests. */
export class Recorder extends RecordBuilder {
  constructor(installationId = 'installation-a', start = '2026-03-02T08:00:00.000Z', actor = 'Kari Nordmann') {
    super(digest, installationId, start, actor);
    this.settings = defaultSettings(installationId, '2026-03-01T00:00:00.000Z');
  }

  /** This installation's key, made on first use: every event it seals is signed, as in the app. */
  private key: Promise<{ key: InstallationKey; record: InstallationRecord }> | null = null;

  signing(): Promise<{ key: InstallationKey; record: InstallationRecord }> {
    this.key ??= newInstallationKey(this.installationId, new Date('2026-03-01T00:00:00.000Z'), digest);
    return this.key;
  }

  async sign(): Promise<Sign> {
    return webSign((await this.signing()).key.privateKey);
  }

  protected override signer(): Promise<Sign | undefined> {
    return this.sign();
  }

  /** Everything recorded, as a backup holds it (with this installation's key record). */
  async signedTables(): Promise<Tables> {
    return { ...this.tables(), installations: [(await this.signing()).record] };
  }

  tables(): Tables {
    const heads = [...this.incidents.values()].map((incident) => ({ id: incident.id, heads: incident.heads }));
    if (Object.keys(this.settings.heads).length > 0) heads.push({ id: SETTINGS_HISTORY_ID, heads: this.settings.heads });
    return { events: [...this.events], heads, installations: [], subjects: [...this.subjects], attachmentFiles: [] };
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
export async function sampleRecord(installationId = 'installation-a', r: Recorder = new Recorder(installationId)): Promise<Recorder> {
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

let noticeCount = 0;

/** A notice as the record holds one once sent: the initial notice by Altinn unless `patch` says otherwise. */
export function sentNotice(incident: Incident, recipient: Notification['recipient'], sentAt: string, patch: Partial<Notification> = {}): Notification {
  return {
    id: `n-${++noticeCount}`,
    incidentId: incident.id,
    recipient,
    recipientName: null,
    phase: 'initial',
    phased: false,
    sentAt,
    channel: 'altinn',
    reference: 'AR123456',
    subjectCount: null,
    documentName: null,
    pdfSha256: null,
    note: null,
    recordedAt: sentAt,
    actor: 'Kari Nordmann',
    correction: null,
    ...patch,
  };
}
