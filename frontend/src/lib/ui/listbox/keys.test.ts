import { describe, expect, it } from 'vitest';

import { moveFor, moveIndex, TypeAhead, typeAheadPause } from './keys';
import { place } from './place';

describe('moveIndex', () => {
  const none = [false, false, false, false];
  it.each([
    ['next from nothing lands on the first', 'next', -1, none, 0],
    ['previous from nothing lands on the last', 'previous', -1, none, 3],
    ['next moves one down', 'next', 1, none, 2],
    ['next stops at the end', 'next', 3, none, 3],
    ['previous stops at the start', 'previous', 0, none, 0],
    ['next skips a disabled item', 'next', 0, [false, true, false, false], 2],
    ['first skips disabled items', 'first', 2, [true, true, false, false], 2],
    ['last skips disabled items', 'last', 0, [false, false, false, true], 2],
    ['nothing enabled gives -1', 'next', -1, [true, true], -1],
    ['page-down stops at the last', 'page-down', 0, none, 3],
    ['page-up stops at the first', 'page-up', 3, none, 0],
  ] as const)('%s', (_name, move, current, disabled, want) => {
    expect(moveIndex(move, current, disabled)).toBe(want);
  });

  it('page-down skips eight items in a long list', () => {
    expect(moveIndex('page-down', 2, Array(30).fill(false))).toBe(10);
  });

  it('names the keys it knows and no others', () => {
    expect(moveFor('ArrowDown')).toBe('next');
    expect(moveFor('End')).toBe('last');
    expect(moveFor('a')).toBeNull();
  });
});

describe('TypeAhead', () => {
  const labels = ['Billing', 'Complaint', 'Other', 'Refund', 'Return', 'Shipping delay'];
  function typer() {
    let t = 1000;
    const ta = new TypeAhead(() => t);
    return { ta, wait: (ms: number) => (t += ms) };
  }

  it('finds the first item starting with a letter', () => {
    const { ta } = typer();
    expect(ta.find('r', labels, 0)).toBe(3);
  });

  it('narrows with letters typed quickly', () => {
    const { ta } = typer();
    expect(ta.find('r', labels, 0)).toBe(3);
    expect(ta.find('e', labels, 3)).toBe(3);
    expect(ta.find('t', labels, 3)).toBe(4);
  });

  it('steps through items with the same letter when it is typed again', () => {
    const { ta } = typer();
    expect(ta.find('r', labels, 0)).toBe(3);
    expect(ta.find('r', labels, 3)).toBe(4);
    expect(ta.find('r', labels, 4)).toBe(3);
  });

  it('starts afresh after a pause', () => {
    const { ta, wait } = typer();
    ta.find('r', labels, 0);
    wait(typeAheadPause + 1);
    expect(ta.find('s', labels, 3)).toBe(5);
  });

  it('ignores case and skips disabled items', () => {
    const { ta } = typer();
    expect(ta.find('C', labels, -1, [false, true])).toBe(-1);
  });

  it('takes letters only, not shortcuts or space', () => {
    expect(TypeAhead.accepts({ key: 'a' })).toBe(true);
    expect(TypeAhead.accepts({ key: ' ' })).toBe(false);
    expect(TypeAhead.accepts({ key: 'k', ctrlKey: true })).toBe(false);
    expect(TypeAhead.accepts({ key: 'Enter' })).toBe(false);
  });
});

describe('place', () => {
  const win = { width: 1024, height: 700 };
  it('opens below the trigger when it fits', () => {
    const p = place({ top: 100, left: 50, width: 120, height: 30 }, { width: 200, height: 150 }, win);
    expect(p).toMatchObject({ side: 'below', top: 134, left: 50 });
  });

  it('opens above a trigger near the bottom', () => {
    const p = place({ top: 640, left: 50, width: 120, height: 30 }, { width: 200, height: 150 }, win);
    expect(p.side).toBe('above');
    expect(p.top).toBe(640 - 4 - 150);
  });

  it('stays inside the right edge', () => {
    const p = place({ top: 100, left: 980, width: 40, height: 30 }, { width: 200, height: 100 }, win);
    expect(p.left + 200).toBeLessThanOrEqual(1024 - 8);
  });

  it('limits its height to the room there is', () => {
    const p = place({ top: 300, left: 0, width: 40, height: 30 }, { width: 200, height: 2000 }, win);
    expect(p.maxHeight).toBeLessThan(700);
    expect(p.top + Math.min(2000, p.maxHeight)).toBeLessThanOrEqual(700);
  });
});
