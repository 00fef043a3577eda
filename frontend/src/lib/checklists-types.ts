// The shift's checklists as Go sends them (backend/checklists), checked
// against the generated bindings by bindings-check/checklists.ts.

export type Timeframe = 'start_of_shift' | 'morning' | 'throughout_the_day' | 'as_needed' | 'end_of_shift' | 'at';
export type Audience = 'everyone' | 'role' | 'person';
export type Days = 'every_day' | 'weekdays' | 'chosen';

export interface ChecklistTask {
  id: number;
  title: string;
  timeframe: Timeframe;
  /** "14:30" when timeframe is "at". */
  at: string;
  /** Guidance: the seed's Notes column. */
  note: string;
  /** "" or a place in the app: "inbox-due", "returns-refund", "metrics-today". */
  link: string;
}

export interface ChecklistTemplate {
  id: number;
  name: string;
  audience: Audience;
  role: string;
  personId: number;
  days: Days;
  weekdays: number[];
  tasks: ChecklistTask[];
  defaultKey?: string;
  lastTask: number;
  version: number;
  updatedAt: string;
}

export interface RunTask extends ChecklistTask {
  due?: string;
  done: boolean;
  doneAt?: string;
  doneBy: string;
  comment: string;
  late: boolean;
  /** The figure behind a linked task, as it is now. */
  live: string;
}

export interface Tick {
  at: string;
  byId: number;
  by: string;
  taskId: number;
  done: boolean;
  comment: string;
}

export interface Run {
  templateId: number;
  templateVersion: number;
  name: string;
  personId: number;
  /** The shop's local date, "2026-12-03". */
  date: string;
  tasks: RunTask[];
  history: Tick[];
  createdAt: string;
  version: number;
}
