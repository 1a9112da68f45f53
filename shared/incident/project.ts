import { assessBreach, unknownFacts, type BreachFacts } from '../assessment';
import { canonicalJson } from '../canonical';
import { detailSchemas, type DetailField } from './details';
import { RecordError } from './errors';
import type { EventOf, TimelineEvent } from './events';
import { SETTINGS_HISTORY_ID } from './events';
import { incidentSchema, newIncident, withIndexKeys, type Incident } from './model';
import { notificationSchema, type Notification, type NotificationRecipient } from './notifications';
import {
  emptyProfile,
  profileSchemas,
  settingsSchema,
  settingsSchemas,
  type ProfileField,
  type Settings,
  type SettingsField,
} from './settings';
import { toBilingual } from './text';

// The record is its history. The incident row and its notices are what the events say, applied in
// order; the settings row is what the settings history says. Pure: the same events give the same
// record on every machine, so a record can be rebuilt, verified against its history, restored from a
// backup or merged from another laptop by replaying. The repository stores what `applyIncidentEvent`
// returns and nothing else.

/** An incident and the notices recorded for it: everything its history decides. */
export interface IncidentRecord {
  incident: Incident;
  /** Notices as sent, corrections applied, retracted ones gone; in the order recorded. */
  notifications: Notification[];
}

function inconsistent(event: TimelineEvent, why: string): never {
  throw new RecordError('history-inconsistent', {}, `${event.kind} ${event.id}: ${why}`);
}

const NOTIFIED_RECIPIENT: Record<string, NotificationRecipient> = {
  'authority-notified': 'authority',
  'controller-notified': 'controller',
  'subjects-notified': 'subjects',
  'public-notified': 'public',
};

function noticeFrom(event: EventOf<'authority-notified' | 'controller-notified' | 'subjects-notified' | 'public-notified'>): Notification {
  const p = event.payload;
  const recipient = NOTIFIED_RECIPIENT[event.kind]!;
  return {
    id: p.notificationId,
    incidentId: event.incidentId,
    recipient,
    recipientName: p.recipientName ?? (recipient === 'authority' ? 'Datatilsynet' : null),
    phase: p.phase,
    phased: p.phased,
    sentAt: p.sentAt,
    channel: p.channel ?? 'other',
    reference: p.reference,
    subjectCount: p.subjectCount ?? null,
    documentName: p.documentName ?? null,
    pdfSha256: p.pdfSha256,
    note: p.note ?? null,
    recordedAt: event.at,
    actor: event.actor,
    correction: null,
  };
}

function withNotice(record: IncidentRecord, event: TimelineEvent, id: string, change: (n: Notification) => Notification | null): Notification[] {
  if (!record.notifications.some((n) => n.id === id)) inconsistent(event, `no notice ${id}`);
  return record.notifications.flatMap((n) => {
    if (n.id !== id) return [n];
    const next = change(n);
    return next ? [next] : [];
  });
}

