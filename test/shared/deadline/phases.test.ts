import { describe, expect, it } from 'vitest';
import {
  authorityDeadline,
  controllerNoticeDeadline,
  phasedNotificationStatus,
} from '../../../shared/deadline';
import type { NotificationRecord } from '../../../shared/deadline';

const HOUR = 3_600_000;
const awareAt = new Date('2026-11-20T08:00:00Z');
const deadline = authorityDeadline(awareAt);
const at = (hours: number): Date => new Date(awareAt.getTime() + hours * HOUR);

describe('a notification to Datatilsynet', () => {
  it('not yet sent has no phase and has not yet met or missed the deadline', () => {
    expect(phasedNotificationStatus([], deadline)).toEqual({
      state: 'not-notified',
      initialSentAt: null,
      initialMetDeadline: null,
      delayReasonRequired: false,
      phased: false,
      followUps: 0,
      completedAt: null,
      lastSentAt: null,
      problems: [],
    });
  });

  it('sent complete within 72 hours is done', () => {
    const status = phasedNotificationStatus([{ phase: 'initial', sentAt: at(20) }], deadline);
    expect(status).toMatchObject({
      state: 'complete',
      initialMetDeadline: true,
      delayReasonRequired: false,
      completedAt: at(20),
    });
  });

  it('sent after 72 hours must give the reasons for the delay', () => {
    const status = phasedNotificationStatus([{ phase: 'initial', sentAt: at(80) }], deadline);
    expect(status).toMatchObject({ initialMetDeadline: false, delayReasonRequired: true });
  });
});

describe('a phased notification', () => {
  const initial: NotificationRecord = { phase: 'initial', sentAt: at(30), phased: true };

  it('marked as phased waits for follow-ups', () => {
    const status = phasedNotificationStatus([initial], deadline);
    expect(status).toMatchObject({
      state: 'awaiting-follow-up',
      phased: true,
      initialMetDeadline: true,
      completedAt: null,
    });
  });

  it('counts its follow-ups and is still open until the final notice', () => {
    const status = phasedNotificationStatus(
      [initial, { phase: 'follow-up', sentAt: at(100) }, { phase: 'follow-up', sentAt: at(150) }],
      deadline,
    );
    expect(status).toMatchObject({ state: 'awaiting-follow-up', followUps: 2, lastSentAt: at(150) });
  });

  it('is complete with the final notice', () => {
    const status = phasedNotificationStatus(
      [initial, { phase: 'follow-up', sentAt: at(100) }, { phase: 'final', sentAt: at(300) }],
      deadline,
    );
    expect(status).toMatchObject({ state: 'complete', followUps: 1, completedAt: at(300), problems: [] });
  });

  it('met the deadline when the initial notice did, however late the final one comes', () => {
    const status = phasedNotificationStatus([initial, { phase: 'final', sentAt: at(500) }], deadline);
    expect(status).toMatchObject({ initialMetDeadline: true, delayReasonRequired: false });
  });

  it('is read in the order it was sent, not the order it was stored', () => {
    const status = phasedNotificationStatus(
      [{ phase: 'final', sentAt: at(300) }, { phase: 'follow-up', sentAt: at(100) }, initial],
      deadline,
    );
    expect(status).toMatchObject({ state: 'complete', initialSentAt: at(30), followUps: 1, problems: [] });
  });

  it('withdrawn after it turned out not to be a breach is withdrawn (EDPB 9/2022 §60)', () => {
    const status = phasedNotificationStatus([initial, { phase: 'withdrawal', sentAt: at(90) }], deadline);
    expect(status.state).toBe('withdrawn');
  });
});

describe('records that do not add up', () => {
  it('a follow-up with no initial notice before it is flagged', () => {
    const status = phasedNotificationStatus([{ phase: 'follow-up', sentAt: at(10) }], deadline);
    expect(status).toMatchObject({ state: 'not-notified', problems: ['no-initial'] });
  });

  it('a second initial notice is counted as a follow-up and flagged', () => {
    const status = phasedNotificationStatus(
      [
        { phase: 'initial', sentAt: at(10), phased: true },
        { phase: 'initial', sentAt: at(40) },
      ],
      deadline,
    );
    expect(status).toMatchObject({ followUps: 1, problems: ['several-initials'] });
  });

  it('a final notice after an initial one that never said it was phased is flagged', () => {
    const status = phasedNotificationStatus(
      [
        { phase: 'initial', sentAt: at(10) },
        { phase: 'final', sentAt: at(40) },
      ],
      deadline,
    );
    expect(status).toMatchObject({
      state: 'complete',
      completedAt: at(10),
      problems: ['initial-not-marked-phased'],
    });
  });

  it('a notice sent after a withdrawal is flagged and does not revive it', () => {
    const status = phasedNotificationStatus(
      [
        { phase: 'initial', sentAt: at(10), phased: true },
        { phase: 'withdrawal', sentAt: at(20) },
        { phase: 'follow-up', sentAt: at(30) },
      ],
      deadline,
    );
    expect(status).toMatchObject({ state: 'withdrawn', followUps: 0, problems: ['sent-after-withdrawal'] });
  });
});

describe('a processor’s notices to its controller', () => {
  it('are judged against the processor’s own limit, not the 72 hours', () => {
    const limit = controllerNoticeDeadline(awareAt, 24);
    const status = phasedNotificationStatus([{ phase: 'initial', sentAt: at(30), phased: true }], limit);
    expect(status).toMatchObject({ state: 'awaiting-follow-up', initialMetDeadline: false });
  });
});
