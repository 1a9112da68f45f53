import { describe, expect, it } from 'vitest';
import { createIncidentChange } from '../../../shared/incident/actions';
import * as changes from '../../../shared/incident/changes';
import type { Incident, RegisterRisk } from '../../../shared/incident/model';
import type { Notification } from '../../../shared/incident/notifications';
import { portfolioAwareSince, portfolioFigures } from '../../../shared/portfolio';
import { preview, previewFrom } from '../incident/fixtures';

// Management's figures, worked out by hand for a small portfolio at a fixed moment.

const NOW = new Date('2026-11-25T09:00:00.000Z');
let n = 0;

function incident(awareAt: string, risk: RegisterRisk): Incident {
  const id = `incident-${++n}`;
  const created = previewFrom(id, null, createIncidentChange({ title: `Hendelse ${n}`, awareAt, role: 'controller' }, `AVV-2026-${n}`), { at: awareAt, actor: 'Kari' });
  // The register's risk is the assessment's, an index key: set here so each case has the risk it needs.
  return { ...created, risk };
}

function decided(of: Incident, notifyAuthority: boolean): Incident {
  const at = new Date(Date.parse(of.awareAt) + 3_600_000).toISOString();
  const meta = { at, actor: 'Kari' };
  const assessed = preview(of, changes.recordAssessment(of, meta), meta);
  const input = { notifyAuthority, notifySubjects: false, notifyController: false, subjectException: null, rationale: 'Vurdert.', dpoConsulted: true };
  return { ...preview(assessed, changes.recordDecision(assessed, input, meta), meta), risk: of.risk };
}

function closed(of: Incident): Incident {
  return { ...of, status: 'closed' };
}

function sent(of: Incident, sentAt: string): Notification {
  return {
    id: `n-${++n}`,
    incidentId: of.id,
    recipient: 'authority',
    recipientName: null,
    phase: 'initial',
    phased: false,
    sentAt,
    channel: 'altinn',
    reference: 'AR1',
    subjectCount: null,
    documentName: null,
    pdfSha256: null,
    note: null,
    recordedAt: sentAt,
    actor: 'Kari',
    correction: null,
  };
}

const overdue = incident('2026-11-21T09:00:00.000Z', 'high'); // due 24.11 09:00, nothing sent
const open = incident('2026-11-24T12:00:00.000Z', 'unassessed'); // due 27.11 12:00
const dueSoon = incident('2026-11-22T12:00:00.000Z', 'risk'); // due 25.11 12:00: three hours left
const notifiedEarly = incident('2026-11-24T09:00:00.000Z', 'none'); // sent before its deadline
const onTime = closed(incident('2026-06-01T08:00:00.000Z', 'high'));
const late = closed(incident('2026-03-01T08:00:00.000Z', 'none'));
const lastYear = closed(incident('2025-06-01T08:00:00.000Z', 'high'));
const notRequired = closed(decided(incident('2026-05-01T08:00:00.000Z', 'none'), false));
const onTheHour = closed(incident('2026-09-01T10:00:00.000Z', 'risk'));

const incidents = [overdue, open, dueSoon, notifiedEarly, onTime, late, lastYear, notRequired, onTheHour];
const notices = [
  sent(notifiedEarly, '2026-11-24T15:00:00.000Z'),
  sent(onTime, '2026-06-02T08:00:00.000Z'),
  sent(late, '2026-03-05T08:00:00.000Z'),
  sent(lastYear, '2025-06-02T08:00:00.000Z'),
  // Art. 33(1) "not later than 72 hours": the last instant still counts.
  sent(onTheHour, '2026-09-04T10:00:00.000Z'),
];

describe("management's portfolio", () => {
  const figures = portfolioFigures(incidents, notices, NOW);

  it('counts the open incidents, the overdue and those due within 24 hours', () => {
    expect(figures.open).toBe(4);
    expect(figures.overdue).toBe(1);
    expect(figures.dueSoon).toBe(1);
    expect(figures.attention.map((a) => [a.incident.id, a.state, a.due.toISOString()])).toEqual([
      [overdue.id, 'overdue', '2026-11-24T09:00:00.000Z'],
      [dueSoon.id, 'due-soon', '2026-11-25T12:00:00.000Z'],
    ]);
  });

  it('counts notices with a deadline in the last 12 months: on time, or late (sent late, or overdue)', () => {
    // On time: sent early, sent within 72 h, sent on the last instant. Late: sent after four days,
    // and the overdue one. Last year's and the one decided not to notify do not count.
    expect(figures.notified).toEqual({ onTime: 3, late: 2, total: 5, share: 0.6 });
    expect(figures.since.toISOString()).toBe('2025-11-25T09:00:00.000Z');
  });

  it('gives the risk mix of the open incidents and of the year', () => {
    expect(figures.risk.open).toEqual({ unassessed: 1, none: 1, risk: 1, high: 1 });
    expect(figures.risk.year).toEqual({ unassessed: 1, none: 3, risk: 2, high: 2 });
  });

  it('has no share to give when nothing had a deadline in the year', () => {
    const quiet = portfolioFigures([lastYear], notices, NOW);
    expect(quiet.notified).toEqual({ onTime: 0, late: 0, total: 0, share: null });
    expect(quiet.open).toBe(0);
  });

  it('reads far enough back to find a deadline inside the year of an incident aware before it', () => {
    expect(portfolioAwareSince(NOW).getTime()).toBeLessThan(figures.since.getTime() - 30 * 86_400_000);
  });
});
