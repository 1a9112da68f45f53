import { subMonths } from 'date-fns';
import { deadlineDuty, dutyState, type DutyOptions, type DutyState } from '../duty';
import { registerRisks, type Incident, type RegisterRisk } from '../incident/model';
import type { Notification } from '../incident/notifications';

// Management's portfolio: where all incidents stand, in a few figures. Every "late", "due soon"
// and "done" is the duty model's (shared/duty), never worked out again here.

/** The figures look back this far: a year, as a management report would. */
export const LOOK_BACK_MONTHS = 12;
/**
 * An incident whose awareness is older than the year can still have its deadline inside it; the
 * longest deadline a processor's contract can set is well under this.
 */
const DEADLINE_REACH_DAYS = 60;

export interface AttentionItem {
  incident: Incident;
  state: Extract<DutyState, 'overdue' | 'due-soon'>;
  due: Date;
}

export interface PortfolioFigures {
  /** The start of the year looked back on. */
  since: Date;
  /** Incidents not closed. */
  open: number;
  /** Open incidents whose duty with a deadline (Datatilsynet, or the controller) is overdue. */
  overdue: number;
  /** Open incidents whose deadline is less than 24 hours away and not yet met. */
  dueSoon: number;
  /** The overdue and the due soon, the most pressing first. */
  attention: AttentionItem[];
  /**
   * Notices with a deadline in the year: due in it or sent in it. `onTime` met the deadline;
   * `late` were sent after it or are still not sent with the deadline passed.
   */
  notified: { onTime: number; late: number; total: number; share: number | null };
  /** How many incidents carry each assessed risk: those open, and those aware in the year. */
  risk: { open: Record<RegisterRisk, number>; year: Record<RegisterRisk, number> };
}

/** The earliest awareness an incident may have and still count in the figures (besides the open ones). */
export function portfolioAwareSince(now: Date): Date {
  return new Date(subMonths(now, LOOK_BACK_MONTHS).getTime() - DEADLINE_REACH_DAYS * 86_400_000);
}

const noRisk = (): Record<RegisterRisk, number> => Object.fromEntries(registerRisks.map((risk) => [risk, 0])) as Record<RegisterRisk, number>;

/** The portfolio's figures at `now`, from the incidents and the notices recorded for them. */
export function portfolioFigures(
  incidents: readonly Incident[],
  notifications: readonly Notification[],
  now: Date,
  options: DutyOptions = {},
): PortfolioFigures {
  const since = subMonths(now, LOOK_BACK_MONTHS);
  const inYear = (at: Date | null) => at !== null && at.getTime() >= since.getTime() && at.getTime() <= now.getTime();
  const byIncident = new Map<string, Notification[]>();
  for (const notice of notifications) byIncident.set(notice.incidentId, [...(byIncident.get(notice.incidentId) ?? []), notice]);

  const figures: PortfolioFigures = {
    since,
    open: 0,
    overdue: 0,
    dueSoon: 0,
    attention: [],
    notified: { onTime: 0, late: 0, total: 0, share: null },
    risk: { open: noRisk(), year: noRisk() },
  };
  for (const incident of incidents) {
    const duty = deadlineDuty(incident, byIncident.get(incident.id) ?? [], options);
    const state = dutyState(duty, now);
    const open = incident.status !== 'closed';
    if (open) {
      figures.open++;
      figures.risk.open[incident.risk]++;
      if (state === 'overdue' || state === 'due-soon') {
        figures[state === 'overdue' ? 'overdue' : 'dueSoon']++;
        figures.attention.push({ incident, state, due: duty.due });
      }
    }
    if (inYear(new Date(incident.awareAt))) figures.risk.year[incident.risk]++;
    // Art. 33(1): on time is "not later than 72 hours"; the duty model says which side of it each is.
    if (inYear(duty.due) || inYear(duty.doneAt)) {
      if (state === 'done') figures.notified.onTime++;
      else if (state === 'done-late' || state === 'overdue') figures.notified.late++;
    }
  }
  const { onTime, late } = figures.notified;
  figures.notified.total = onTime + late;
  figures.notified.share = onTime + late === 0 ? null : onTime / (onTime + late);
  figures.attention.sort((a, b) => a.due.getTime() - b.due.getTime());
  return figures;
}
