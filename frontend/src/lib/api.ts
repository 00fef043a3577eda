// The one place that talks to the Go side.
//
// Wails' generated bindings (wailsjs/go/app/*.js) are one-line wrappers
// around window.go.app.<Area>.<Method>; calling that object here keeps the
// frontend buildable from a clean clone, before the bindings are generated.
// The types in ./types.ts are checked against the generated ones by
// `npm run check` (see bindings-check/).
//
// Go returns errors as plain strings in a rejected promise. Every call here
// turns them into an ApiError whose message is that string: the Go messages
// are written for people, so views show them as they are.

import type {
  BulkChange,
  Choice,
  Counts,
  Customer,
  CustomerInput,
  CustomerPage,
  CustomerQuery,
  Detail,
  GettingStarted,
  NewPerson,
  NewTicket,
  Person,
  PersonChange,
  Profile,
  SessionState,
  SetupInput,
  Shop,
  Summary,
  Targets,
  Ticket,
  TicketChange,
  TicketPage,
  TicketQuery,
} from './types';
import { callTimeoutMs, slowCalls, tooLarge } from './limits';
import { isPasswordNeeded, passwordPrompt } from './password-prompt.svelte';

/** An error reported by the Go side (or by the bridge to it). */
export class ApiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

const fallback = 'something went wrong inside Shopdesk: try again, and if it keeps happening, restart Shopdesk';

/** messageOf turns anything thrown or rejected into one line for people. */
export function messageOf(err: unknown): string {
  if (typeof err === 'string') return err.trim() || fallback;
  if (err instanceof Error) return err.message.trim() || fallback;
  if (err && typeof err === 'object' && 'message' in err && typeof err.message === 'string') {
    return err.message.trim() || fallback;
  }
  return fallback;
}

/** sentence capitalises a Go message for display ("wrong password: …" → "Wrong password: …"). */
export function sentence(msg: string): string {
  return msg ? msg.charAt(0).toUpperCase() + msg.slice(1) : msg;
}

type Area =
  | 'Session'
  | 'Tickets'
  | 'Customers'
  | 'People'
  | 'Settings'
  | 'Diagnostics'
  // The email side, wrapped in ./mail-api.ts.
  | 'Mail'
  | 'Templates'
  | 'Feedback'
  // Orders, wrapped in ./orders-api.ts.
  | 'Orders'
  // Return requests, wrapped in ./returns-api.ts.
  | 'Returns'
  // The shift's checklists, wrapped in ./checklists-api.ts.
  | 'Checklists'
  // A ticket's playbooks, wrapped in ./playbooks-api.ts.
  | 'Playbooks'
  // Escalations, wrapped in ./escalations-api.ts.
  | 'Escalations'
  // End-of-day summaries, wrapped in ./summaries-api.ts.
  | 'Summaries'
  // Quality reviews, wrapped in ./reviews-api.ts.
  | 'Reviews';
type Bridge = Partial<Record<Area, Record<string, (...args: unknown[]) => Promise<unknown>>>>;

function bridge(): Bridge | undefined {
  return (globalThis as { go?: { app?: Bridge } }).go?.app;
}

/**
 * call runs one bound Go method and normalises its failure. An input too
 * large for the bridge is refused before it is sent, and no call waits
 * forever: after callTimeoutMs (or its slowCalls bound) it fails with a
 * message that says to try again.
 */
export async function call<T>(area: Area, method: string, ...args: unknown[]): Promise<T> {
  const fn = bridge()?.[area]?.[method];
  if (typeof fn !== 'function') {
    throw new ApiError('the window is not connected to Shopdesk: close it and start Shopdesk again');
  }
  const large = tooLarge(args);
  if (large) throw new ApiError(large);
  const ms = slowCalls[`${area}.${method}`] ?? callTimeoutMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const answer = fn(...args);
    if (!Number.isFinite(ms)) return (await answer) as T;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new ApiError(`Shopdesk did not answer within ${Math.round(ms / 1000)} seconds: try again`)),
        ms,
      );
    });
    return (await Promise.race([answer, late])) as T;
  } catch (err) {
    throw err instanceof ApiError ? err : new ApiError(messageOf(err));
  } finally {
    clearTimeout(timer);
  }
}

// ---- change notifications ------------------------------------------------

type Listener = () => void;
const listeners = new Set<Listener>();

/** onChange calls fn after every successful change made through this module. */
export function onChange(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** change runs a call that changes something: the owner's password is asked for if Go wants it, and listeners hear of it. */
export async function change<T>(area: Area, method: string, ...args: unknown[]): Promise<T> {
  const out = await withPassword(() => call<T>(area, method, ...args));
  for (const fn of listeners) fn();
  return out;
}

/**
 * withPassword runs a change; if Go answers that a remembered owner must
 * type their password first, it asks for it and, once confirmed, runs the
 * change again.
 */
async function withPassword<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (!isPasswordNeeded(messageOf(err)) || !(await passwordPrompt.ask())) throw err;
    return run();
  }
}

