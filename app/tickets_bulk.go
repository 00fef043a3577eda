package app

import "shopdesk/backend/tickets"

// UpdateMany: anyone signed in, as Update is for one ticket. Applies one
// change (status, priority, assignee or a tag) to every selected ticket in
// one transaction: all of them change, or none does.
func (t *Tickets) UpdateMany(ids []uint64, c tickets.BulkChange) (changed []tickets.Ticket, err error) {
	defer guard("Tickets.UpdateMany", &err)
	me, err := t.c.sess.anyone()
	if err != nil {
		return nil, err
	}
	defer t.changed(&err)
	return t.c.tickets.UpdateMany(tickets.Actor{ID: me.ID, Name: me.Name}, ids, c)
}
