import { describe, expect, it } from 'vitest';
import type { Escalation } from './escalations-types';
import {
  defaultEta,
  eta,
  etaDays,
  etaFrom,
  etaISO,
  etaTimes,
  fillAsked,
  hrefOf,
  latest,
  mayClose,
  mayManage,
  nextStep,
  readable,
  reasonText,
  waitingLine,
} from './escalations-text';
import { placeholderIndex } from './mail-text';

const base: Escalation = {
  id: 1,
  ticketId: 7,
  ticketNumber: 1007,
  returnId: 0,
  subject: 'Still no refund',
  customer: 'Dana Fox',
  orderNumber: '#1001',
  reason: 'repeated_complaint',
  text: '',
  details: 'Third time she writes.',
  step: 2,
  frontlineId: 2,
  frontline: 'Riley Rep',
  managerId: 3,
  manager: 'Maya Manager',
  emailed: false,
  contacted: '',
  outcome: '',
  satisfied: false,
  steps: [],
  openedAt: '2026-03-03T10:00:00Z',
  version: 1,
  late: false,
};
const at = (step: number): Escalation => ({ ...base, step });

describe('reasons', () => {
  it('reads the reason, and the rep’s words for other', () => {
    expect(reasonText(base)).toBe('Repeated complaint');
    expect(reasonText({ reason: 'other', text: 'Press enquiry' })).toBe('Press enquiry');
  });
});

describe('the next step and who does it', () => {
  it('follows the seed’s order', () => {
    expect([2, 3, 4, 5].map((s) => nextStep(at(s)))).toEqual(['investigate', 'communicate', 'close', null]);
  });
  it('gives the manager’s steps to the manager and the owners', () => {
    expect(mayManage(base, { id: 3, role: 'rep' })).toBe(true);
    expect(mayManage(base, { id: 9, role: 'owner' })).toBe(true);
    expect(mayManage(base, { id: 2, role: 'rep' })).toBe(false);
    expect(mayManage(base, null)).toBe(false);
  });
  it('lets who escalated, the assignee or an owner close', () => {
    expect(mayClose(base, { id: 2, role: 'rep' }, 0)).toBe(true);
    expect(mayClose(base, { id: 5, role: 'rep' }, 5)).toBe(true);
    expect(mayClose(base, { id: 5, role: 'rep' }, 0)).toBe(false);
    expect(mayClose(base, { id: 9, role: 'owner' }, 0)).toBe(true);
  });
  it('says who the others wait for, by first name', () => {
    expect(waitingLine(at(2))).toBe('Waiting for Maya to investigate');
    expect(waitingLine(at(3))).toBe('Waiting for Maya to update the customer');
    expect(waitingLine(at(4))).toBe('Waiting for Riley to close the case');
    expect(waitingLine(at(5))).toBe('');
  });
});

describe('steps and links', () => {
  it('finds the latest record of a step', () => {
    const e = {
      ...base,
      steps: [
        { step: 3, at: 'a', byId: 3, by: 'Maya', note: 'first' },
        { step: 3, at: 'b', byId: 3, by: 'Maya', note: 'moved' },
      ],
    };
    expect(latest(e, 3)?.note).toBe('moved');
    expect(latest(e, 4)).toBeUndefined();
  });
  it('opens refunds on their return request', () => {
    expect(hrefOf(base)).toBe('#/tickets/7');
    expect(hrefOf({ ...base, returnId: 4 })).toBe('#/return/4');
  });
  it('shows the times in a note as people read them', () => {
    const note = readable('Contacted finance; expected by 2026-03-05T17:00:00Z. Refund approved');
    expect(note).not.toMatch(/T17:00:00Z/);
    expect(note).toMatch(/^Contacted finance; expected by .*2026.*\. Refund approved$/);
  });
});

describe('the estimated time', () => {
  const now = new Date(2026, 2, 3, 9, 0);
  it('is late once past, never when closed', () => {
    const e = { ...base, eta: new Date(2026, 2, 3, 7, 0).toISOString() };
    expect(eta(e, now)).toEqual({ text: '2h late', late: true });
    expect(eta({ ...e, step: 5 }, now).late).toBe(false);
    expect(eta({ ...base, eta: new Date(2026, 2, 3, 12, 0).toISOString() }, now)).toEqual({ text: 'in 3h', late: false });
    expect(eta(base, now).text).toBe('');
    // Go read it late by its own clock: that wins.
    expect(eta({ ...base, late: true, eta: new Date(2026, 2, 3, 12, 0).toISOString() }, now)).toEqual({ text: 'late', late: true });
  });
  it('offers days from today and half hours', () => {
    const days = etaDays(now, 3);
    expect(days.map((d) => d.value)).toEqual(['2026-03-03', '2026-03-04', '2026-03-05']);
    expect(days[0].label).toMatch(/^Today, /);
    expect(days[1].label).toMatch(/^Tomorrow, /);
    const times = etaTimes();
    expect(times).toHaveLength(48);
    expect(times[35].value).toBe('17:30');
  });
  it('starts at tomorrow 17:00, or where the estimate stands', () => {
    expect(defaultEta(now)).toEqual({ date: '2026-03-04', time: '17:00' });
    expect(etaFrom(new Date(2026, 2, 6, 10, 10).toISOString(), now)).toEqual({ date: '2026-03-06', time: '10:30' });
    expect(etaFrom(new Date(2026, 2, 1).toISOString(), now)).toEqual(defaultEta(now));
  });
  it('sends the local choice as RFC 3339', () => {
    expect(new Date(etaISO('2026-03-04', '17:00')).getTime()).toBe(new Date(2026, 2, 4, 17, 0).getTime());
  });
});

describe('fillAsked', () => {
  const ix = placeholderIndex([{ name: 'Specific Solution', description: '', source: 'ask', aliases: ['specific solution'] }]);
  it('puts typed values in, and leaves the empty ones bracketed', () => {
    const text = 'Where things stand:\n\n[Specific Solution]\n\nSee [Specific Solution]. [Other]';
    expect(fillAsked(text, { 'Specific Solution': 'A new vase ships today' }, ix)).toBe(
      'Where things stand:\n\nA new vase ships today\n\nSee A new vase ships today. [Other]',
    );
    expect(fillAsked(text, { 'Specific Solution': '  ' }, ix)).toBe(text);
  });
});
