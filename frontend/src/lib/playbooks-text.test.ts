import { describe, expect, it } from 'vitest';
import { addable, blankPlaybook, byWhen, isOpenSteps, moveStep, moveStepTo, owners, progress, progressText } from './playbooks-text';
import type { Attached, Playbook, TicketStep } from './playbooks-types';

const step = (id: number, done: boolean, required = false): TicketStep => ({
  id,
  title: `Step ${id}`,
  note: '',
  required,
  reply: '',
  hint: '',
  done,
  doneBy: done ? 'Riley Rep' : '',
  live: '',
  replyId: 0,
  replyName: '',
});

const pb = (id: number, name: string, categories: string[] = []): Playbook => ({
  id,
  name,
  note: '',
  steps: [],
  categories,
  lastStep: 0,
  version: 1,
  updatedAt: '',
});

const on = (playbookId: number): Attached => ({
  ticketId: 7,
  playbookId,
  name: '',
  note: '',
  how: 'hand',
  steps: [],
  history: [],
  why: '',
  whyBy: '',
  removed: false,
  kept: true,
});

describe('progress', () => {
  it('counts done steps and required ones still open', () => {
    const steps = [step(1, true, true), step(2, false, true), step(3, true), step(4, false)];
    expect(progress(steps)).toEqual({ done: 2, all: 4, requiredOpen: 1 });
    expect(progressText(steps)).toBe('2 of 4 done');
  });
  it('is 0 of 0 for no steps', () => {
    expect(progressText([])).toBe('0 of 0 done');
  });
});

describe('addable', () => {
  it('lists the playbooks not on the ticket, by name', () => {
    const all = [pb(1, 'Shipping delay'), pb(2, 'Customer complaint resolution'), pb(3, 'Item missing from order')];
    expect(addable(all, [on(1)]).map((p) => p.id)).toEqual([2, 3]);
    expect(addable(all, [on(1), on(2), on(3)])).toEqual([]);
    expect(addable(all, []).map((p) => p.name)).toEqual(['Customer complaint resolution', 'Item missing from order', 'Shipping delay']);
  });
});

describe('isOpenSteps', () => {
  it("knows Go's refusal to close with required steps unticked", () => {
    expect(
      isOpenSteps(
        'a required step of the Shipping delay playbook is not ticked (Check the tracking number and update the customer.): tick them, or say why you are closing without them',
      ),
    ).toBe(true);
    expect(isOpenSteps('2 required steps of the Customer complaint resolution playbook are not ticked (A · B): tick them, or say why you are closing without them')).toBe(true);
  });
  it('leaves other failures alone', () => {
    expect(isOpenSteps('someone else changed this ticket: reload it')).toBe(false);
    expect(isOpenSteps('the reason is too long: keep it under 1000 characters')).toBe(false);
    expect(isOpenSteps('')).toBe(false);
  });
});

describe('byWhen', () => {
  it('is who and when, or who alone', () => {
    const now = new Date(2026, 11, 3, 15, 0);
    const at = new Date(2026, 11, 3, 14, 5).toISOString();
    expect(byWhen('Riley Rep', at, now)).toMatch(/^Riley Rep · .*2.*05/);
    expect(byWhen('Riley Rep', undefined, now)).toBe('Riley Rep');
  });
});

describe('moveStep', () => {
  it('swaps a step with its neighbour', () => {
    expect(moveStep(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
  });
  it('leaves the ends alone', () => {
    const s = ['a', 'b'];
    expect(moveStep(s, 0, -1)).toBe(s);
    expect(moveStep(s, 1, 1)).toBe(s);
  });
});

describe('owners', () => {
  it("names the other playbook that brings each category, not the one edited", () => {
    const all = [pb(1, 'Shipping delay', ['shipping_delay']), pb(2, 'Complaint', ['complaint', 'other'])];
    expect(owners(all, 2)).toEqual({ shipping_delay: 'Shipping delay' });
    expect(owners(all, 0)).toEqual({ shipping_delay: 'Shipping delay', complaint: 'Complaint', other: 'Complaint' });
  });
});

describe('moveStepTo', () => {
  it('moves a dragged step to where it is dropped', () => {
    expect(moveStepTo(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveStepTo(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
  });
  it('keeps the list when dropped in place or from nowhere', () => {
    const s = ['a', 'b'];
    expect(moveStepTo(s, 1, 1)).toBe(s);
    expect(moveStepTo(s, 5, 0)).toBe(s);
  });
  it('drops past the end at the end', () => {
    expect(moveStepTo(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
  });
});

describe('blankPlaybook', () => {
  it('carries a time Go can read', () => {
    expect(Number.isNaN(Date.parse(blankPlaybook().updatedAt))).toBe(false);
    expect(blankPlaybook().steps).toHaveLength(1);
  });
});
