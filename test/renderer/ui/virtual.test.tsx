import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { OVERSCAN_ROWS, useOverscan } from '../../../renderer/src/ui/virtual';

describe('the rows rendered beyond those in view', () => {
  it('are a couple in the first render, which the start waits for, and the full overscan once it is painted', () => {
    vi.useFakeTimers();
    try {
      const { result } = renderHook(() => useOverscan());
      expect(result.current).toBe(2);
      act(() => vi.runAllTimers());
      expect(result.current).toBe(OVERSCAN_ROWS);
      expect(OVERSCAN_ROWS).toBeGreaterThan(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
