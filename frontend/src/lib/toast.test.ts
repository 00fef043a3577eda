import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toasts } from './toast.svelte';

describe('toasts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('go away by themselves', () => {
    toasts.show('Reply sent');
    expect(toasts.items.map((t) => t.text)).toEqual(['Reply sent']);
    vi.advanceTimersByTime(3000);
    expect(toasts.items).toEqual([]);
  });
  it('never pile up past three', () => {
    for (const n of [1, 2, 3, 4, 5]) toasts.show(`saved ${n}`);
    expect(toasts.items.map((t) => t.text)).toEqual(['saved 3', 'saved 4', 'saved 5']);
    vi.runAllTimers();
  });
});
