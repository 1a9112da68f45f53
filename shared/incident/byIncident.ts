// A grouping with no schema behind it: lists (the dashboard's first rows among them) use it without
// the record's schemas.

/** Records by the incident (or history) they belong to, found once: lists of many incidents would otherwise search them all per incident. */
export function byIncident<T extends { incidentId: string }>(records: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const record of records) {
    const list = grouped.get(record.incidentId);
    if (list) list.push(record);
    else grouped.set(record.incidentId, [record]);
  }
  return grouped;
}