/** The record after one more event. `record` is null before the incident's first event. */
export function applyIncidentEvent(record: IncidentRecord | null, event: TimelineEvent): IncidentRecord {
  if (event.incidentId === SETTINGS_HISTORY_ID) inconsistent(event, 'a settings event in an incident history');
  if (record === null) {
    if (event.kind === 'incident-created') return finish(created(event), [], event);
    if (event.kind === 'record-migrated') {
      const checkpoint = fromCheckpoint(event);
      return finish({ ...checkpoint.incident, heads: {} }, checkpoint.notifications, event);
    }
    inconsistent(event, 'the history does not start with the incident being created');
  }
  if (event.kind === 'incident-created') inconsistent(event, 'the incident is created twice');
  if (record.incident.id !== event.incidentId) inconsistent(event, 'event of another incident');
  const incident = record.incident;
  let next: Incident = incident;
  let notifications = record.notifications;
  switch (event.kind) {
    case 'details-changed': {
      const patch: Record<string, unknown> = {};
      for (const [field, change] of Object.entries(event.payload.changes) as [DetailField, { to: unknown }][]) {
        patch[field] = detailSchemas[field].parse(change.to);
      }
      next = { ...incident, ...(patch as Partial<Incident>) };
      break;
    }
    case 'facts-changed': {
      const facts: Record<string, unknown> = { ...incident.facts };
      for (const [fact, change] of Object.entries(event.payload.changes) as [keyof BreachFacts, { to: unknown }][]) facts[fact] = change.to;
      next = { ...incident, facts: facts as unknown as BreachFacts, role: (facts as unknown as BreachFacts).role };
      break;
    }
    case 'assessed':
      // Events from before the record kept the full conclusion are read by the engine of today.
      next = {
        ...incident,
        assessment: { at: event.at, actor: event.actor, facts: incident.facts, result: event.payload.result ?? assessBreach(incident.facts) },
      };
      break;
    case 'decision-recorded': {
      const { rationale, ...rest } = event.payload;
      next = { ...incident, decision: { ...rest, rationale: toBilingual(rationale), at: event.at, actor: event.actor } };
      break;
    }
    case 'delay-explained':
      next = { ...incident, delayReason: toBilingual(event.payload.reason) };
      break;
    case 'measure-recorded': {
      const { measureId, kind, text, doneAt } = event.payload;
      next = { ...incident, measures: [...incident.measures, { id: measureId, kind, text: toBilingual(text), doneAt, recordedAt: event.at, actor: event.actor }] };
      break;
    }
    case 'measure-changed': {
      const { measureId, kind, text, doneAt } = event.payload;
      if (!incident.measures.some((m) => m.id === measureId)) inconsistent(event, `no measure ${measureId}`);
      next = {
        ...incident,
        measures: incident.measures.map((m) =>
          m.id !== measureId
            ? m
            : { ...m, ...(kind !== undefined && { kind }), ...(text !== undefined && { text: toBilingual(text) }), ...(doneAt !== undefined && { doneAt }) },
        ),
      };
      break;
    }
    case 'authority-notified':
    case 'controller-notified':
    case 'subjects-notified':
    case 'public-notified':
      if (notifications.some((n) => n.id === event.payload.notificationId)) inconsistent(event, 'notice recorded twice');
      notifications = [...notifications, noticeFrom(event)];
      break;
    case 'notice-corrected': {
      const { notificationId, changes, reason } = event.payload;
      notifications = withNotice(record, event, notificationId, (n) => ({ ...n, ...changes, correction: { at: event.at, actor: event.actor, reason } }));
      break;
    }
    case 'notice-retracted':
      notifications = withNotice(record, event, event.payload.notificationId, () => null);
      break;
    case 'status-changed':
      next = { ...incident, status: event.payload.to };
      break;
    case 'closed':
      next = { ...incident, status: 'closed', closedAt: event.at, closingSummary: toBilingual(event.payload.summary) };
      break;
    case 'reopened':
      next = { ...incident, status: 'investigating', closedAt: null };
      break;
    case 'attachment-added': {
      const { attachmentId, ...file } = event.payload;
      next = { ...incident, attachments: [...incident.attachments, { id: attachmentId, ...file, addedAt: event.at, actor: event.actor }] };
      break;
    }
    case 'attachment-removed':
      if (!incident.attachments.some((a) => a.id === event.payload.attachmentId)) inconsistent(event, 'no such attachment');
      next = { ...incident, attachments: incident.attachments.filter((a) => a.id !== event.payload.attachmentId) };
      break;
    case 'record-migrated': {
      const checkpoint = fromCheckpoint(event);
      next = { ...checkpoint.incident, heads: incident.heads };
      notifications = checkpoint.notifications;
      break;
    }
    case 'subjects-imported':
    case 'subjects-erased':
    case 'subject-corrected':
    case 'document-exported':
      // People's data and exported files live outside the row; the history records that it happened.
      break;
    case 'settings-changed':
    case 'profile-changed':
    case 'installation-trusted':
    case 'installation-distrusted':
      return inconsistent(event, 'a settings event in an incident history');
    default: {
      // Every kind of event has its place in the projection: a new kind fails to compile here.
      const unhandled: never = event;
      void unhandled;
    }
  }
  return finish(next, notifications, event);
}

function created(event: EventOf<'incident-created'>): Incident {
  const { ref, title, role, awareAt, description, ...moments } = event.payload;
  return {
    ...newIncident({ id: event.incidentId, ref, title, role, awareAt, now: event.at, facts: unknownFacts(role) }),
    ...moments,
    ...(description !== undefined && { description: toBilingual(description) }),
  };
}

function fromCheckpoint(event: EventOf<'record-migrated'>): IncidentRecord {
  const { incident, notifications } = event.payload.state as { incident?: unknown; notifications?: unknown };
  const parsedIncident = incidentSchema.safeParse(incident);
  const parsedNotices = notificationSchema.array().safeParse(notifications ?? []);
  if (!parsedIncident.success || !parsedNotices.success) inconsistent(event, 'the checkpoint is not a valid incident');
  if (parsedIncident.data.id !== event.incidentId) inconsistent(event, 'checkpoint of another incident');
  return { incident: parsedIncident.data, notifications: parsedNotices.data };
}

function finish(incident: Incident, notifications: Notification[], event: TimelineEvent): IncidentRecord {
  return {
    incident: withIndexKeys({
      ...incident,
      updatedAt: event.at > incident.updatedAt ? event.at : incident.updatedAt,
      heads: { ...incident.heads, [event.installationId]: { seq: event.seq, hash: event.hash } },
    }),
    notifications,
  };
}

/**
 * The events of one history in the order they are applied: each installation's chain in its own
 * order (seq), the chains interleaved by time, ties broken by installation. The same events give the
 * same order whatever order they are read in; a clock that went back on one laptop never reorders
 * that laptop's own events.
 */
