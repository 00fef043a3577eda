// Times as people say them: "3m ago", "due in 2h", "overdue 1d 4h".

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** span says a positive duration in the largest one or two units ("2h", "1d 4h", "45m"). */
export function span(ms: number): string {
  ms = Math.max(0, ms);
  if (ms < MIN) return 'under 1m';
  if (ms < HOUR) return `${Math.floor(ms / MIN)}m`;
  if (ms < DAY) {
    const h = Math.floor(ms / HOUR);
    const m = Math.floor((ms % HOUR) / MIN);
    return h < 10 && m >= 5 ? `${h}h ${m}m` : `${h}h`;
  }
  const d = Math.floor(ms / DAY);
  const h = Math.floor((ms % DAY) / HOUR);
  return d < 7 && h > 0 ? `${d}d ${h}h` : `${d}d`;
}

export interface Due {
  /** "due in 2h", "overdue 3h", or "" when nothing is due. */
  text: string;
  overdue: boolean;
  /** Due within the next hour (worth a warning colour). */
  soon: boolean;
}

/**
 * due describes a service target. overdue is Go's verdict (a ticket waiting
 * on the customer is never overdue), so it wins over the clock. waiting
 * (status pending) pauses the clock: the ticket is the customer's move.
 */
export function due(dueAt: string, overdue: boolean, now: Date = new Date(), waiting = false): Due {
  if (!dueAt) return { text: '', overdue: false, soon: false };
  if (waiting) return { text: 'waiting on customer', overdue: false, soon: false };
  const at = Date.parse(dueAt);
  if (Number.isNaN(at)) return { text: '', overdue: false, soon: false };
  const left = at - now.getTime();
  if (overdue) return { text: `overdue ${span(-left)}`, overdue: true, soon: false };
  if (left <= 0) return { text: 'due now', overdue: false, soon: true };
  return { text: `due in ${span(left)}`, overdue: false, soon: left <= HOUR };
}

const dateFmt = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const dateYearFmt = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' });
const fullFmt = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const timeFmt = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** ago says how long ago a time was, short ("just now", "5m ago", "3h ago", "yesterday", "Mar 3"). */
export function ago(iso: string, now: Date = new Date()): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const d = now.getTime() - at;
  if (d < MIN) return 'just now';
  if (d < HOUR) return `${Math.floor(d / MIN)}m ago`;
  if (d < DAY) return `${Math.floor(d / HOUR)}h ago`;
  if (d < 2 * DAY) return 'yesterday';
  if (d < 7 * DAY) return `${Math.floor(d / DAY)}d ago`;
  const date = new Date(at);
  return date.getFullYear() === now.getFullYear() ? dateFmt.format(date) : dateYearFmt.format(date);
}

/** stamp is a message's time: today "14:05", else "Mar 3, 14:05". */
export function stamp(iso: string, now: Date = new Date()): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const date = new Date(at);
  if (date.toDateString() === now.toDateString()) return timeFmt.format(date);
  const day = date.getFullYear() === now.getFullYear() ? dateFmt.format(date) : dateYearFmt.format(date);
  return `${day}, ${timeFmt.format(date)}`;
}

/** full is the exact time, for tooltips. */
export function full(iso: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? '' : fullFmt.format(new Date(at));
}

// ---- service targets in the settings form ----

export type Unit = 'minutes' | 'hours' | 'days';
const unitMinutes: Record<Unit, number> = { minutes: 1, hours: 60, days: 1440 };

/** splitMinutes picks the largest unit that shows a target exactly (240 → 4 hours). */
export function splitMinutes(minutes: number): { amount: number; unit: Unit } {
  if (minutes > 0 && minutes % 1440 === 0) return { amount: minutes / 1440, unit: 'days' };
  if (minutes > 0 && minutes % 60 === 0) return { amount: minutes / 60, unit: 'hours' };
  return { amount: minutes, unit: 'minutes' };
}

/** toMinutes is the inverse of splitMinutes; a fraction rounds to whole minutes. */
export function toMinutes(amount: number, unit: Unit): number {
  return Math.round(amount * unitMinutes[unit]);
}

/** friendlyMinutes says a target in words ("4 hours", "1 day 2 hours", "10 minutes"). */
export function friendlyMinutes(minutes: number): string {
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return plural(minutes, 'minute');
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts: string[] = [];
  if (d) parts.push(plural(d, 'day'));
  if (h) parts.push(plural(h, 'hour'));
  if (m) parts.push(plural(m, 'minute'));
  return parts.join(' ');
}

/** day is a calendar date ("Mar 3, 2025"). */
export function day(iso: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? '' : dateYearFmt.format(new Date(at));
}
