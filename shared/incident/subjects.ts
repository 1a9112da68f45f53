import { z } from 'zod';
import { isoInstant, recordId } from './model';

// The people affected by a breach, imported for the Art. 34 letters. Personal data: it stays in
// this table, is never put in an event payload (events refer to people by id) and can be erased.

// 'both': one letter in bokmål and English.
export const subjectLanguages = ['nb', 'en', 'both'] as const;

export const subjectSchema = z.strictObject({
  id: recordId,
  incidentId: recordId,
  name: z.string().min(1).max(300),
  address: z.string().max(1000).nullable(),
  email: z.string().max(320).nullable(),
  language: z.enum(subjectLanguages),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

export type Subject = z.infer<typeof subjectSchema>;