export function orderEvents<E extends Pick<TimelineEvent, 'installationId' | 'seq' | 'at' | 'id'>>(events: readonly E[]): E[] {
  const chains = new Map<string, E[]>();
  for (const event of events) {
    const chain = chains.get(event.installationId);
    if (chain) chain.push(event);
    else chains.set(event.installationId, [event]);
  }
  const queues = [...chains.values()].map((chain) => chain.sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : 1)));
  const ordered: E[] = [];
  const positions = queues.map(() => 0);
  for (;;) {
    let best = -1;
    for (let i = 0; i < queues.length; i++) {
      const candidate = queues[i]![positions[i]!];
      if (!candidate) continue;
      const current = best >= 0 ? queues[best]![positions[best]!]! : null;
      if (!current || candidate.at < current.at || (candidate.at === current.at && candidate.installationId < current.installationId)) best = i;
    }
    if (best < 0) return ordered;
    ordered.push(queues[best]![positions[best]!]!);
    positions[best]!++;
  }
}

/** The incident and its notices as its events say, or null for no events. Validated. */
export function replayIncident(events: readonly TimelineEvent[]): IncidentRecord | null {
  let record: IncidentRecord | null = null;
  for (const event of orderEvents(events)) record = applyIncidentEvent(record, event);
  if (!record) return null;
  return { incident: incidentSchema.parse(record.incident), notifications: record.notifications.map((n) => notificationSchema.parse(n)) };
}

/** The settings after one more event of the settings history. */
export function applySettingsEvent(settings: Settings, event: TimelineEvent): Settings {
  let next: Settings = settings;
  switch (event.kind) {
    case 'settings-changed': {
      const patch: Record<string, unknown> = {};
      for (const [field, change] of Object.entries(event.payload.changes) as [SettingsField, { to: unknown }][]) {
        patch[field] = settingsSchemas[field].parse(change.to);
      }
      next = { ...settings, ...(patch as Partial<Settings>) };
      break;
    }
    case 'profile-changed': {
      const profile = { ...(settings.profiles[event.installationId] ?? emptyProfile()) };
      for (const [field, change] of Object.entries(event.payload.changes) as [ProfileField, { to: unknown }][]) {
        (profile as Record<string, unknown>)[field] = profileSchemas[field].parse(change.to);
      }
      next = { ...settings, profiles: { ...settings.profiles, [event.installationId]: profile } };
      break;
    }
    case 'installation-trusted':
    case 'installation-distrusted': {
      // One decision per subject and deciding installation: a decision from another laptop about
      // the same installation sits beside this one's, and the later of the same laptop replaces its
      // earlier (one chain, so the same on every machine whatever the arrival order).
      const trusted = event.kind === 'installation-trusted';
      const subject = event.payload.installationId;
      const decisions = settings.trust[subject] ?? {};
      // A withdrawal names no key: it withdraws the key this laptop had trusted, if any.
      const earlier = decisions[event.installationId];
      const decision = {
        trusted,
        publicKey: trusted ? event.payload.publicKey : (earlier?.publicKey ?? null),
        fingerprint: trusted ? event.payload.fingerprint : (earlier?.fingerprint ?? ''),
        by: event.installationId,
        at: event.at,
        actor: event.actor,
      };
      next = { ...settings, trust: { ...settings.trust, [subject]: { ...decisions, [event.installationId]: decision } } };
      break;
    }
    case 'record-migrated': {
      const state = settingsSchema.omit({ id: true, installationId: true, heads: true, updatedAt: true, trust: true }).safeParse(event.payload.state);
      if (!state.success) inconsistent(event, 'the checkpoint is not valid settings');
      next = { ...settings, ...state.data, profiles: { ...settings.profiles, ...state.data.profiles } };
      break;
    }
    default:
      inconsistent(event, 'an incident event in the settings history');
  }
  return {
    ...next,
    updatedAt: event.at > settings.updatedAt ? event.at : settings.updatedAt,
    heads: { ...settings.heads, [event.installationId]: { seq: event.seq, hash: event.hash } },
  };
}

/** The settings as their history says, starting from this installation's defaults. */
export function replaySettings(events: readonly TimelineEvent[], start: Settings): Settings {
  let settings: Settings = { ...start, heads: {} };
  for (const event of orderEvents(events)) settings = applySettingsEvent(settings, event);
  return settingsSchema.parse(settings);
}

/** The top-level fields where two records differ (empty when they are the same). */
export function differingFields(stored: object, replayed: object): string[] {
  const keys = new Set([...Object.keys(stored), ...Object.keys(replayed)]);
  return [...keys]
    .filter((key) => canonicalJson((stored as Record<string, unknown>)[key] ?? null) !== canonicalJson((replayed as Record<string, unknown>)[key] ?? null))
    .sort();
}
