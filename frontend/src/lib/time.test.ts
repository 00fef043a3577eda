import { describe, expect, it } from 'vitest';
import { ago, due, friendlyMinutes, span, splitMinutes, toMinutes } from './time';

const now = new Date('2025-03-10T12:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('span', () => {
  it.each([
    [30_000, 'under 1m'],
    [5 * MIN, '5m'],
    [59 * MIN, '59m'],
    [2 * HOUR, '2h'],
    [2 * HOUR + 30 * MIN, '2h 30m'],
    [11 * HOUR + 30 * MIN, '11h'],
    [DAY + 4 * HOUR, '1d 4h'],
    [9 * DAY + 4 * HOUR, '9d'],
  ])('%i ms is %s', (ms, text) => {
    expect(span(ms)).toBe(text);
  });
});

describe('due', () => {
  it('says nothing when nothing is due', () => {
    expect(due('', false, now)).toEqual({ text: '', overdue: false, soon: false });
  });
  it('counts down to a target', () => {
    expect(due(at(2 * HOUR), false, now)).toEqual({ text: 'due in 2h', overdue: false, soon: false });
  });
  it('warns within the last hour', () => {
    expect(due(at(20 * MIN), false, now)).toMatchObject({ text: 'due in 20m', soon: true });
  });
  it('says how long overdue when Go says overdue', () => {
    expect(due(at(-3 * HOUR), true, now)).toEqual({ text: 'overdue 3h', overdue: true, soon: false });
  });
  it("trusts Go: a past target that is not overdue (waiting on the customer) is not red", () => {
    expect(due(at(-3 * HOUR), false, now)).toMatchObject({ overdue: false });
  });
  it('ignores a time it cannot read', () => {
    expect(due('soon', false, now).text).toBe('');
  });
});

describe('ago', () => {
  it.each([
    [-10_000, 'just now'],
    [-5 * MIN, '5m ago'],
    [-3 * HOUR, '3h ago'],
    [-30 * HOUR, 'yesterday'],
    [-3 * DAY, '3d ago'],
  ])('%i ms is %s', (ms, text) => {
    expect(ago(at(ms), now)).toBe(text);
  });
  it('gives a date for older times', () => {
    expect(ago(at(-40 * DAY), now)).toMatch(/Jan|29|30/);
  });
});

describe('service targets', () => {
  it.each([
    [10, 10, 'minutes', '10 minutes'],
    [60, 1, 'hours', '1 hour'],
    [240, 4, 'hours', '4 hours'],
    [1440, 1, 'days', '1 day'],
    [2880, 2, 'days', '2 days'],
    [90, 90, 'minutes', '1 hour 30 minutes'],
  ] as const)('%i minutes show as %i %s (%s)', (minutes, amount, unit, words) => {
    expect(splitMinutes(minutes)).toEqual({ amount, unit });
    expect(toMinutes(amount, unit)).toBe(minutes);
    expect(friendlyMinutes(minutes)).toBe(words);
  });
  it('rounds a fraction to whole minutes', () => {
    expect(toMinutes(1.5, 'hours')).toBe(90);
    expect(toMinutes(0.33, 'minutes')).toBe(0);
  });
});

describe('due while waiting on the customer', () => {
  it('pauses the clock', () => {
    expect(due(at(-3 * HOUR), false, now, true)).toEqual({ text: 'waiting on customer', overdue: false, soon: false });
  });
});
