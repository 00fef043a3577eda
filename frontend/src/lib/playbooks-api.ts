// The playbooks side of the Go API. Calls go through call() in ./api, so
// Go's messages arrive as ApiErrors like everywhere else.

import { call, change } from './api';
import type { Attached, Playbook } from './playbooks-types';

const arr = <T>(v: T[] | null | undefined): T[] => v ?? [];

function playbook(p: Playbook): Playbook {
  return { ...p, steps: arr(p.steps), categories: arr(p.categories) };
}
function attached(a: Attached): Attached {
  return { ...a, steps: arr(a.steps), history: arr(a.history) };
}
const attachedList = (v: Attached[] | null) => arr(v).map(attached);

export const Playbooks = {
  list: async (): Promise<Playbook[]> => arr(await call<Playbook[] | null>('Playbooks', 'List')).map(playbook),
  /** Owner only. id 0 creates; the categories it takes leave the playbook that had them. */
  save: async (p: Playbook): Promise<Playbook> => playbook(await change<Playbook>('Playbooks', 'Save', p)),
  /** Owner only. */
  delete: (id: number) => change<void>('Playbooks', 'Delete', id),
  /** The playbooks on a ticket, each step with its suggested reply and what the order says. */
  forTicket: async (ticketId: number): Promise<Attached[]> =>
    attachedList(await call<Attached[] | null>('Playbooks', 'ForTicket', ticketId)),
  /** Puts a playbook on a ticket by hand; the ticket's playbooks after it. */
  attach: async (ticketId: number, playbookId: number): Promise<Attached[]> =>
    attachedList(await call<Attached[] | null>('Playbooks', 'Attach', ticketId, playbookId)),
  /** Takes a playbook off a ticket (what was ticked stays on record). */
  remove: async (ticketId: number, playbookId: number): Promise<Attached[]> =>
    attachedList(await call<Attached[] | null>('Playbooks', 'Remove', ticketId, playbookId)),
  /** Ticks (done) or unticks a step, with who and when. */
  tick: async (ticketId: number, playbookId: number, stepId: number, done: boolean): Promise<Attached[]> =>
    attachedList(await call<Attached[] | null>('Playbooks', 'Tick', ticketId, playbookId, stepId, done)),
};
