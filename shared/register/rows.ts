import type { Answer, DataCategory } from '../assessment';
import { incidentDuty, type Duty, type DutyKind } from '../duty';
import type { Incident, IncidentStatus, RegisterRisk, Role } from '../incident/model';
import type { Notification } from '../incident/notifications';
import type { Bilingual } from '../incident/text';

// Art. 33(5): "The controller shall document any personal data breaches, comprising the facts
// relating to the personal data breach, its effects and the remedial action taken." The register is
// that documentation at a glance: every incident, notified or not, with the reasons.

export interface NoticeSummary {
  /** What the organisation decided; null while undecided. */
  decided: boolean | null;
  /** The first notice (the initial one, or the first sent when there is none). */
  firstSentAt: string | null;
  lastSentAt: string | null;
  /** Phased (Art. 33(4)) and not yet completed. */
  awaitingFollowUp: boolean;
  count: number;
  references: string[];
  /** After the deadline that applied; null while not sent or where no deadline applies. */
  late: boolean | null;
}

export interface RegisterRow {
  incidentId: string;
  ref: string;
  title: string;
  status: IncidentStatus;
  role: Role;
  occurredFrom: string | null;
  occurredTo: string | null;
  discoveredAt: string | null;
  awareAt: string;
  closedAt: string | null;
  /** The breach types: confidentiality, integrity, availability. */
  breach: { confidentiality: Answer; integrity: Answer; availability: Answer };
  categories: DataCategory[];
  subjectCount: number | null;
  risk: RegisterRisk;
  /** Art. 33(1): Datatilsynet. */
  authority: NoticeSummary;
  /** Art. 33(2): a processor's notice to its controller. */
  controller: NoticeSummary;
  /** Art. 34: the people affected. */
  subjects: NoticeSummary & { peopleTold: number | null; exception: string | null };
  /** Art. 34(3)(c): a public communication instead of letters. */
  publicNotice: NoticeSummary;
  /** Art. 33(5) "the facts relating to the personal data breach": what happened, in words. */
  description: Bilingual;
  /** Art. 33(5) "its effects": the likely consequences for the people, in words. */
  consequences: Bilingual;
  /** Art. 33(5) "the remedial action taken": the measures done, in the order recorded. */
  remedialActions: Bilingual[];
  /** Art. 33(5): the reasoning behind a decision not to notify (authority or people). */
  reasonNotNotified: Bilingual | null;
  /** Art. 33(1): reasons for a late notification. */
  delayReason: Bilingual | null;
  /** Whether the incident's timeline verifies; null when not checked. */
  historyVerified: boolean | null;
}

export interface RegisterOptions {
  /** Hours a processor allows itself to tell its controller (settings). */
  processorDeadlineHours?: number;
  /** incidentId → whether its timeline verified (renderer/src/db). */
  verified?: ReadonlyMap<string, boolean>;
}

function summarise(duty: Duty, decided: boolean | null): NoticeSummary {
  const times = duty.notices.map((n) => n.sentAt).sort();
  return {
    decided,
    firstSentAt: duty.doneAt?.toISOString() ?? null,
    lastSentAt: times.at(-1) ?? null,
    awaitingFollowUp: duty.phase === 'awaiting-follow-up',
    count: duty.notices.length,
    references: [...new Set(duty.notices.map((n) => n.reference).filter((r): r is string => r !== null))],
    late: duty.late,
  };
}

export function registerRow(incident: Incident, notifications: readonly Notification[], options: RegisterOptions = {}): RegisterRow {
  const { decision } = incident;
  const duty = (kind: DutyKind) => incidentDuty(incident, notifications, kind, { processorDeadlineHours: options.processorDeadlineHours });
  const subjects = duty('subjects');
  const notNotifying = decision !== null && (!decision.notifyAuthority || !decision.notifySubjects);
  const peopleTold = subjects.notices.some((n) => n.subjectCount !== null) ? subjects.notices.reduce((sum, n) => sum + (n.subjectCount ?? 0), 0) : null;
  return {
    incidentId: incident.id,
    ref: incident.ref,
    title: incident.title,
    status: incident.status,
    role: incident.role,
    occurredFrom: incident.occurredFrom,
    occurredTo: incident.occurredTo,
    discoveredAt: incident.discoveredAt,
    awareAt: incident.awareAt,
    closedAt: incident.closedAt,
    breach: { confidentiality: incident.facts.confidentiality, integrity: incident.facts.integrity, availability: incident.facts.availability },
    categories: [...incident.facts.dataCategories],
    subjectCount: incident.facts.subjectCount,
    risk: incident.risk,
    authority: summarise(duty('authority'), decision?.notifyAuthority ?? null),
    controller: summarise(duty('controller'), decision?.notifyController ?? null),
    // Art. 34(1): "without undue delay", no fixed hours: no deadline, so never "late" here.
    subjects: { ...summarise(subjects, decision?.notifySubjects ?? null), peopleTold, exception: decision?.subjectException ?? null },
    publicNotice: summarise(duty('public'), decision ? !decision.notifySubjects && decision.subjectException === 'disproportionate-effort' : null),
    description: incident.description,
    consequences: incident.consequences,
    remedialActions: incident.measures.filter((m) => m.doneAt !== null && m.kind !== 'prevention').map((m) => m.text),
    reasonNotNotified: notNotifying ? decision.rationale : null,
    delayReason: incident.delayReason,
    historyVerified: options.verified?.get(incident.id) ?? null,
  };
}

/** Every incident, newest awareness first. */
export function registerRows(incidents: readonly Incident[], notifications: readonly Notification[], options: RegisterOptions = {}): RegisterRow[] {
  const byIncident = new Map<string, Notification[]>();
  for (const n of notifications) {
    const list = byIncident.get(n.incidentId);
    if (list) list.push(n);
    else byIncident.set(n.incidentId, [n]);
  }
  return incidents
    .map((incident) => registerRow(incident, byIncident.get(incident.id) ?? [], options))
    .sort((a, b) => b.awareAt.localeCompare(a.awareAt) || a.ref.localeCompare(b.ref));
}
