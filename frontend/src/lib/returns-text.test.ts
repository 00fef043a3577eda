import { describe, expect, it } from 'vitest';
import { transition, waited } from './returns-text';

describe('waited', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it.each([
    ['2026-03-10T11:59:50Z', '1 min'],
    ['2026-03-10T11:15:00Z', '45 min'],
    ['2026-03-10T07:00:00Z', '5 h'],
    ['2026-03-09T12:00:01Z', '23 h'],
    ['2026-03-07T12:00:00Z', '3 d'],
    ['2025-03-10T12:00:00Z', '365 d'],
  ])('since %s is "%s"', (since, want) => {
    expect(waited(since, now)).toBe(want);
  });
  it('says nothing for a missing time, and no negative for a clock ahead', () => {
    expect(waited('', now)).toBe('');
    expect(waited('2026-03-10T12:05:00Z', now)).toBe('1 min');
  });
});

describe('transition', () => {
  it('names the move', () => {
    expect(transition({ at: '', byId: 1, by: 'Ann', kind: 'approve', from: 'requested', to: 'approved' })).toBe('Requested → Approved');
    expect(transition({ at: '', byId: 1, by: 'Ann', kind: 'created', to: 'requested' })).toBe('Requested');
    expect(transition({ at: '', byId: 1, by: 'Ann', kind: 'email' })).toBe('');
  });
});
