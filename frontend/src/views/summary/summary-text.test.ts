import { describe, expect, it } from 'vitest';
import type { Figure, Figures, Summary } from '../../lib/summaries-types';
import { addDays, appendLine, candidateLine, drift, longDate, refundsText, savedLine, tasksText } from './summary-text';

const fig = (count: number): Figure => ({ count, tickets: [] });
const figures = (received: number): Figures => ({
  received: fig(received),
  resolved: fig(2),
  pending: fig(3),
  refunds: { count: 0, totals: [], returns: [] },
  escalationsOpened: fig(0),
  escalationsClosed: fig(0),
  tasks: { done: 5, late: 1, skipped: 2, counted: 8, missing: 0 },
});

describe('summary text', () => {
  it('moves across month ends and the clock change', () => {
    expect(addDays('2026-12-01', -1)).toBe('2026-11-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(longDate('2026-12-03')).toBe('Thursday 3 December 2026');
  });
  it('totals refunds per currency', () => {
    expect(refundsText({ count: 0, totals: [], returns: [] })).toBe('None');
    expect(refundsText({ count: 2, totals: [{ currency: 'USD', amount: 12000 }, { currency: 'EUR', amount: 500 }], returns: [] })).toMatch(/120\.00.*\+.*5\.00/);
  });
  it('says how the tasks went', () => {
    expect(tasksText({ done: 5, late: 1, skipped: 2, counted: 8, missing: 1 })).toBe('1 late · 2 skipped · 1 checklist not opened');
  });
  it('shows a live figure that moved since saving', () => {
    expect(drift(figures(4), figures(4), 'received')).toBe('');
    expect(drift(figures(4), figures(6), 'received')).toBe('6 now');
  });
  it('adds a candidate once, on its own line', () => {
    const line = candidateLine({ kind: 'reopened', ticket: { id: 1, number: 1042, subject: 'Lamp' }, note: 'Reopened' });
    expect(line).toBe('#1042 Lamp: Reopened');
    expect(appendLine('', line)).toBe(line);
    expect(appendLine('Busy day.\n', line)).toBe(`Busy day.\n${line}`);
    expect(appendLine(`Busy day.\n${line}`, line)).toBe(`Busy day.\n${line}`);
  });
  it('says who saved, edited and emailed', () => {
    const s: Summary = {
      date: '2026-12-03', figures: figures(1), notable: '', highlights: '', preparedById: 2, preparedBy: 'Riley',
      savedAt: 'a', edits: [{ at: 'b', byId: 1, by: 'Maya', notable: '', highlights: '' }], emailed: [{ at: 'c', by: 'Riley', to: 'maya@shop.test', mail: 9 }], version: 3,
    };
    expect(savedLine(s, (t) => t)).toBe('Saved by Riley at a · edited by Maya at b · emailed to maya@shop.test at c');
  });
});
