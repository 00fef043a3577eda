// What the owner's checklist editor works out, kept apart from the screen
// so it is unit-tested: who a checklist is for and on which days in words,
// new templates and tasks, moving tasks, and which task Go's refusal names.

import type { ChecklistTask, ChecklistTemplate, Days, Timeframe } from '../../lib/checklists-types';
import type { Person } from '../../lib/types';

/** Who a checklist is for, as the editor's one select offers it. */
export type AudienceChoice = 'everyone' | 'owner' | 'rep' | 'person';

export const audienceLabel: Record<AudienceChoice, string> = {
  everyone: 'Everyone',
  owner: 'The owner',
  rep: 'The reps',
  person: 'One person',
};
export const audienceChoices: AudienceChoice[] = ['everyone', 'rep', 'owner', 'person'];

export const daysLabel: Record<Days, string> = {
  every_day: 'Every day the shop opens',
  weekdays: 'Weekdays (Monday to Friday)',
  chosen: 'Chosen days',
};
export const daysChoices: Days[] = ['every_day', 'weekdays', 'chosen'];

/** Go's weekdays: 0 Monday … 6 Sunday. */
export const weekdayShort = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
export const weekdayLong = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const timeframes: Timeframe[] = ['start_of_shift', 'morning', 'throughout_the_day', 'as_needed', 'end_of_shift', 'at'];

/** The places in the app a task may open (Go's checklists.Links), and "none". */
export const linkChoices = ['', 'inbox-due', 'returns-refund', 'metrics-today'] as const;
export const linkLabel: Record<string, string> = {
  '': 'No link',
  'inbox-due': 'Open tickets',
  'returns-refund': 'Refunds to do',
  'metrics-today': 'Today’s figures',
};

export function audienceOf(t: Pick<ChecklistTemplate, 'audience' | 'role'>): AudienceChoice {
  if (t.audience === 'role') return t.role === 'owner' ? 'owner' : 'rep';
  return t.audience;
}

/** withAudience sets who the template is for from the select's choice. */
export function withAudience<T extends Pick<ChecklistTemplate, 'audience' | 'role' | 'personId'>>(t: T, a: AudienceChoice, personId = t.personId): T {
  if (a === 'owner' || a === 'rep') return { ...t, audience: 'role', role: a, personId: 0 };
  if (a === 'person') return { ...t, audience: 'person', role: '', personId };
  return { ...t, audience: 'everyone', role: '', personId: 0 };
}

/** whoText says who a checklist is for: "Everyone", "The reps", "Riley Rep". */
export function whoText(t: Pick<ChecklistTemplate, 'audience' | 'role' | 'personId'>, people: Person[]): string {
  const a = audienceOf(t);
  if (a !== 'person') return audienceLabel[a];
  return people.find((p) => p.id === t.personId)?.name ?? 'Someone no longer here';
}

/** daysText says when it runs: "Every day", "Weekdays", "Mon, Wed, Fri". */
export function daysText(t: Pick<ChecklistTemplate, 'days' | 'weekdays'>): string {
  if (t.days === 'every_day') return 'Every day';
  if (t.days === 'weekdays') return 'Weekdays';
  const chosen = [...t.weekdays].sort((a, b) => a - b).map((d) => weekdayShort[d]);
  return chosen.length ? chosen.join(', ') : 'No days chosen';
}

/** summary is the list's line under a checklist's name. */
export function summary(t: ChecklistTemplate, people: Person[]): string {
  const n = t.tasks.length;
  return `${whoText(t, people)} · ${daysText(t)} · ${n} ${n === 1 ? 'task' : 'tasks'}`;
}

/** blankTask is a new task as the editor adds it; Go gives it its id on save. */
export function blankTask(): ChecklistTask {
  return { id: 0, title: '', timeframe: 'throughout_the_day', at: '', note: '', link: '' };
}

/** blankTemplate is a new checklist with one empty task to fill in. */
export function blankTemplate(): ChecklistTemplate {
  return {
    id: 0,
    name: '',
    audience: 'everyone',
    role: '',
    personId: 0,
    days: 'every_day',
    weekdays: [],
    tasks: [blankTask()],
    lastTask: 0,
    version: 0,
    createdAt: '',
    updatedAt: '',
  };
}

/** moveTo moves item from to index to; out of range the list is left as it is. */
export function moveTo<T>(list: T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return list;
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}

/**
 * dropIndex is where a dragged item lands when dropped on row `on`, in its
 * upper (before) or lower half: the index it gets once taken out.
 */
export function dropIndex(from: number, on: number, before: boolean): number {
  const slot = before ? on : on + 1;
  return slot > from ? slot - 1 : slot;
}

/** movedText is what a screen reader hears after a move. */
export function movedText(title: string, to: number, count: number): string {
  return `“${title.trim() || 'Untitled task'}” moved to position ${to + 1} of ${count}.`;
}

/** taskIndexOf is the task Go's message names ("task 3 has no title" → 2), or -1. */
export function taskIndexOf(message: string): number {
  const m = /^task (\d+)\b/i.exec(message.trim());
  return m ? Number(m[1]) - 1 : -1;
}

/** toggleDay adds or takes away a chosen weekday, kept in week order. */
export function toggleDay(days: number[], d: number): number[] {
  return days.includes(d) ? days.filter((x) => x !== d) : [...days, d].sort((a, b) => a - b);
}
