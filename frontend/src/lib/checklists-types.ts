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
  createdAt: string;
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

export type Outcome = 'done' | 'done_late' | 'skipped' | 'late' | 'open' | 'not_needed';

export interface HistoryTask extends RunTask {
  outcome: Outcome;
}

/** One checklist a person had on a day; missing when nobody opened it. */
export interface DayRun {
  templateId: number;
  name: string;
  missing: boolean;
  tasks: HistoryTask[];
  history: Tick[];
  done: number;
  /** Tasks that count (not "as needed"). */
  counted: number;
  late: number;
}

export interface PersonDay {
  personId: number;
  name: string;
  runs: DayRun[];
}

export interface ChecklistDay {
  date: string;
  /** The shop did not open: no checklists were due. */
  closed: boolean;
  today: boolean;
  people: PersonDay[];
}

export interface Rate {
  done: number;
  counted: number;
  late: number;
  skipped: number;
  missedDays: number;
}

export interface PersonRate extends Rate {
  personId: number;
  name: string;
}

export interface TaskRate extends Rate {
  templateId: number;
  taskId: number;
  title: string;
}

export interface Completion {
  from: string;
  to: string;
  days: number;
  people: PersonRate[];
  tasks: TaskRate[];
  overall: Rate;
}
