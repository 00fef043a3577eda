import { describe, expect, it } from 'vitest';

import { BulkSelection, rangeOf } from './bulk.svelte';

describe('bulk selection', () => {
  const rows = [11, 12, 13, 14, 15];

  it('x ticks and unticks a row', () => {
    const b = new BulkSelection();
    b.toggle(rows, 1);
    expect([...b.ids]).toEqual([12]);
    b.toggle(rows, 1);
    expect(b.count).toBe(0);
  });

  it('Shift+X ticks the range from the last ticked row, either way', () => {
    const b = new BulkSelection();
    b.toggle(rows, 3);
    b.extend(rows, 1);
    expect([...b.ids].sort()).toEqual([12, 13, 14]);
  });

  it('a range with nothing ticked yet ticks one row', () => {
    const b = new BulkSelection();
    b.extend(rows, 2);
    expect([...b.ids]).toEqual([13]);
  });

  it('rangeOf stays inside the list', () => {
    expect(rangeOf(rows, 4, 9)).toEqual([15]);
    expect(rangeOf(rows, 2, 0)).toEqual([11, 12, 13]);
  });
});
