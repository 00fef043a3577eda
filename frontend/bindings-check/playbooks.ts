// Compile-time check that src/lib/playbooks-types.ts and
// src/lib/playbooks-api.ts still match the generated bindings. Nothing
// here runs: a mismatch is a type error in `npm run check`.

import type { playbooks } from '../wailsjs/go/models';
import type * as GoPlaybooks from '../wailsjs/go/app/Playbooks';
import type { Playbooks } from '../src/lib/playbooks-api';
import type * as T from '../src/lib/playbooks-types';
import type { ArgsFit, Fits, Mirrors, SameMethods } from './match';

export const checks: true[] = [
  true satisfies Mirrors<T.Playbook, playbooks.Playbook>,
  true satisfies Mirrors<T.Step, playbooks.Step>,
  true satisfies Mirrors<T.Attached, playbooks.Attached>,
  true satisfies Mirrors<T.TicketStep, playbooks.TicketStep>,
  true satisfies Mirrors<T.PlaybookChange, playbooks.Change>,
  true satisfies Fits<T.Playbook, playbooks.Playbook>,

  true satisfies SameMethods<typeof Playbooks, typeof GoPlaybooks>,
  true satisfies ArgsFit<typeof Playbooks.list, typeof GoPlaybooks.List>,
  true satisfies ArgsFit<typeof Playbooks.save, typeof GoPlaybooks.Save>,
  true satisfies ArgsFit<typeof Playbooks.delete, typeof GoPlaybooks.Delete>,
  true satisfies ArgsFit<typeof Playbooks.forTicket, typeof GoPlaybooks.ForTicket>,
  true satisfies ArgsFit<typeof Playbooks.attach, typeof GoPlaybooks.Attach>,
  true satisfies ArgsFit<typeof Playbooks.remove, typeof GoPlaybooks.Remove>,
  true satisfies ArgsFit<typeof Playbooks.tick, typeof GoPlaybooks.Tick>,
];
