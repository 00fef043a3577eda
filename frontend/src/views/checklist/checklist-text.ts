// Words for a day's checklist, kept apart from the screen so they are
// unit-tested.

import type { RunTask, Timeframe } from '../../lib/checklists-types';

export const timeframeLabel: Record<Timeframe, string> = {
  start_of_shift: 'Start of shift',
  morning: 'Morning',
  throughout_the_day: 'Throughout the day',
  as_needed: 'As needed',
  end_of_shift: 'End of shift',
  at: 'At a time',
};

/** The places a task can open, and what its button says. */
export const links: Record<string, { href: string; label: string }> = {
  'inbox-due': { href: '#/inbox/open', label: 'Open tickets' },
  'returns-refund': { href: '#/returns/refund', label: 'To refund' },
  'metrics-today': { href: '#/summary', label: "Today's figures" },
  'eod-summary': { href: '#/summary', label: 'Prepare the summary' },
};

const hm = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** When is the task due, in words: "by 10:00", "as needed". */
export function dueText(t: RunTask): string {
  if (!t.due) return 'as needed';
  return `by ${hm(t.due)}`;
}

/** How far through the day's tasks: done of all, and how many are late. */
export function progress(tasks: RunTask[]): { done: number; all: number; late: number } {
  return { done: tasks.filter((t) => t.done).length, all: tasks.length, late: tasks.filter((t) => t.late).length };
}
