import { describe, expect, it } from 'vitest';
import type { Batch } from '../../lib/mail-types';
import { Batches } from './feedback.svelte';

const batch = (id: number, state: Batch['state']) => ({ id, name: `Request ${id}`, state }) as Batch;

describe('Batches', () => {
  it('lists a finished batch once: not again under the one open above', () => {
    const list = new Batches();
    list.put(batch(1, 'done'));
    list.put(batch(2, 'done'));
    // Its progress card reports the batch again when it finishes.
    list.put(batch(2, 'done'));
    expect(list.items.map((b) => b.id)).toEqual([2, 1]);
    expect(list.others(2).map((b) => b.id)).toEqual([1]);
    expect(list.others(undefined).map((b) => b.id)).toEqual([2, 1]);
  });
});
