import { describe, expect, it } from 'vitest';
import type { Completion, DayRun } from '../../lib/checklists-types';
import { addDays, dayTitle, dayTotals, expected, pct, pctText, shopToday, weekdayOf } from './history-text';
import { blankTemplate, withAudience } from './editor-text';

describe('the checklist history', () => {
  it('steps through days, across months and clock changes', () => {
    expect(addDays('2026-12-03', -1)).toBe('2026-12-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('knows the weekday and says the date', () => {
    expect(weekdayOf('2026-12-03')).toBe(3); // a Thursday
    expect(weekdayOf('2026-12-06')).toBe(6);
    expect(dayTitle('2026-12-03', 'en-GB')).toMatch(/^Thursday,? 3 December 2026$/);
  });

  it("takes the shop's today from the completion window", () => {
    expect(shopToday({ to: '2026-12-02' } as Completion)).toBe('2026-12-03');
    expect(shopToday(null, new Date(2026, 11, 3, 15))).toBe('2026-12-03');
  });

  it('says rates', () => {
    expect(pct({ done: 2, counted: 3 })).toBe(67);
    expect(pctText({ done: 0, counted: 0 })).toBe('—');
    expect(pctText({ done: 7, counted: 7 })).toBe('100%');
    const run = (done: number, counted: number, late: number) => ({ done, counted, late }) as DayRun;
    expect(dayTotals([run(1, 7, 2), run(3, 3, 0)])).toEqual({ done: 4, counted: 10, late: 2 });
  });

  it('knows who was expected to open a checklist', () => {
    const reps = { ...withAudience(blankTemplate(), 'rep'), days: 'weekdays' as const };
    const owner = { id: 1, role: 'owner' as const };
    const rep = { id: 2, role: 'rep' as const };
    expect(expected([reps], rep, '2026-12-03')).toBe(true);
    expect(expected([reps], rep, '2026-12-05')).toBe(false); // Saturday
    expect(expected([reps], owner, '2026-12-03')).toBe(false);
    expect(expected([withAudience(blankTemplate(), 'person', 1)], owner, '2026-12-05')).toBe(true);
  });
});
