import { describe, expect, it } from 'vitest';
import { productBars, reasonBars } from './returns-trends';

describe('reasonBars', () => {
  it('labels reasons for people, keeps Go order and the keys to filter by', () => {
    const b = reasonBars(
      [
        { key: 'wrong_size', label: 'wrong size', count: 12 },
        { key: 'damaged', label: 'damaged', count: 3 },
        { key: 'changed_mind', label: 'changed mind', count: 0 },
      ],
      90,
    );
    expect(b.labels).toEqual(['Wrong size', 'Damaged']);
    expect(b.values).toEqual([12, 3]);
    expect(b.keys).toEqual(['wrong_size', 'damaged']);
    expect(b.summary).toBe('Return reasons, last 90 days, 15 requests: Wrong size 12, Damaged 3.');
  });
  it('says when there is nothing', () => {
    const b = reasonBars([], 30);
    expect(b.values).toEqual([]);
    expect(b.summary).toBe('Return reasons, last 30 days: none yet.');
  });
});

describe('productBars', () => {
  it('shows at most ten products by name, filtering by their key', () => {
    const counts = Array.from({ length: 12 }, (_, i) => ({ key: `SKU-${i}`, label: i === 0 ? '' : `Mug ${i}`, count: 20 - i }));
    const b = productBars(counts, 365);
    expect(b.labels).toHaveLength(10);
    expect(b.labels[0]).toBe('SKU-0');
    expect(b.labels[1]).toBe('Mug 1');
    expect(b.keys[1]).toBe('SKU-1');
    expect(b.summary.startsWith('Most returned products, last 365 days, ')).toBe(true);
    expect(b.summary).toContain('units');
  });
});
