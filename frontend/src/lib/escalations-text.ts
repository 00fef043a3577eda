// What the escalation screens say and offer, kept apart from Svelte so it
// can be tested: who may do the next step (Go checks it again), the line
// for those who wait, the estimated time and its lateness, and the update
// email's typed values.

import { reasonLabel } from './escalations-labels';
import type { Done, Escalation, Reason } from './escalations-types';
import { findPlaceholders, type PlaceholderIndex } from './mail-text';
import { full, span } from './time';
import type { Person } from './types';

/** reasonText is the reason as people read it; "other" is what the rep wrote. */
export function reasonText(e: Pick<Escalation, 'reason' | 'text'>): string {
  if (e.reason === 'other') return e.text || 'Other';
  return reasonLabel[e.reason as Reason] ?? e.reason;
}

/** isRefund: a refund above the reps' limit, decided on its return request, not with these steps. */
export function isRefund(e: Pick<Escalation, 'returnId'>): boolean {
  return e.returnId !== 0;
}

/** hrefOf is where a row of the list opens: the return for a refund, else the ticket. */
export function hrefOf(e: Pick<Escalation, 'returnId' | 'ticketId'>): string {
  return isRefund(e) || !e.ticketId ? `#/return/${e.returnId}` : `#/tickets/${e.ticketId}`;
}

/** latest is the last record of a step (an investigation can be done again to move the estimate). */
export function latest(e: Pick<Escalation, 'steps'>, step: number): Done | undefined {
  for (let i = e.steps.length - 1; i >= 0; i--) if (e.steps[i].step === step) return e.steps[i];
  return undefined;
}

/** The step to do next, or null once the case is closed. */
export type Next = 'investigate' | 'communicate' | 'close' | null;

export function nextStep(e: Pick<Escalation, 'step'>): Next {
  if (e.step >= 5) return null;
  if (e.step < 3) return 'investigate';
  return e.step === 3 ? 'communicate' : 'close';
}

/** mayManage: the manager named on the case, or an owner (Go also lets the manager named since). */
export function mayManage(e: Pick<Escalation, 'managerId'>, me: Pick<Person, 'id' | 'role'> | null): boolean {
  return !!me && (me.role === 'owner' || me.id === e.managerId);
}

/** mayClose: who escalated it, the ticket's assignee, or an owner. */
export function mayClose(e: Pick<Escalation, 'frontlineId'>, me: Pick<Person, 'id' | 'role'> | null, assigneeId: number): boolean {
  return !!me && (me.role === 'owner' || me.id === e.frontlineId || (assigneeId !== 0 && me.id === assigneeId));
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] || 'someone';

/** waitingLine tells someone who may not do the next step who will. */
export function waitingLine(e: Pick<Escalation, 'step' | 'manager' | 'frontline'>): string {
  switch (nextStep(e)) {
    case 'investigate':
      return `Waiting for ${firstName(e.manager)} to investigate`;
    case 'communicate':
      return `Waiting for ${firstName(e.manager)} to update the customer`;
    case 'close':
      return `Waiting for ${firstName(e.frontline)} to close the case`;
  }
  return '';
}

const stampRe = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/g;

/** readable shows the times Go writes into a step's note (RFC 3339) as people read them. */
export function readable(note: string): string {
  return note.replace(stampRe, (s) => full(s) || s);
}

export interface Eta {
  /** "in 2h", "3h late", or "" without an estimate. */
  text: string;
  late: boolean;
}

/**
 * eta says the estimated resolution time against the clock. Go's verdict
 * (late) wins over this computer's clock, as with overdue tickets; a
 * closed case is never late.
 */
export function eta(e: Pick<Escalation, 'eta' | 'step' | 'late'>, now: Date): Eta {
  const at = e.eta ? Date.parse(e.eta) : NaN;
  if (Number.isNaN(at) || e.step >= 5) return { text: '', late: false };
  const left = at - now.getTime();
  if (left < 0) return { text: `${span(-left)} late`, late: true };
  return e.late ? { text: 'late', late: true } : { text: `in ${span(left)}`, late: false };
}

// ---- the estimated time's form --------------------------------------------

export interface Choice {
  value: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayValue = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const dayFmt = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric' });

/** etaDays are the next n days from today (local), named "Today" and "Tomorrow" first. */
export function etaDays(now: Date, n = 21): Choice[] {
  const out: Choice[] = [];
  for (let i = 0; i < n; i++) {
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + i, 12);
    const name = dayFmt.format(d);
    out.push({ value: dayValue(d), label: i === 0 ? `Today, ${name}` : i === 1 ? `Tomorrow, ${name}` : name });
  }
  return out;
}

/** etaTimes are the half hours of a day, "00:00" to "23:30". */
export function etaTimes(): Choice[] {
  const out: Choice[] = [];
  for (let m = 0; m < 24 * 60; m += 30) {
    const v = `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
    out.push({ value: v, label: v });
  }
  return out;
}

/** defaultEta is tomorrow at 17:00: a day to find out, before the end of it. */
export function defaultEta(now: Date): { date: string; time: string } {
  return { date: dayValue(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 12)), time: '17:00' };
}

/** etaFrom reads an existing estimate back into the form's day and half hour. */
export function etaFrom(iso: string | undefined, now: Date): { date: string; time: string } {
  const at = iso ? new Date(iso) : null;
  if (!at || Number.isNaN(at.getTime()) || at.getTime() <= now.getTime()) return defaultEta(now);
  const m = at.getHours() * 60 + at.getMinutes();
  const half = Math.min(Math.ceil(m / 30) * 30, 23 * 60 + 30);
  return { date: dayValue(at), time: `${pad(Math.floor(half / 60))}:${pad(half % 60)}` };
}

/** etaISO is the chosen day and time, in this computer's time zone, as RFC 3339 for Go. */
export function etaISO(date: string, time: string): string {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return new Date(y, mo - 1, d, h, mi).toISOString();
}

// ---- the customer update ---------------------------------------------------

/**
 * fillAsked puts the values typed for the placeholders Shopdesk cannot know
 * ([Specific Solution]) into the drafted text; empty values stay bracketed.
 */
export function fillAsked(text: string, values: Record<string, string>, ix: PlaceholderIndex): string {
  let out = '';
  let at = 0;
  for (const f of findPlaceholders(text, ix)) {
    const v = f.name ? (values[f.name] ?? '').trim() : '';
    if (!v) continue;
    out += text.slice(at, f.start) + v;
    at = f.end;
  }
  return out + text.slice(at);
}
