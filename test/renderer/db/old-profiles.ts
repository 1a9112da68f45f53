import { assessBreach } from '../../../shared/assessment';
import { linkEvent, signHash, toBase64, type Sign } from '../../../shared/chain';
import { installationDigest, type InstallationRecord } from '../../../shared/incident/installations';
import { webSign } from '../../../renderer/src/db/keys';
import { PROTECTION_ID, type ProtectionRecord } from '../../../renderer/src/db/encryption/inspect';
import { Recorder, digest, mailFacts, sampleRecord } from '../../shared/incident/fixtures';

// Profiles as older versions of Avvik left them, for the tests of their upgrades.

// A database as the first slice (version 1) wrote it: incidents and their plain, unchained events.
export const v1Incidents = [
  { id: 'i1', ref: 'AVV-2026-001', title: 'Kundeliste sendt til feil mottaker', status: 'investigating', role: 'controller', occurredFrom: null, occurredTo: null, discoveredAt: null, awareAt: '2026-03-02T07:30:00.000Z', createdAt: '2026-03-02T08:00:00.000Z', updatedAt: '2026-03-02T08:00:00.000Z' },
  { id: 'i2', ref: 'AVV-2026-002', title: 'Tapt PC', status: 'contained', role: 'processor', occurredFrom: '2026-03-01T20:00:00.000Z', occurredTo: null, discoveredAt: '2026-03-02T06:00:00.000Z', awareAt: '2026-03-01T09:00:00.000Z', createdAt: '2026-03-01T09:10:00.000Z', updatedAt: '2026-03-01T09:10:00.000Z' },
];
export const v1Events = v1Incidents.map((i, n) => ({ id: `e${n + 1}`, incidentId: i.id, at: i.createdAt, actor: 'Kari', kind: 'incident-created', payload: { title: i.title, awareAt: i.awareAt, role: i.role } }));

// A database exactly as version 2 wrote it: the incident row beside its events, texts as plain
// strings, the notices and the settings (with one user name and the UI language) as rows of their own.

export const INSTALLATION = 'inst-v2';
export const AWARE = '2026-03-02T07:30:00.000Z';
export const assessment = assessBreach(mailFacts);

export const v2Incident = {
  id: 'i1',
  ref: 'AVV-2026-001',
  title: 'Kundeliste sendt til feil mottaker',
  status: 'contained',
  role: 'controller',
  occurredFrom: '2026-03-01T20:00:00.000Z',
  occurredTo: null,
  discoveredAt: '2026-03-02T06:00:00.000Z',
  awareAt: AWARE,
  description: 'Excel-fil med fødselsnummer sendt til ekstern adresse.',
  consequences: 'ID-tyveri er mulig.',
  systems: ['Outlook'],
  dataLocation: 'Hos mottakeren, slettet.',
  facts: mailFacts,
  assessment: { at: '2026-03-02T09:00:00.000Z', actor: 'Kari', facts: mailFacts, result: assessment },
  decision: {
    at: '2026-03-02T10:00:00.000Z',
    actor: 'Kari',
    notifyAuthority: true,
    notifySubjects: true,
    notifyController: false,
    subjectException: null,
    rationale: 'Fødselsnummer på avveie.',
    dpoConsulted: true,
  },
  delayReason: null,
  measures: [{ id: 'm1', kind: 'containment', text: 'Mottaker bekreftet sletting.', doneAt: '2026-03-02T12:00:00.000Z', recordedAt: '2026-03-02T12:05:00.000Z', actor: 'Kari' }],
  closingSummary: null,
  closedAt: null,
  createdAt: '2026-03-02T08:00:00.000Z',
  updatedAt: '2026-03-03T09:00:00.000Z',
  heads: {} as Record<string, { seq: number; hash: string }>,
  risk: assessment.risk,
  openAwareAt: AWARE,
};

export const v2Notice = {
  id: 'n1',
  incidentId: 'i1',
  recipient: 'authority',
  recipientName: 'Datatilsynet',
  phase: 'initial',
  phased: true,
  sentAt: '2026-03-03T09:00:00.000Z',
  channel: 'altinn',
  reference: 'AR4711',
  subjectCount: null,
  documentName: 'melding.pdf',
  pdfSha256: 'a'.repeat(64),
  note: null,
  recordedAt: '2026-03-03T09:00:00.000Z',
  actor: 'Kari',
};

