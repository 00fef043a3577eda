// The checklists side of the Go API. Calls go through call() in ./api, so
// Go's messages arrive as ApiErrors like everywhere else.

import { call, change } from './api';
import type { ChecklistDay, ChecklistTemplate, Completion, DayRun, Run } from './checklists-types';

const arr = <T>(v: T[] | null | undefined): T[] => v ?? [];

function run(r: Run): Run {
  return { ...r, tasks: arr(r.tasks), history: arr(r.history) };
}
function template(t: ChecklistTemplate): ChecklistTemplate {
  return { ...t, weekdays: arr(t.weekdays), tasks: arr(t.tasks) };
}

function dayRun(r: DayRun): DayRun {
  return { ...r, tasks: arr(r.tasks), history: arr(r.history) };
}

export const Checklists = {
  /** The signed-in person's checklists for today (none on a day the shop is closed). */
  today: async (): Promise<Run[]> => arr(await call<Run[] | null>('Checklists', 'Today')).map(run),
  /** Ticks (done) or unticks a task; the comment is kept with it. */
  mark: async (personId: number, date: string, templateId: number, taskId: number, done: boolean, comment: string): Promise<Run> =>
    run(await call<Run>('Checklists', 'Mark', personId, date, templateId, taskId, done, comment)),
  list: async (): Promise<ChecklistTemplate[]> => arr(await call<ChecklistTemplate[] | null>('Checklists', 'List')).map(template),
  /** Owner only. */
  save: async (t: ChecklistTemplate): Promise<ChecklistTemplate> => template(await change<ChecklistTemplate>('Checklists', 'Save', t)),
  /** Owner only. */
  delete: (id: number) => change<void>('Checklists', 'Delete', id),
  /** Owner only: every person's checklists on a shop-local date ("2026-12-03"), missed ones included. */
  day: async (date: string): Promise<ChecklistDay> => {
    const d = await call<ChecklistDay>('Checklists', 'Day', date);
    return { ...d, people: arr(d.people).map((p) => ({ ...p, runs: arr(p.runs).map(dayRun) })) };
  },
  /** Owner only: completion by person and by task over the last `days` days before today. */
  completion: async (days: number): Promise<Completion> => {
    const c = await call<Completion>('Checklists', 'Completion', days);
    return { ...c, people: arr(c.people), tasks: arr(c.tasks) };
  },
};
