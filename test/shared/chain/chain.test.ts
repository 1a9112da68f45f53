import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eventHash, linkEvent, verifyTimeline, type Chained } from '../../../shared/chain';
import { digest } from '../incident/fixtures';

type Ev = Chained & { kind: string; payload: Record<string, unknown> };

async function chain(length: number, incidentId = 'inc-1', installationId = 'inst-a', start = Date.parse('2026-01-05T09:00:00Z')): Promise<Ev[]> {
  const events: Ev[] = [];
  for (let i = 0; i < length; i++) {
    const draft = { id: `${incidentId}-${installationId}-${i + 1}`, incidentId, installationId, at: new Date(start + i * 60_000).toISOString(), kind: 'note', payload: { n: i } };
    const last = events.at(-1);
    events.push(await linkEvent<Ev>(draft, last ? { seq: last.seq, hash: last.hash } : null, digest));
  }
  return events;
}

const headsOf = (events: Ev[]) => {
  const last = events.at(-1)!;
  return { [last.incidentId]: { [last.installationId]: { seq: last.seq, hash: last.hash } } };
};

describe('the timeline chain shows if history was altered', () => {
  it('links each event to the one before it, numbered from 1', async () => {
    const events = await chain(3);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(events[0]!.prevHash).toBeNull();
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(await eventHash(events[2]!, digest)).toBe(events[2]!.hash);
  });

  it('verifies an untouched history, in any order it is read', async () => {
    const events = await chain(5);
    const verdict = await verifyTimeline([...events].reverse(), digest, { heads: headsOf(events) });
    expect(verdict).toEqual({ ok: true, events: 5, chains: 1 });
  });

  it('finds a changed payload and names the event', async () => {
    const events = await chain(5);
    events[2] = { ...events[2]!, payload: { n: 99 } };
    const verdict = await verifyTimeline(events, digest);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.broken).toMatchObject({ problem: 'altered', seq: 3, eventId: events[2]!.id });
  });

  it('finds a changed event even when its own hash was recomputed: the next link breaks', async () => {
    const events = await chain(5);
    const forged = { ...events[1]!, payload: { n: 42 } };
    events[1] = { ...forged, hash: await eventHash(forged, digest) };
    const verdict = await verifyTimeline(events, digest);
    if (verdict.ok) throw new Error('expected a break');
    expect(verdict.broken).toMatchObject({ problem: 'broken-link', seq: 3 });
  });

  it('finds two events that swapped places', async () => {
    const events = await chain(4);
    const [a, b] = [events[1]!, events[2]!];
    events[1] = { ...b, seq: a.seq };
    events[2] = { ...a, seq: b.seq };
    const verdict = await verifyTimeline(events, digest);
    if (verdict.ok) throw new Error('expected a break');
    expect(verdict.broken.seq).toBe(2);
  });

  it('finds a deleted event in the middle', async () => {
    const events = await chain(5);
    events.splice(2, 1);
    const verdict = await verifyTimeline(events, digest);
    if (verdict.ok) throw new Error('expected a break');
    expect(verdict.broken).toMatchObject({ problem: 'missing', seq: 3 });
  });

  it('finds a deleted first event', async () => {
    const events = await chain(3);
    const verdict = await verifyTimeline(events.slice(1), digest);
    if (verdict.ok) throw new Error('expected a break');
    expect(verdict.broken).toMatchObject({ problem: 'missing', seq: 1 });
  });

  it('finds deleted newest events against the head the incident recorded', async () => {
    const events = await chain(5);
    const verdict = await verifyTimeline(events.slice(0, 3), digest, { heads: headsOf(events) });
    if (verdict.ok) throw new Error('expected a break');
    expect(verdict.broken).toMatchObject({ problem: 'truncated', seq: 4 });
  });

  it('finds a whole chain deleted', async () => {
    const events = await chain(2);
    const verdict = await verifyTimeline([], digest, { heads: headsOf(events) });
    if (verdict.ok) throw new Error('expected a break');
    expect(verdict.broken).toMatchObject({ problem: 'truncated', seq: 1, incidentId: 'inc-1' });
  });

  it('finds an inserted event that claims a place already taken', async () => {
    const events = await chain(3);
    const intruder = await linkEvent<Ev>({ ...events[1]!, id: 'intruder', payload: { n: -1 } }, { seq: 1, hash: events[0]!.hash }, digest);
    const verdict = await verifyTimeline([...events, intruder], digest);
    if (verdict.ok) throw new Error('expected a break');
    expect(verdict.broken).toMatchObject({ problem: 'duplicate', seq: 2 });
  });

  it('finds events appended behind the incident’s back', async () => {
    const events = await chain(3);
    const heads = headsOf(events.slice(0, 2));
    const verdict = await verifyTimeline(events, digest, { heads });
    if (verdict.ok) throw new Error('expected a break');
    expect(verdict.broken).toMatchObject({ problem: 'broken-link', seq: 3, eventId: events[2]!.id });
  });

  it('keeps one chain per incident and installation, and reports the earliest break', async () => {
    const a = await chain(3, 'inc-1', 'inst-a', Date.parse('2026-01-05T09:00:00Z'));
    const b = await chain(3, 'inc-1', 'inst-b', Date.parse('2026-01-01T09:00:00Z'));
    const c = await chain(2, 'inc-2', 'inst-a');
    expect(await verifyTimeline([...a, ...b, ...c], digest)).toMatchObject({ ok: true, chains: 3, events: 8 });
    a[1] = { ...a[1]!, payload: { n: 'x' } };
    b[2] = { ...b[2]!, payload: { n: 'y' } };
    const verdict = await verifyTimeline([...a, ...b, ...c], digest);
    if (verdict.ok) throw new Error('expected a break');
    expect(verdict.allBroken).toHaveLength(2);
    expect(verdict.broken).toMatchObject({ installationId: 'inst-b', seq: 3 });
  });

  it('gives the thread its turn between windows of chains, when asked, and gives the same verdict', async () => {
    // 130 chains: three windows of 64.
    const events = (await Promise.all(Array.from({ length: 130 }, (_, i) => chain(2, `inc-${i}`)))).flat();
    let pauses = 0;
    const pause = () => Promise.resolve(void pauses++);
    expect(await verifyTimeline(events, digest, { pause })).toMatchObject({ ok: true, chains: 130, events: 260 });
    expect(pauses).toBe(3);
  });

  it('detects any single change to any field of any event (property)', async () => {
    const events = await chain(4);
    const fields = ['id', 'incidentId', 'installationId', 'seq', 'at', 'kind', 'payload', 'prevHash', 'hash'] as const;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 3 }), fc.constantFrom(...fields), fc.string({ minLength: 1 }), async (index, field, noise) => {
        const tampered = [...events];
        const original = tampered[index]!;
        const value = field === 'seq' ? original.seq + noise.length : field === 'payload' ? { n: noise } : `${String(original[field])}${noise}`;
        tampered[index] = { ...original, [field]: value } as Ev;
        const verdict = await verifyTimeline(tampered, digest, { heads: headsOf(events) });
        expect(verdict.ok).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
