import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  filterFromForm,
  startOfDay,
  yearsIn,
} from '../../../renderer/src/features/register/filterForm';
import type { RegisterRow } from '../../../shared/register';

const OSLO = 'Europe/Oslo';

describe('the register filter, from calendar days to instants', () => {
  it('starts a day at midnight in Oslo, in winter and in summer time', () => {
    expect(startOfDay('2026-01-15', OSLO)).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDay('2026-07-15', OSLO)).toBe('2026-07-14T22:00:00.000Z');
    expect(startOfDay('2026-03-29', OSLO, 1)).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfDay('29.03.2026', OSLO)).toBeNull();
  });

  it('makes a year run from New Year to New Year in the display zone', () => {
    const { filter, period } = filterFromForm({ ...EMPTY_FILTER, period: 'year', year: '2026' }, OSLO);
    expect(filter).toEqual({ from: '2025-12-31T23:00:00.000Z', to: '2026-12-31T23:00:00.000Z' });
    expect(period).toEqual({ from: filter.from, to: filter.to });
  });

  it('includes the last day of a range, and refuses a range that ends before it starts', () => {
    expect(
      filterFromForm({ ...EMPTY_FILTER, period: 'range', from: '2026-11-20', to: '2026-11-24' }, OSLO).filter,
    ).toEqual({
      from: '2026-11-19T23:00:00.000Z',
      to: '2026-11-24T23:00:00.000Z',
    });
    const wrong = filterFromForm(
      { ...EMPTY_FILTER, period: 'range', from: '2026-11-20', to: '2026-11-01' },
      OSLO,
    );
    expect(wrong.problem).toBe('bad-range');
    expect(wrong.filter).toEqual({});
  });

  it('passes status, risk, notified and words through, and nothing when the filter is empty', () => {
    expect(filterFromForm(EMPTY_FILTER, OSLO)).toEqual({ filter: {}, problem: null });
    expect(
      filterFromForm(
        { ...EMPTY_FILTER, status: 'closed', risk: 'high', notified: 'no', text: '  pc  ' },
        OSLO,
      ).filter,
    ).toEqual({
      statuses: ['closed'],
      risks: ['high'],
      authorityNotified: false,
      text: 'pc',
    });
  });

  it("counts a New Year's Eve incident in the year it was in Oslo", () => {
    const rows = [
      { awareAt: '2025-12-31T23:30:00.000Z' },
      { awareAt: '2024-05-01T10:00:00.000Z' },
    ] as RegisterRow[];
    expect(yearsIn(rows, OSLO)).toEqual([2026, 2024]);
  });

  it('counts a New Year morning in UTC in the old year where the zone is still behind', () => {
    const rows = [{ awareAt: '2026-01-01T03:00:00.000Z' }, { awareAt: '2026-01-02T03:00:00.000Z' }] as RegisterRow[];
    expect(yearsIn(rows, 'America/New_York')).toEqual([2026, 2025]);
  });
});
