import type { IncidentStatus, RegisterRisk } from '../incident/model';
import type { RegisterRow } from './rows';

// The register's filters. Dates compare as UTC ISO strings: the caller turns the user's local
// dates into instants at display (shared/time).

export type BreachType = 'confidentiality' | 'integrity' | 'availability';

export interface RegisterFilter {
  /** Aware at or after this instant. */
  from?: string;
  /** Aware before this instant. */
  to?: string;
  statuses?: readonly IncidentStatus[];
  risks?: readonly RegisterRisk[];
  /** Datatilsynet was (true) or was not (false) notified. */
  authorityNotified?: boolean;
  subjectsNotified?: boolean;
  /** At least one of these breach types is 'yes' or still 'unknown' (never read as "no"). */
  breachTypes?: readonly BreachType[];
  /** Words found in the reference or the title, any case. */
  text?: string;
}

export function matchesRegisterFilter(row: RegisterRow, filter: RegisterFilter): boolean {
  if (filter.from !== undefined && row.awareAt < filter.from) return false;
  if (filter.to !== undefined && row.awareAt >= filter.to) return false;
  if (filter.statuses && !filter.statuses.includes(row.status)) return false;
  if (filter.risks && !filter.risks.includes(row.risk)) return false;
  if (filter.authorityNotified !== undefined && (row.authority.count > 0) !== filter.authorityNotified) return false;
  if (filter.subjectsNotified !== undefined && (row.subjects.count > 0) !== filter.subjectsNotified) return false;
  if (filter.breachTypes && !filter.breachTypes.some((type) => row.breach[type] !== 'no')) return false;
  if (filter.text) {
    const haystack = `${row.ref} ${row.title}`.toLocaleLowerCase('nb');
    const words = filter.text.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

export function filterRegister(rows: readonly RegisterRow[], filter: RegisterFilter): RegisterRow[] {
  return rows.filter((row) => matchesRegisterFilter(row, filter));
}
