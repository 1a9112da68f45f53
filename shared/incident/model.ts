import { z } from 'zod';

// One definition of an incident, validated at every boundary (database, backup, IPC).
// Instants are UTC ISO strings; time zones exist only at display.

export const incidentStatuses = ['draft', 'investigating', 'contained', 'closed'] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

export const roles = ['controller', 'processor'] as const;
export type Role = (typeof roles)[number];

const isoInstant = z.iso.datetime({ offset: false });

export const incidentSchema = z.object({
  id: z.string().min(1).max(64),
  /** Readable reference, e.g. AVV-2026-007. */
  ref: z.string().regex(/^AVV-\d{4}-\d{3,}$/),
  title: z.string().min(1).max(200),
  status: z.enum(incidentStatuses),
  role: z.enum(roles),
  /** When the breach began and ended; null while not known. */
  occurredFrom: isoInstant.nullable(),
  occurredTo: isoInstant.nullable(),
  /** When the incident was first noticed. */
  discoveredAt: isoInstant.nullable(),
  /** Art. 33(1): the 72-hour clock starts when the controller became aware. */
  awareAt: isoInstant,
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

export type Incident = z.infer<typeof incidentSchema>;

export const TITLE_MAX_LENGTH = 200;

/** "AVV-2026-007": the year of awareness and a running number within that year. */
export function formatIncidentRef(year: number, sequence: number): string {
  return `AVV-${year}-${String(sequence).padStart(3, '0')}`;
}

/** The next reference for a year, given the references already used (any year). */
export function nextIncidentRef(year: number, existingRefs: readonly string[]): string {
  const prefix = `AVV-${year}-`;
  const highest = existingRefs
    .filter((ref) => ref.startsWith(prefix))
    .map((ref) => Number(ref.slice(prefix.length)))
    .filter((n) => Number.isInteger(n))
    .reduce((max, n) => Math.max(max, n), 0);
  return formatIncidentRef(year, highest + 1);
}
