import { toDate } from '../format';
import { TIMELINE } from '../text/timeline';
import type { TimelineDocumentInput, TimelineEventKind } from '../types';

// What the management timeline shows, once, for the screen and the PDF: the moments the incident
// holds (breach, discovery, awareness) and the events of its history, each worded, in time order.

export type MarkKind = 'occurred' | 'occurred-to' | 'discovered' | 'aware' | TimelineEventKind;

export interface TimelineMark {
  /** Epoch milliseconds. */
  at: number;
  label: string;
  kind: MarkKind;
}

export function timelineMarks(input: TimelineDocumentInput): TimelineMark[] {
  const t = TIMELINE[input.lang];
  const { incident } = input;
  const out: TimelineMark[] = [];
  const add = (at: string | null, label: string, kind: MarkKind): void => {
    const date = toDate(at);
    if (date) out.push({ at: date.getTime(), label, kind });
  };
  add(incident.occurredFrom, t.occurredFrom, 'occurred');
  add(incident.occurredTo, t.occurredTo, 'occurred-to');
  add(incident.discoveredAt, t.discovered, 'discovered');
  add(incident.awareAt, t.aware, 'aware');
  // The duty done is on the timeline even when its event is not among those given (a record
  // written before the notice events were kept): at the time the notice was sent.
  const notifiedKind = incident.role === 'controller' ? 'notified-authority' : 'notified-controller';
  if (input.notifiedAt && !input.events.some((e) => e.kind === notifiedKind)) {
    add(input.notifiedAt, incident.role === 'controller' ? t.notifiedAuthority : t.notifiedController, notifiedKind);
  }
  for (const event of input.events) add(event.at, event.label, event.kind);
  // Stable: two marks at the same instant keep the order the record gave them.
  return out.map((mark, i) => ({ mark, i })).sort((a, b) => a.mark.at - b.mark.at || a.i - b.i).map(({ mark }) => mark);
}
