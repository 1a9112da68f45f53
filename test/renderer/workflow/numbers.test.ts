import { describe, expect, it } from 'vitest';
import { unknownFacts } from '../../../shared/assessment';
import { readNumber, withTyped } from '../../../renderer/src/features/incident/facts/numbers';

// Number fields update the assessment as they are typed: what reads as a number counts at once,
// what does not (yet) leaves the saved value in place, and an empty field is "not known yet".

describe('numbers as they are typed', () => {
  it('reads whole counts, hours with a decimal comma or point, and empty as not known', () => {
    expect(readNumber('1500', 'subjectCount')).toBe(1500);
    expect(readNumber(' 12 ', 'recordCount')).toBe(12);
    expect(readNumber('1,5', 'outageHours')).toBe(1.5);
    expect(readNumber('2.25', 'outageHours')).toBe(2.25);
    expect(readNumber('', 'subjectCount')).toBeNull();
    expect(readNumber('1,5', 'subjectCount')).toBeUndefined(); // a count is whole
    expect(readNumber('12a', 'recordCount')).toBeUndefined();
    expect(readNumber('-3', 'outageHours')).toBeUndefined();
  });

  it('lays what is typed over the saved facts, keeping the saved value while the text is no number', () => {
    const saved = { ...unknownFacts('controller'), subjectCount: 40, recordCount: 40 };
    expect(withTyped(saved, {})).toBe(saved);
    const typed = withTyped(saved, { subjectCount: '1500', recordCount: '15x', outageHours: '' });
    expect(typed).toMatchObject({ subjectCount: 1500, recordCount: 40, outageHours: null });
    expect(saved.subjectCount).toBe(40);
  });
});
