import { describe, expect, it } from 'vitest';
import { assessBreach, breachFactsSchema } from '../../../../shared/assessment';
import type { PublishedCase } from './case';
import { DPA_CASES } from './dpa-decisions';
import { EDPB_CASES } from './edpb-examples';
import { WP250_CASES } from './wp250-examples';

// The engine against published cases it was not written from: every regulator's answer on
// notifying the authority, the people and the controller must come out the same.

const LIBRARY: PublishedCase[] = [...EDPB_CASES, ...WP250_CASES, ...DPA_CASES];

interface Miss {
  id: string;
  duty: 'authority' | 'people' | 'controller';
  expected: boolean;
  got: boolean;
}

function score(cases: PublishedCase[]): { checked: number; misses: Miss[] } {
  const misses: Miss[] = [];
  let checked = 0;
  for (const c of cases) {
    const a = assessBreach(c.facts);
    const got = { authority: a.notifyAuthority, people: a.notifySubjects, controller: a.notifyController };
    for (const duty of ['authority', 'people', 'controller'] as const) {
      const expected = c.expected[duty];
      if (expected === null || expected === undefined) continue;
      checked += 1;
      if (got[duty] !== expected) misses.push({ id: c.id, duty, expected, got: got[duty] });
    }
  }
  return { checked, misses };
}

describe('the library of published cases', () => {
  it('holds at least 60 cases, each with a source, a note and facts our schema accepts', () => {
    expect(LIBRARY.length).toBeGreaterThanOrEqual(60);
    expect(new Set(LIBRARY.map((c) => c.id)).size).toBe(LIBRARY.length);
    for (const c of LIBRARY) {
      expect(c.source.length, c.id).toBeGreaterThan(20);
      expect(c.note.length, c.id).toBeGreaterThan(20);
      expect(breachFactsSchema.safeParse(c.facts).success, c.id).toBe(true);
      expect(c.expected.authority !== null || c.expected.controller !== undefined, c.id).toBe(true);
    }
  });

  it('gets every regulator’s answer right, and so misses no notification', () => {
    const { checked, misses } = score(LIBRARY);
    console.log(`Case library: ${LIBRARY.length} cases, ${checked - misses.length}/${checked} answers right.`);
    expect(misses).toEqual([]);
  });

  it('every case the regulator said to notify is notified', () => {
    const missed = LIBRARY.filter((c) => {
      const a = assessBreach(c.facts);
      return (c.expected.authority && !a.notifyAuthority) || (c.expected.people && !a.notifySubjects);
    }).map((c) => c.id);
    expect(missed).toEqual([]);
  });
});
