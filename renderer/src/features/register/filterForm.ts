import type { IncidentStatus, RegisterRisk } from '../../../../shared/incident/model';
import type { RegisterFilter, RegisterRow } from '../../../../shared/register';
import { instantFromWallTime, wallTimeAt } from '../../../../shared/time/zoned';

// The register's filter as the user sets it (dates as the zone's calendar days), turned into the
// UTC instants the register filters on. Pure, so the screen and its tests agree.

export interface RegisterFilterForm {
  period: 'all' | 'year' | 'range';
  year: string;
  /** "2026-01-31" (an <input type="date"> value), a day in the display zone. */
  from: string;
  to: string;
  status: '' | IncidentStatus;
  risk: '' | RegisterRisk;
  notified: '' | 'yes' | 'no';
  text: string;
}

export const EMPTY_FILTER: RegisterFilterForm = {
  period: 'all',
  year: '',
  from: '',
  to: '',
  status: '',
  risk: '',
  notified: '',
  text: '',
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant a calendar day starts in the zone; `plusDays` moves to a later day. */
export function startOfDay(date: string, timeZone: string, plusDays = 0): string | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays));
  if (Number.isNaN(day.getTime())) return null;
  return instantFromWallTime(
    { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: 0, minute: 0 },
    timeZone,
  ).toISOString();
}

export interface FilterResult {
  filter: RegisterFilter;
  /** The period for a report's heading; absent when the whole register is shown. */
  period?: { from: string | null; to: string | null };
  problem: 'bad-range' | null;
}

export function filterFromForm(form: RegisterFilterForm, timeZone: string): FilterResult {
  const filter: RegisterFilter = {};
  let problem: FilterResult['problem'] = null;
  if (form.period === 'year' && /^\d{4}$/.test(form.year)) {
    filter.from = startOfDay(`${form.year}-01-01`, timeZone)!;
    filter.to = startOfDay(`${Number(form.year) + 1}-01-01`, timeZone)!;
  }
  if (form.period === 'range') {
    const from = form.from ? startOfDay(form.from, timeZone) : null;
    // "To" is inclusive: up to the start of the next day.
    const to = form.to ? startOfDay(form.to, timeZone, 1) : null;
    if (from && to && to <= from) problem = 'bad-range';
    else {
      if (from) filter.from = from;
      if (to) filter.to = to;
    }
  }
  if (form.status) filter.statuses = [form.status];
  if (form.risk) filter.risks = [form.risk];
  if (form.notified) filter.authorityNotified = form.notified === 'yes';
  if (form.text.trim()) filter.text = form.text.trim();
  const hasPeriod = filter.from !== undefined || filter.to !== undefined;
  return {
    filter,
    problem,
    ...(hasPeriod ? { period: { from: filter.from ?? null, to: filter.to ?? null } } : {}),
  };
}

/** The years (in the zone) in which incidents became known, newest first. */
export function yearsIn(rows: readonly RegisterRow[], timeZone: string): number[] {
  const years = new Set<number>();
  for (const row of rows) {
    // Every zone is within 14 hours of UTC, so only an instant on 31 December or 1 January (UTC)
    // can fall in another year there: the zone is asked only then (it is slow to ask).
    const monthDay = row.awareAt.slice(5, 10);
    years.add(
      monthDay === '12-31' || monthDay === '01-01'
        ? wallTimeAt(new Date(row.awareAt), timeZone).year
        : Number(row.awareAt.slice(0, 4)),
    );
  }
  return [...years].sort((a, b) => b - a);
}
