// The escalations side of the Go API. Calls go through call() in ./api, so
// Go's messages (a rep doing the manager's step, an ETA in the past) arrive
// as ApiErrors like everywhere else.

import { call, change, detail } from './api';
import { composed } from './mail-api';
import type { Composed, Template } from './mail-types';
import type { Detail } from './types';
import type {
  Board,
  Closing,
  Counts,
  Escalation,
  EscalationSettings,
  Investigation,
  NewEscalation,
} from './escalations-types';

const arr = <T>(v: T[] | null | undefined): T[] => v ?? [];

function escalation(e: Escalation): Escalation {
  return { ...e, steps: arr(e.steps) };
}

export interface Escalated {
  escalation: Escalation;
  ticket: Detail;
}

export const Escalations = {
  /** Steps 1 and 2: logged with its reason, the manager told; the ticket after it. */
  escalate: async (ticketId: number, ticketVersion: number, input: NewEscalation): Promise<Escalated> => {
    const out = await change<Escalated>('Escalations', 'Escalate', ticketId, ticketVersion, input);
    return { escalation: escalation(out.escalation), ticket: detail(out.ticket) };
  },
  forTicket: async (ticketId: number): Promise<Escalation[]> =>
    arr(await call<Escalation[] | null>('Escalations', 'ForTicket', ticketId)).map(escalation),
  get: async (id: number): Promise<Escalation> => escalation(await call<Escalation>('Escalations', 'Get', id)),
  /** Step 3, the manager's: the estimated resolution time and who was contacted. */
  investigate: async (id: number, version: number, input: Investigation): Promise<Escalation> =>
    escalation(await change<Escalation>('Escalations', 'Investigate', id, version, input)),
  updateTemplates: async (): Promise<Template[]> => arr(await call<Template[] | null>('Escalations', 'UpdateTemplates')),
  /** Step 4's email filled in; templateId 0 is the built-in update. */
  draft: async (id: number, templateId: number): Promise<Composed> =>
    composed(await call<Composed>('Escalations', 'Draft', id, templateId)),
  /** Step 4: the update goes to the customer as a reply on the ticket. */
  communicate: async (id: number, version: number, body: string): Promise<Escalation> =>
    escalation(await change<Escalation>('Escalations', 'Communicate', id, version, body)),
  /** Step 5: the outcome recorded, the ticket resolved. */
  close: async (id: number, version: number, input: Closing): Promise<Escalation> =>
    escalation(await change<Escalation>('Escalations', 'Close', id, version, input)),
  counts: () => call<Counts>('Escalations', 'Counts'),
  /** Owner only. */
  board: async (): Promise<Board> => {
    const b = await call<Board>('Escalations', 'Board');
    return { ...b, open: arr(b.open).map(escalation), closed: arr(b.closed).map(escalation) };
  },
  /** Owner only. */
  settings: () => call<EscalationSettings>('Escalations', 'Settings'),
  /** Owner only. */
  saveSettings: (s: EscalationSettings) => change<EscalationSettings>('Escalations', 'SaveSettings', s),
};
