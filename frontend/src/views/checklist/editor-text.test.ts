import { describe, expect, it } from 'vitest';
import type { Person } from '../../lib/types';
import { audienceOf, blankTemplate, daysText, dropIndex, moveTo, movedText, summary, taskIndexOf, toggleDay, whoText, withAudience } from './editor-text';

const riley: Person = { id: 2, name: 'Riley Rep', email: 'r@x', role: 'rep', active: true, createdAt: '' };

describe('the checklist editor', () => {
  it('reads and sets who a checklist is for', () => {
    const t = blankTemplate();
    expect(audienceOf(t)).toBe('everyone');
    expect(withAudience(t, 'rep')).toMatchObject({ audience: 'role', role: 'rep', personId: 0 });
    expect(audienceOf(withAudience(t, 'owner'))).toBe('owner');
    expect(withAudience(t, 'person', 2)).toMatchObject({ audience: 'person', role: '', personId: 2 });
    expect(withAudience(withAudience(t, 'person', 2), 'everyone')).toMatchObject({ audience: 'everyone', personId: 0 });
  });

  it('says who and when in words', () => {
    const t = { ...withAudience(blankTemplate(), 'person', 2), days: 'chosen' as const, weekdays: [4, 0, 2] };
    expect(whoText(t, [riley])).toBe('Riley Rep');
    expect(whoText(t, [])).toBe('Someone no longer here');
    expect(daysText(t)).toBe('Mon, Wed, Fri');
    expect(daysText({ days: 'weekdays', weekdays: [] })).toBe('Weekdays');
    expect(summary(t, [riley])).toBe('Riley Rep · Mon, Wed, Fri · 1 task');
  });

  it('moves a task and says where it went', () => {
    expect(moveTo(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveTo(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    const same = ['a', 'b'];
    expect(moveTo(same, 0, -1)).toBe(same);
    expect(moveTo(same, 1, 2)).toBe(same);
    expect(movedText('  ', 8, 10)).toBe('“Untitled task” moved to position 9 of 10.');
  });

  it('works out where a dragged task lands', () => {
    expect(dropIndex(0, 2, true)).toBe(1); // above the third: second once taken out
    expect(dropIndex(0, 2, false)).toBe(2);
    expect(dropIndex(3, 1, true)).toBe(1);
    expect(dropIndex(3, 1, false)).toBe(2);
  });

  it('finds the task Go names', () => {
    expect(taskIndexOf('task 10 has no title')).toBe(9);
    expect(taskIndexOf('task 2 (Check mail) is due at 07:00, but …')).toBe(1);
    expect(taskIndexOf('the checklist has no tasks: add at least one')).toBe(-1);
  });

  it('keeps chosen days in week order', () => {
    expect(toggleDay([4], 1)).toEqual([1, 4]);
    expect(toggleDay([1, 4], 4)).toEqual([1]);
  });
});
