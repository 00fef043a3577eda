// What the owner's checklist history works out, kept apart from the screen
// so it is unit-tested: days as Go writes them, outcomes in words, rates,
// and whether anyone was expected to open a checklist today.

import type { ChecklistTemplate, Completion, DayRun, Outcome, Rate } from '../../lib/checklists-types';
import type { Person } from '../../lib/types';

/** addDays moves a shop-local date ("2026-12-03") by n days; counted in UTC so no clock change shifts it. */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** weekdayOf is Go's weekday of a date: 0 Monday … 6 Sunday. */
export function weekdayOf(date: string): number {
  return (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
}

/** dayTitle says a date for a heading: "Thursday, 3 December 2026". */
export function dayTitle(date: string, locale?: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** shortDay says a date briefly: "3 Dec". */
export function shortDay(date: string, locale?: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/**
 * shopToday is the shop's date today: the day after the completion window
 * ends (Go counts up to yesterday in the shop's zone), or, without it, the
 * window's own date.
 */
export function shopToday(c: Completion | null, now: Date = new Date()): string {
  if (c?.to) return addDays(c.to, 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const outcomeLabel: Record<Outcome, string> = {
  done: 'Done',
  done_late: 'Done late',
  skipped: 'Skipped',
  late: 'Late',
  open: 'Not yet',
  not_needed: 'Not needed',
};

/** The token colour each outcome is drawn in. */
export const outcomeTone: Record<Outcome, string> = {
  done: '--c-success',
  done_late: '--c-warning',
  skipped: '--c-danger',
  late: '--c-danger',
  open: '--c-text-faint',
  not_needed: '--c-text-faint',
};

/** pct is the share of counted tasks done, 0–100, or null when none counted. */
export function pct(r: Pick<Rate, 'done' | 'counted'>): number | null {
  return r.counted > 0 ? Math.round((r.done / r.counted) * 100) : null;
}

/** pctText says it: "86%", or "—" when nothing counted. */
export function pctText(r: Pick<Rate, 'done' | 'counted'>): string {
  const p = pct(r);
  return p === null ? '—' : `${p}%`;
}

/** dayTotals adds up a person's runs of a day. */
export function dayTotals(runs: DayRun[]): { done: number; counted: number; late: number } {
  return runs.reduce((s, r) => ({ done: s.done + r.done, counted: s.counted + r.counted, late: s.late + r.late }), { done: 0, counted: 0, late: 0 });
}

/** expected says whether any checklist applies to the person on the date, as the templates are now. */
export function expected(templates: ChecklistTemplate[], p: Pick<Person, 'id' | 'role'> | undefined, date: string): boolean {
  if (!p) return true;
  const wd = weekdayOf(date);
  return templates.some((t) => {
    if (t.audience === 'role' && t.role !== p.role) return false;
    if (t.audience === 'person' && t.personId !== p.id) return false;
    if (t.days === 'weekdays') return wd < 5;
    if (t.days === 'chosen') return t.weekdays.includes(wd);
    return true;
  });
}
