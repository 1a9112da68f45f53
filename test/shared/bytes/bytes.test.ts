import { describe, expect, it } from 'vitest';
import { joinBytes } from '../../../shared/bytes';

describe('joinBytes', () => {
  it('gathers the parts in order into one new array', () => {
    const first = Uint8Array.of(1, 2);
    const joined = joinBytes([first, new Uint8Array(0), Uint8Array.of(3), Uint8Array.of(4, 5, 6)]);
    expect([...joined]).toEqual([1, 2, 3, 4, 5, 6]);
    joined[0] = 9;
    expect(first[0]).toBe(1);
    expect(joinBytes([])).toHaveLength(0);
  });
});
