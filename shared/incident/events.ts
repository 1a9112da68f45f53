import { z } from 'zod';

// The append-only timeline: every change and every action is an event, never updated. Payloads
// refer to affected people by id only, so erasing a person never means rewriting history.

export const eventKinds = ['incident-created'] as const;
export type EventKind = (typeof eventKinds)[number];

export const timelineEventSchema = z.object({
  id: z.string().min(1).max(64),
  incidentId: z.string().min(1).max(64),
  at: z.iso.datetime({ offset: false }),
  actor: z.string().max(200),
  kind: z.enum(eventKinds),
  payload: z.record(z.string(), z.unknown()),
});

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
