import { z } from 'zod';

// The smallest parts of the record's schemas, shared by every table.

/** Instants are UTC ISO strings; time zones exist only at display. */
export const isoInstant = z.iso.datetime({ offset: false });
export const recordId = z.string().min(1).max(64);
export const actorName = z.string().max(200);
