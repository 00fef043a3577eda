package app

import (
	"shopdesk/backend/escalations"
	"shopdesk/backend/outbox"
	"shopdesk/backend/playbooks"
	"shopdesk/backend/tickets"
)

// Tickets is the inbox and the ticket screen. Everyone signed in works
// tickets; only the owner deletes them.
type Tickets struct{ c *core }

// List: anyone.
func (t *Tickets) List(q tickets.Query) (page tickets.Page, err error) {
	defer guard("Tickets.List", &err)
	me, err := t.c.sess.anyone()
	if err != nil {
		return page, err
	}
	q.Me = me.ID
	return t.c.tickets.List(q)
}

// Counts: anyone. The number of tickets in each saved view.
func (t *Tickets) Counts() (counts map[string]int, err error) {
	defer guard("Tickets.Counts", &err)
	me, err := t.c.sess.anyone()
	if err != nil {
		return nil, err
	}
	return t.c.tickets.Counts(me.ID), nil
}

// Get: anyone.
func (t *Tickets) Get(id uint64) (d tickets.Detail, err error) {
	defer guard("Tickets.Get", &err)
	if _, err = t.c.sess.anyone(); err != nil {
		return d, err
	}
	return t.c.tickets.Get(id)
}

// Create: anyone.
func (t *Tickets) Create(in tickets.NewTicket) (tk tickets.Ticket, err error) {
	defer guard("Tickets.Create", &err)
	me, err := t.c.sess.anyone()
	if err != nil {
		return tk, err
	}
	defer t.changed(&err)
	return t.c.tickets.Create(tickets.Actor{ID: me.ID, Name: me.Name}, in)
}

// changed tells the window a list may be stale, once the call succeeded.
func (t *Tickets) changed(err *error) {
	if *err == nil {
		t.c.ticketsChanged.poke()
	}
}

// Reply: anyone. Adds a reply and emails it to the customer (through the
// outbox, so it is never lost).
func (t *Tickets) Reply(id uint64, body string) (d tickets.Detail, err error) {
	defer guard("Tickets.Reply", &err)
	me, err := t.c.sess.anyone()
	if err != nil {
		return d, err
	}
	defer t.changed(&err)
	if _, err = t.c.replies.Reply(tickets.Actor{ID: me.ID, Name: me.Name}, id, body); err != nil {
		return d, err
	}
	return t.c.tickets.Get(id)
}

// AddNote: anyone. Adds an internal note the customer never sees.
func (t *Tickets) AddNote(id uint64, body string) (tickets.Detail, error) {
	return t.message("Tickets.AddNote", id, tickets.Note, body)
}

// AddCustomerMessage: anyone. Logs what the customer wrote or said.
func (t *Tickets) AddCustomerMessage(id uint64, body string) (tickets.Detail, error) {
	return t.message("Tickets.AddCustomerMessage", id, tickets.FromCustomer, body)
}

func (t *Tickets) message(method string, id uint64, kind tickets.MessageKind, body string) (d tickets.Detail, err error) {
	defer guard(method, &err)
	me, err := t.c.sess.anyone()
	if err != nil {
		return d, err
	}
	defer t.changed(&err)
	if _, _, err = t.c.tickets.AddMessage(tickets.Actor{ID: me.ID, Name: me.Name}, id, kind, body); err != nil {
		return d, err
	}
	return t.c.tickets.Get(id)
}

// Update: anyone. Changes fields (status, priority, assignee …) if nobody
// saved the ticket since version.
func (t *Tickets) Update(id, version uint64, c tickets.Change) (d tickets.Detail, err error) {
	defer guard("Tickets.Update", &err)
	me, err := t.c.sess.anyone()
	if err != nil {
		return d, err
	}
	defer t.changed(&err)
	if _, err = t.c.tickets.Update(tickets.Actor{ID: me.ID, Name: me.Name}, id, version, c); err != nil {
		return d, err
	}
	return t.c.tickets.Get(id)
}

// Delete: owner only. A ticket with email not yet sent is refused with
// outbox.ErrUnsentMail until unsent says what to do with it: "send" (it
// still goes) or "discard" (it goes with the ticket).
func (t *Tickets) Delete(id uint64, unsent outbox.UnsentChoice) (err error) {
	defer guard("Tickets.Delete", &err)
	if _, err = t.c.sess.owner(); err != nil {
		return err
	}
	defer t.changed(&err)
	return t.c.tickets.DeleteWith(id, outbox.SettleUnsent(id, unsent), playbooks.DeleteTicket(id), escalations.DeleteTicket(id))
}

// Tags: anyone. Every tag in use, for the filter menu.
func (t *Tickets) Tags() (tags []string, err error) {
	defer guard("Tickets.Tags", &err)
	if _, err = t.c.sess.anyone(); err != nil {
		return nil, err
	}
	return t.c.tickets.Tags(), nil
}
