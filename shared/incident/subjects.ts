import { z } from 'zod';
import { isoInstant, recordId } from './model';

// The people affected by a breach, imported for the Art. 34 letters. Personal data: it stays in
// this table, is never put in an event payload (events refer to people by id) and can be erased.

// 'both': one letter in bokmål and English.
export const subjectLanguages = ['nb', 'en', 'both'] as const;

/**
 * How long a person's details may be, in characters (UTF-16 code units, as zod and JavaScript
 * count them). The one definition: the store refuses longer values, and the CSV preview refuses
 * the row before the user is told it can be imported. An e-mail address: 320 (RFC 3696, 64 + @ +
 * 255). The address holds every line a letter prints, postal code and place included.
 */
export const SUBJECT_LIMITS = { name: 300, address: 1000, email: 320 } as const;

export const subjectSchema = z.strictObject({
  id: recordId,
  incidentId: recordId,
  name: z.string().min(1).max(SUBJECT_LIMITS.name),
  address: z.string().max(SUBJECT_LIMITS.address).nullable(),
  email: z.string().max(SUBJECT_LIMITS.email).nullable(),
  language: z.enum(subjectLanguages),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

export type Subject = z.infer<typeof subjectSchema>;

/** What is known about a person: the details the import and the correcting form hand to the store. */
export type PersonDetails = Pick<Subject, 'name' | 'address' | 'email' | 'language'>;

/** The details a correction may change, and the event names (never their values). */
export const personDetailFields = ['name', 'address', 'email', 'language'] as const;
export type PersonDetailField = (typeof personDetailFields)[number];

/**
 * Why a person's data is erased, as the history records it: a choice, never free text, so the
 * history holds no personal data about them (a reason typed in could name them).
 */
export const erasureReasons = ['person-asked', 'not-affected', 'duplicate', 'no-longer-needed'] as const;
export type ErasureReason = (typeof erasureReasons)[number];
