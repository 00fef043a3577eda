// The checklists side of the Go API. Calls go through call() in ./api, so
// Go's messages arrive as ApiErrors like everywhere else.

import { call, change } from './api';
import type { ChecklistTemplate, Run } from './checklists-types';

const arr = <T>(v: T[] | null | undefined): T[] => v ?? [];

function run(r: Run): Run {
  return { ...r, tasks: arr(r.tasks), history: arr(r.history) };
}
function template(t: ChecklistTemplate): ChecklistTemplate {
  return { ...t, weekdays: arr(t.weekdays), tasks: arr(t.tasks) };
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
};
