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

  true satisfies SameMethods<typeof Checklists, typeof GoChecklists>,
  true satisfies ArgsFit<typeof Checklists.today, typeof GoChecklists.Today>,
  true satisfies ArgsFit<typeof Checklists.mark, typeof GoChecklists.Mark>,
  true satisfies ArgsFit<typeof Checklists.list, typeof GoChecklists.List>,
  true satisfies ArgsFit<typeof Checklists.save, typeof GoChecklists.Save>,
  true satisfies ArgsFit<typeof Checklists.delete, typeof GoChecklists.Delete>,
];
