// Start-up asks Go for everything the first screen needs at once, while the
// rest of the page's code is still being read: who is signed in, the first
// page of the inbox, the view counts, the people (the rows' avatars) and the
// tags (they set the width of the tag filter). It also has the font loaded
// before anything is laid out. The window then draws the inbox once, with
// its rows, instead of a shell that fills in call by call, and lays its
// text out once, in Inter, not first in a fallback font. (The first screen
// has no pictures in its stylesheets: one is drawn a frame after its rule
// applies, so the filters' arrows are inline SVG.)
//
// main.ts imports this module first, and nothing it imports needs Svelte's
// runtime, so it asks before the rest of the page's code has run.

import { People, Session, Tickets } from './lib/api';
import { parseRoute } from './lib/route';
import type { Counts, Person, SessionState, TicketPage, View } from './lib/types';
import { defaultSort, noFilters, queryOf } from './views/inbox/query';

export interface Boot {
  /** null when State failed: the window asks again and says why. */
  state: SessionState | null;
  /** The first page of the view the window opens on, when it is the inbox and someone is signed in. */
  page: { view: View; page: TicketPage } | null;
  counts: Counts | null;
  people: Person[] | null;
  tags: string[] | null;
}

/** A call that fails (nobody is signed in yet, say) is simply not there. */
const settled = <T>(p: Promise<T>): Promise<T | null> => p.catch(() => null);

function ask(): Promise<Boot> {
  const route = parseRoute(location.hash);
  const view = route.name === 'inbox' ? route.view : null;
  return Promise.all([
    settled(Session.state()),
    view ? settled(Tickets.list(queryOf(view, noFilters(), defaultSort, ''))) : null,
    settled(Tickets.counts()),
    settled(People.list()),
    settled(Tickets.tags()),
    // The body's font (base.css); the weights are one variable font.
    settled(document.fonts.load('13px "Inter Variable"')),
  ]).then(([state, page, counts, people, tags]) => ({
    state,
    page: view && page ? { view, page } : null,
    counts,
    people,
    tags,
  }));
}

/** Asked as soon as this module runs: main.ts imports it first. */
export const boot = ask();