export const v2Settings = {
  id: 'settings',
  installationId: INSTALLATION,
  organisationName: 'Fjordkraft Eksempel AS',
  orgNr: '974760673',
  address: 'Strandgata 1\n9008 Tromsø',
  contact: { name: 'Sentralbord', email: 'post@example.no', phone: '+47 77 00 00 00' },
  dpo: { name: 'Ingrid Bårdsen', email: 'pvo@example.no', phone: '' },
  userName: 'Kari Nordmann',
  timeZone: 'Europe/Oslo',
  language: 'en',
  processorDeadlineHours: 24,
  updatedAt: '2026-03-01T00:00:00.000Z',
};

export const v2Subject = { id: 's1', incidentId: 'i1', name: 'Máret Čuovga', address: 'Fálesnuorri 3\n9730 Kárášjohka', email: null, language: 'both', createdAt: AWARE, updatedAt: AWARE };

/** The version-2 events of the incident, chained as version 2 chained them. */
export async function v2Events() {
  const drafts = [
    { kind: 'incident-created', at: '2026-03-02T08:00:00.000Z', payload: { ref: 'AVV-2026-001', title: v2Incident.title, role: 'controller', awareAt: AWARE } },
    { kind: 'details-changed', at: '2026-03-02T08:30:00.000Z', payload: { changes: { description: { from: '', to: v2Incident.description } } } },
    { kind: 'assessed', at: '2026-03-02T09:00:00.000Z', payload: { risk: assessment.risk, notifyAuthority: true, notifySubjects: true, notifyController: false, subjectException: null, severityScore: assessment.severity.score, reasonCodes: [], unknownFacts: [] } },
    { kind: 'authority-notified', at: '2026-03-03T09:00:00.000Z', payload: { notificationId: 'n1', phase: 'initial', phased: true, sentAt: v2Notice.sentAt, reference: 'AR4711', pdfSha256: 'a'.repeat(64) } },
  ];
  const events = [];
  let head: { seq: number; hash: string } | null = null;
  for (const [n, draft] of drafts.entries()) {
    const event: { seq: number; hash: string } = await linkEvent({ id: `e${n + 1}`, incidentId: 'i1', installationId: INSTALLATION, actor: 'Kari', ...draft } as never, head, digest);
    head = { seq: event.seq, hash: event.hash };
    events.push(event);
  }
  return { events, head: head! };
}

/**
 * Every row of the version-2 profile by table, as plain values: the unit tests write them with a
 * Dexie of the old schema, the end-to-end test with raw IndexedDB in Chromium.
 */
export async function version2Rows(): Promise<Record<string, unknown[]>> {
  const { events, head } = await v2Events();
  return {
    incidents: [{ ...v2Incident, heads: { [INSTALLATION]: head } }],
    events,
    notifications: [v2Notice],
    settings: [v2Settings],
    subjects: [v2Subject],
  };
}

/**
 * The recorder's events signed with a key that can leave node: a browser imports it as the
 * installation's own (the app's key is made unextractable, so it could not be handed over).
 */
class HandedOverKeyRecorder extends Recorder {
  readonly pair = crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;

  protected override async signer(): Promise<Sign> {
    return webSign((await this.pair).privateKey);
  }

  /** The installation's self-signed record, and its private key as PKCS #8 bytes. */
  async installation(): Promise<{ record: InstallationRecord; pkcs8: number[] }> {
    const { privateKey, publicKey } = await this.pair;
    const unsigned = { id: this.installationId, algorithm: 'Ed25519' as const, publicKey: toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', publicKey))), createdAt: '2026-03-01T00:00:00.000Z' };
    const sig = await signHash(await installationDigest(unsigned, digest), webSign(privateKey));
    return { record: { ...unsigned, sig }, pkcs8: [...new Uint8Array(await crypto.subtle.exportKey('pkcs8', privateKey))] };
  }
}

/**
 * A profile as version 6 left it: the signed sample record (three incidents, two of them open),
 * the installation's key, and the choice not to encrypt. Version 7 adds the incidents' summaries,
 * which the dashboard reads.
 */
export async function version6Profile() {
  const record = (await sampleRecord('inst-v6', new HandedOverKeyRecorder('inst-v6'))) as HandedOverKeyRecorder;
  const { record: installation, pkcs8 } = await record.installation();
  const protection: ProtectionRecord = { id: PROTECTION_ID, mode: 'none', decidedAt: '2026-03-01T00:00:00.000Z', vaultId: null, check: null };
  return {
    record,
    rows: {
      incidents: [...record.incidents.values()],
      events: record.events,
      notifications: record.notifications,
      subjects: record.subjects,
      settings: [record.settings],
      installations: [installation],
      vault: [protection],
    } as Record<string, unknown[]>,
    installationKey: { installationId: installation.id, publicKey: installation.publicKey, pkcs8 },
  };
}
