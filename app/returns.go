package app

import (
	"shopdesk/backend/returns"
	"shopdesk/backend/users"
)

// Returns are return requests. Everyone works them; the rules of who may
// approve and refund what (the owner's limit, the return window) are the
// backend's, checked on every call.
type Returns struct{ c *core }

// EventReturns is emitted (throttled) after a request changed, so the
// sidebar count and open lists refresh.
const EventReturns = "returns:changed"

// Queue: anyone. One tab, the longest-waiting first, with every count.
func (r *Returns) Queue(q returns.QueueQuery) (p returns.QueuePage, err error) {
	defer guard("Returns.Queue", &err)
	if _, err = r.c.sess.anyone(); err != nil {
		return p, err
	}
	return r.c.returns.Queue(q)
}

// Counts: anyone. The tab counts and the sidebar's.
func (r *Returns) Counts() (n returns.Counts, err error) {
	defer guard("Returns.Counts", &err)
	if _, err = r.c.sess.anyone(); err != nil {
		return n, err
	}
	return r.c.returns.Counts()
}

// Get: anyone.
func (r *Returns) Get(id uint64) (v returns.View, err error) {
	defer guard("Returns.Get", &err)
	me, err := r.c.sess.anyone()
	if err != nil {
		return v, err
	}
	return r.c.returns.Get(person(me), id)
}

// Draft: anyone. A new request pre-filled from a ticket (and the order it
// names, or orderID when the person picked one).
func (r *Returns) Draft(ticketID, orderID uint64) (d returns.Draft, err error) {
	defer guard("Returns.Draft", &err)
	_, err = r.c.sess.anyone()
	if err != nil {
		return d, err
	}
	return r.c.returns.Draft(ticketID, orderID)
}

// Start: anyone. Opens a request.
func (r *Returns) Start(in returns.NewRequest) (v returns.View, err error) {
	defer guard("Returns.Start", &err)
	me, err := r.c.sess.anyone()
	if err != nil {
		return v, err
	}
	defer r.changed(&err)
	return r.c.returns.Start(person(me), in)
}

// Act: anyone, within the rules: a rep may approve and refund up to the
// owner's limit and inside the window; beyond that only the owner.
func (r *Returns) Act(id, version uint64, a returns.Action) (v returns.View, err error) {
	defer guard("Returns.Act", &err)
	me, err := r.c.sess.anyone()
	if err != nil {
		return v, err
	}
	defer r.changed(&err)
	return r.c.returns.Act(person(me), id, version, a)
}

// Edit: anyone, while the request is still requested.
func (r *Returns) Edit(id, version uint64, e returns.Edit) (v returns.View, err error) {
	defer guard("Returns.Edit", &err)
	me, err := r.c.sess.anyone()
	if err != nil {
		return v, err
	}
	defer r.changed(&err)
	return r.c.returns.Edit(person(me), id, version, e)
}

// ForOrder: anyone.
func (r *Returns) ForOrder(orderID uint64) (out []returns.Row, err error) {
	defer guard("Returns.ForOrder", &err)
	_, err = r.c.sess.anyone()
	if err != nil {
		return nil, err
	}
	return r.c.returns.ForOrder(orderID)
}

// ForCustomer: anyone.
func (r *Returns) ForCustomer(customerID uint64) (out []returns.Row, err error) {
	defer guard("Returns.ForCustomer", &err)
	_, err = r.c.sess.anyone()
	if err != nil {
		return nil, err
	}
	return r.c.returns.ForCustomer(customerID)
}

// Trends: anyone. Reasons and most returned products over the last days.
func (r *Returns) Trends(days int) (t returns.Trends, err error) {
	defer guard("Returns.Trends", &err)
	_, err = r.c.sess.anyone()
	if err != nil {
		return t, err
	}
	return r.c.returns.Trends(days)
}

// Policy: anyone (reps see the rules they work by).
func (r *Returns) Policy() (p returns.Policy, err error) {
	defer guard("Returns.Policy", &err)
	_, err = r.c.sess.anyone()
	if err != nil {
		return p, err
	}
	return r.c.returns.Policy()
}

// SavePolicy: owner only.
func (r *Returns) SavePolicy(p returns.Policy) (out returns.Policy, err error) {
	defer guard("Returns.SavePolicy", &err)
	_, err = r.c.sess.owner()
	if err != nil {
		return out, err
	}
	defer r.changed(&err)
	return r.c.returns.SavePolicy(p)
}

// Compose: anyone. A step's email filled from the request and values,
// with what is still missing.
func (r *Returns) Compose(id, templateID uint64, values map[string]string) (c returns.Compose, err error) {
	defer guard("Returns.Compose", &err)
	me, err := r.c.sess.anyone()
	if err != nil {
		return c, err
	}
	return r.c.returns.Compose(person(me), id, templateID, values)
}

// Send: anyone. Sends the step's email to the customer through the outbox
// (on the request's ticket when it has one) and notes it on the timeline;
// refused while a placeholder is unfilled.
func (r *Returns) Send(id, templateID uint64, values map[string]string) (v returns.View, err error) {
	defer guard("Returns.Send", &err)
	me, err := r.c.sess.anyone()
	if err != nil {
		return v, err
	}
	defer r.changed(&err)
	return r.c.returns.Send(person(me), id, templateID, values, r.c.sending.Wake)
}

// returnsForOrder lists an order's return requests for its view.
func (c *core) returnsForOrder(orderID uint64) ([]returns.Row, error) {
	if c.returns == nil {
		return []returns.Row{}, nil
	}
	return c.returns.ForOrder(orderID)
}

// person is who the returns rules see: the owner's rights need the owner
// signed in with the password (a remembered owner is asked for it first).
func person(p users.Person) returns.Person {
	return returns.Person{ID: p.ID, Name: p.Name, Owner: p.Role == users.Owner}
}

// changed tells the window the returns queue moved, after a change that worked.
func (r *Returns) changed(err *error) {
	if *err == nil {
		r.c.returnsChanged.poke()
	}
}
