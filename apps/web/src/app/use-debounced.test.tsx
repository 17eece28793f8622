import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { useDebounced } from './use-debounced';

function Probe({ value }: { value: string }) {
  return <output>{useDebounced(value, 300)}</output>;
}

describe('useDebounced', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('gives the value once it has not changed for the delay, skipping the values typed between', () => {
    vi.useFakeTimers();
    const { rerender } = render(<Probe value="" />);
    rerender(<Probe value="s" />);
    act(() => {
      vi.advanceTimersByTime(200);
    });
    rerender(<Probe value="st" />);
    act(() => {
      vi.advanceTimersByTime(200);
    });
    // 400 ms since the first key, but only 200 since the last: still the old value.
    expect(screen.getByRole('status').textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(screen.getByRole('status').textContent).toBe('st');
  });
});
