// Words and sums for the end-of-day summary screen, kept apart from it so
// they are unit-tested.

import { formatMoney } from '../../lib/money';
import type { Candidate, Figures, Refunds, Summary, Tasks } from '../../lib/summaries-types';

/** A shop-local date ("2026-12-03") moved by days, still as a date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "Thursday 3 December 2026". */
export function longDate(date: string): string {
  return new Date(`${date}T12:00:00Z`)
    .toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .replace(',', '');
}

export function refundsText(r: Refunds): string {
  if (r.count === 0) return 'None';
  return r.totals.map((t) => formatMoney(t.amount, t.currency)).join(' + ');
}

export function tasksText(t: Tasks): string {
  const parts = [`${t.late} late`];
  if (t.skipped) parts.push(`${t.skipped} skipped`);
  if (t.missing) parts.push(`${t.missing} ${t.missing === 1 ? 'checklist' : 'checklists'} not opened`);
  return parts.join(' · ');
}

/** The figure rows the screen shows, in the seed's order. */
export type FigureKey = 'received' | 'resolved' | 'pending' | 'escalationsOpened' | 'escalationsClosed';

export const figureLabels: Record<FigureKey, string> = {
  received: 'Tickets received',
  resolved: 'Tickets resolved',
  pending: 'Pending tickets',
  escalationsOpened: 'Escalations opened',
  escalationsClosed: 'Escalations closed',
};

/** How a live figure differs from the saved one: "" when it does not. */
export function drift(saved: Figures, live: Figures, key: FigureKey): string {
  const d = live[key].count - saved[key].count;
  if (d === 0) return '';
  return `${live[key].count} now`;
}

/** A candidate as a line to add to the notes. */
export function candidateLine(c: Candidate): string {
  return `#${c.ticket.number} ${c.ticket.subject}: ${c.note}`;
}

/** Adds a line to a text box's value, on its own line, once. */
export function appendLine(text: string, line: string): string {
  if (text.split('\n').some((l) => l.trim() === line)) return text;
  const t = text.replace(/\s+$/, '');
  return t ? `${t}\n${line}` : line;
}

/** "Saved by Riley at 17:02 · edited by Maya at 21:10 · emailed to maya@… at 21:11". */
export function savedLine(s: Summary, time: (iso: string) => string): string {
  const parts = [`Saved by ${s.preparedBy} at ${time(s.savedAt)}`];
  const e = s.edits.at(-1);
  if (e) parts.push(`edited by ${e.by} at ${time(e.at)}${s.edits.length > 1 ? ` (${s.edits.length} edits)` : ''}`);
  const m = s.emailed.at(-1);
  if (m) parts.push(`emailed to ${m.to} at ${time(m.at)}`);
  return parts.join(' · ');
}
