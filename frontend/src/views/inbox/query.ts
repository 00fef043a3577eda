// The ticket list's query, without the list's state: start-up (boot.ts)
// builds the first one before the inbox's code has run.

import type { Category, Channel, Priority, Sort, Status, TicketQuery, View } from '../../lib/types';

export const PAGE = 50;
/** The order a list starts in. */
export const defaultSort: Sort = 'updated';

export interface Filters {
  statuses: Status[];
  priorities: Priority[];
  categories: Category[];
  channels: Channel[];
  /** null: anyone; 0: nobody; else a person's id. */
  assignee: number | null;
  tag: string;
}

export const noFilters = (): Filters => ({
  statuses: [],
  priorities: [],
  categories: [],
  channels: [],
  assignee: null,
  tag: '',
});

/** queryOf builds the Go query for a view, filters, sort and search. */
export function queryOf(view: View, f: Filters, sort: Sort, search: string, cursor = '', limit = PAGE): TicketQuery {
  return {
    view,
    statuses: [...f.statuses],
    priorities: [...f.priorities],
    categories: [...f.categories],
    channels: [...f.channels],
    assignee: f.assignee === null ? -1 : f.assignee,
    tag: f.tag,
    customerId: 0,
    search: search.trim(),
    sort,
    cursor,
    limit,
  };
}
