// Compile-time check that src/lib/checklists-types.ts and
// src/lib/checklists-api.ts still match the generated bindings. Nothing
// here runs: a mismatch is a type error in `npm run check`.

import type { checklists } from '../wailsjs/go/models';
import type * as GoChecklists from '../wailsjs/go/app/Checklists';
import type { Checklists } from '../src/lib/checklists-api';
import type * as T from '../src/lib/checklists-types';
import type { ArgsFit, Fits, Mirrors, SameMethods } from './match';

export const checks: true[] = [
  true satisfies Mirrors<T.ChecklistTemplate, checklists.Template>,
  true satisfies Mirrors<T.ChecklistTask, checklists.Task>,
  true satisfies Mirrors<T.Run, checklists.Run>,
  true satisfies Mirrors<T.RunTask, checklists.RunTask>,
  true satisfies Mirrors<T.Tick, checklists.Tick>,
  true satisfies Fits<T.ChecklistTemplate, checklists.Template>,
  true satisfies Mirrors<T.HistoryTask, checklists.HistoryTask>,
  true satisfies Mirrors<T.DayRun, checklists.DayRun>,
  true satisfies Mirrors<T.PersonDay, checklists.PersonDay>,
  true satisfies Mirrors<T.ChecklistDay, checklists.Day>,
  true satisfies Mirrors<T.Rate, checklists.Rate>,
  true satisfies Mirrors<T.PersonRate, checklists.PersonRate>,
  true satisfies Mirrors<T.TaskRate, checklists.TaskRate>,
  true satisfies Mirrors<T.Completion, checklists.Completion>,

  true satisfies SameMethods<typeof Checklists, typeof GoChecklists>,
  true satisfies ArgsFit<typeof Checklists.today, typeof GoChecklists.Today>,
  true satisfies ArgsFit<typeof Checklists.mark, typeof GoChecklists.Mark>,
  true satisfies ArgsFit<typeof Checklists.list, typeof GoChecklists.List>,
  true satisfies ArgsFit<typeof Checklists.save, typeof GoChecklists.Save>,
  true satisfies ArgsFit<typeof Checklists.delete, typeof GoChecklists.Delete>,
  true satisfies ArgsFit<typeof Checklists.day, typeof GoChecklists.Day>,
  true satisfies ArgsFit<typeof Checklists.completion, typeof GoChecklists.Completion>,
];