// ---- normalising Go's nil slices ----------------------------------------

const arr = <T>(v: T[] | null | undefined): T[] => v ?? [];

function summary(s: Summary): Summary {
  return { ...s, tags: arr(s.tags) };
}
function customer(c: Customer): Customer {
  return { ...c, tags: arr(c.tags) };
}
function ticket(t: Ticket): Ticket {
  return { ...t, tags: arr(t.tags) };
}
export function detail(d: Detail): Detail {
  return {
    ...d,
    ticket: ticket(d.ticket),
    customer: customer(d.customer),
    messages: arr(d.messages),
    events: arr(d.events),
    others: arr(d.others).map(summary),
  };
}

// ---- the API, one object per bound Go struct -----------------------------

export const Session = {
  state: async (): Promise<SessionState> => {
    const s = await call<SessionState>('Session', 'State');
    return { ...s, people: arr<Choice>(s.people) };
  },
  setup: (input: SetupInput) => change<Person>('Session', 'Setup', input),
  signIn: (id: number, password: string, remember: boolean) =>
    call<Person>('Session', 'SignIn', id, password, remember),
  confirm: (password: string) => call<void>('Session', 'Confirm', password),
  signOut: () => call<void>('Session', 'SignOut'),
  quit: () => call<void>('Session', 'Quit'),
  /** openAnother asks for a data file and restarts on it; '' when cancelled. */
  openAnother: () => call<string>('Session', 'OpenAnother'),
};

export const Tickets = {
  list: async (q: TicketQuery): Promise<TicketPage> => {
    const p = await call<TicketPage>('Tickets', 'List', q);
    return { ...p, items: arr(p.items).map(summary) };
  },
  counts: () => call<Counts>('Tickets', 'Counts'),
  get: async (id: number) => detail(await call<Detail>('Tickets', 'Get', id)),
  create: async (t: NewTicket) => ticket(await change<Ticket>('Tickets', 'Create', t)),
  reply: async (id: number, body: string) => detail(await change<Detail>('Tickets', 'Reply', id, body)),
  addNote: async (id: number, body: string) => detail(await change<Detail>('Tickets', 'AddNote', id, body)),
  addCustomerMessage: async (id: number, body: string) =>
    detail(await change<Detail>('Tickets', 'AddCustomerMessage', id, body)),
  /** update saves c if nobody saved the ticket since version; else it fails with a conflict message. */
  update: async (id: number, version: number, c: TicketChange) =>
    detail(await change<Detail>('Tickets', 'Update', id, version, c)),
  /** delete refuses a ticket with unsent email until unsent says "send" (it still goes) or "discard". */
  delete: (id: number, unsent: '' | 'send' | 'discard' = '') => change<void>('Tickets', 'Delete', id, unsent),
  /** updateMany applies one change to every ticket in ids, all or none. */
  updateMany: async (ids: number[], c: BulkChange) =>
    arr(await change<Ticket[] | null>('Tickets', 'UpdateMany', ids, c)).map(ticket),
  tags: async () => arr(await call<string[] | null>('Tickets', 'Tags')),
};

export const Customers = {
  list: async (q: CustomerQuery): Promise<CustomerPage> => {
    const p = await call<CustomerPage>('Customers', 'List', q);
    return { ...p, items: arr(p.items).map(customer), stats: arr(p.stats) };
  },
  get: async (id: number): Promise<Profile> => {
    const p = await call<Profile>('Customers', 'Get', id);
    return { customer: customer(p.customer), tickets: arr(p.tickets).map(summary) };
  },
  create: async (c: CustomerInput) => customer(await change<Customer>('Customers', 'Create', c)),
  update: async (id: number, version: number, c: CustomerInput) =>
    customer(await change<Customer>('Customers', 'Update', id, version, c)),
  delete: (id: number) => change<void>('Customers', 'Delete', id),
};

export const People = {
  list: async () => arr(await call<Person[] | null>('People', 'List')),
  add: (p: NewPerson) => change<Person>('People', 'Add', p),
  update: (id: number, c: PersonChange) => change<Person>('People', 'Update', id, c),
  changePassword: (current: string, next: string) => call<void>('People', 'ChangePassword', current, next),
};

export const Settings = {
  get: () => call<Shop>('Settings', 'Get'),
  save: (shop: Shop) => change<void>('Settings', 'Save', shop),
  defaultTargets: () => call<Targets>('Settings', 'DefaultTargets'),
  /** The owner's first steps, each read from the data file (owner only). */
  gettingStarted: () => call<GettingStarted>('Settings', 'GettingStarted'),
  dismissGettingStarted: () => call<void>('Settings', 'DismissGettingStarted'),
};

export const Diagnostics = {
  inboxShown: () => call<void>('Diagnostics', 'InboxShown'),
};
