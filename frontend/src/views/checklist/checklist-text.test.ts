import { describe, expect, it } from 'vitest';
import type { RunTask } from '../../lib/checklists-types';
import { dueText, progress } from './checklist-text';

const task = (over: Partial<RunTask>): RunTask => ({
  id: 1, title: 'x', timeframe: 'start_of_shift', at: '', note: '', link: '', done: false, doneBy: '', comment: '', late: false, live: '', ...over,
});

describe('a day checklist in words', () => {
  it('says when a task is due', () => {
    expect(dueText(task({ timeframe: 'as_needed' }))).toBe('as needed');
    expect(dueText(task({ due: '2026-12-03T09:00:00Z' }))).toMatch(/^by \d\d:\d\d/);
  });
  it('counts what is done and late', () => {
    expect(progress([task({ done: true }), task({ late: true }), task({})])).toEqual({ done: 1, all: 3, late: 1 });
  });
});
