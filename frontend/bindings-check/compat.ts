// Compile-time check that src/lib/types.ts and src/lib/api.ts still match
// the bindings Wails generates from the Go API. Run by `npm run check`
// (through scripts/check-bindings.mjs) whenever frontend/wailsjs exists.
// Nothing here runs: a mismatch is a type error.

import type { app, customers, settings, tickets, users } from '../wailsjs/go/models';
import type * as GoSession from '../wailsjs/go/app/Session';
import type * as GoTickets from '../wailsjs/go/app/Tickets';
import type * as GoCustomers from '../wailsjs/go/app/Customers';
import type * as GoPeople from '../wailsjs/go/app/People';
import type * as GoSettings from '../wailsjs/go/app/Settings';
import type * as GoDiagnostics from '../wailsjs/go/app/Diagnostics';
import type { Customers, Diagnostics, People, Session, Settings, Tickets } from '../src/lib/api';
import type * as T from '../src/lib/types';
import type { ArgsFit, Mirrors, SameMethods } from './match';

export const checks: true[] = [
  // Every bound method has its wrapper, and no wrapper names a missing one.
  true satisfies SameMethods<typeof Session, typeof GoSession>,
  true satisfies SameMethods<typeof Tickets, typeof GoTickets>,
  true satisfies SameMethods<typeof Customers, typeof GoCustomers>,
  true satisfies SameMethods<typeof People, typeof GoPeople>,
  true satisfies SameMethods<typeof Settings, typeof GoSettings>,
  // Crash exists for the crash tests only (--allow-crash-test): the window never calls it.
  true satisfies SameMethods<typeof Diagnostics, Omit<typeof GoDiagnostics, 'Crash'>>,
  // Shapes, field by field.
  true satisfies Mirrors<T.Choice, app.Choice>,
  true satisfies Mirrors<T.SessionState, app.State>,
  true satisfies Mirrors<T.SetupInput, app.SetupInput>,
  true satisfies Mirrors<T.Profile, app.Profile>,
  true satisfies Mirrors<T.Customer, customers.Customer>,
  true satisfies Mirrors<T.CustomerInput, customers.Input>,
  true satisfies Mirrors<T.CustomerQuery, customers.ListQuery>,
  true satisfies Mirrors<T.CustomerPage, customers.CustomerPage>,
  true satisfies Mirrors<T.CustomerStats, customers.Stats>,
  true satisfies Mirrors<T.Shop, settings.Shop>,
  true satisfies Mirrors<T.Targets, settings.Targets>,
  true satisfies Mirrors<T.TicketChange, tickets.Change>,
  true satisfies Mirrors<T.Detail, tickets.Detail>,
  true satisfies Mirrors<T.TicketEvent, tickets.Event>,
  true satisfies Mirrors<T.Message, tickets.Message>,
  true satisfies Mirrors<T.NewTicket, tickets.NewTicket>,
  true satisfies Mirrors<T.TicketPage, tickets.Page>,
  true satisfies Mirrors<T.TicketQuery, tickets.Query>,
  true satisfies Mirrors<T.Summary, tickets.Summary>,
  true satisfies Mirrors<T.Ticket, tickets.Ticket>,
  true satisfies Mirrors<T.PersonChange, users.Change>,
  true satisfies Mirrors<T.NewPerson, users.NewPerson>,
  true satisfies Mirrors<T.Person, users.Person>,

  // Calls: arguments in Go's order and types.
  true satisfies ArgsFit<typeof Session.setup, typeof GoSession.Setup>,
  true satisfies ArgsFit<typeof Session.signIn, typeof GoSession.SignIn>,
  true satisfies ArgsFit<typeof Session.signOut, typeof GoSession.SignOut>,
  true satisfies ArgsFit<typeof Session.state, typeof GoSession.State>,
  true satisfies ArgsFit<typeof Session.quit, typeof GoSession.Quit>,
  true satisfies ArgsFit<typeof Tickets.list, typeof GoTickets.List>,
  true satisfies ArgsFit<typeof Tickets.counts, typeof GoTickets.Counts>,
  true satisfies ArgsFit<typeof Tickets.get, typeof GoTickets.Get>,
  true satisfies ArgsFit<typeof Tickets.create, typeof GoTickets.Create>,
  true satisfies ArgsFit<typeof Tickets.reply, typeof GoTickets.Reply>,
  true satisfies ArgsFit<typeof Tickets.addNote, typeof GoTickets.AddNote>,
  true satisfies ArgsFit<typeof Tickets.addCustomerMessage, typeof GoTickets.AddCustomerMessage>,
  true satisfies ArgsFit<typeof Tickets.update, typeof GoTickets.Update>,
  true satisfies ArgsFit<typeof Tickets.updateMany, typeof GoTickets.UpdateMany>,
  true satisfies ArgsFit<typeof Tickets.delete, typeof GoTickets.Delete>,
  true satisfies ArgsFit<typeof Tickets.tags, typeof GoTickets.Tags>,
  true satisfies ArgsFit<typeof Customers.list, typeof GoCustomers.List>,
  true satisfies ArgsFit<typeof Customers.get, typeof GoCustomers.Get>,
  true satisfies ArgsFit<typeof Customers.create, typeof GoCustomers.Create>,
  true satisfies ArgsFit<typeof Customers.update, typeof GoCustomers.Update>,
  true satisfies ArgsFit<typeof Customers.delete, typeof GoCustomers.Delete>,
  true satisfies ArgsFit<typeof People.list, typeof GoPeople.List>,
  true satisfies ArgsFit<typeof People.add, typeof GoPeople.Add>,
  true satisfies ArgsFit<typeof People.update, typeof GoPeople.Update>,
  true satisfies ArgsFit<typeof People.changePassword, typeof GoPeople.ChangePassword>,
  true satisfies ArgsFit<typeof Settings.get, typeof GoSettings.Get>,
  true satisfies ArgsFit<typeof Settings.save, typeof GoSettings.Save>,
  true satisfies ArgsFit<typeof Settings.defaultTargets, typeof GoSettings.DefaultTargets>,
  true satisfies ArgsFit<typeof Diagnostics.inboxShown, typeof GoDiagnostics.InboxShown>,
];
