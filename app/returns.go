package app

import (
	"shopdesk/backend/returns"
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
	return p, errNotYet
}

// Counts: anyone. The tab counts and the sidebar's.
func (r *Returns) Counts() (n returns.Counts, err error) {
	defer guard("Returns.Counts", &err)
	if _, err = r.c.sess.anyone(); err != nil {
		return n, err
	}
	return n, errNotYet
}

// Get: anyone.
func (r *Returns) Get(id uint64) (v returns.View, err error) {
	defer guard("Returns.Get", &err)
	if _, err = r.c.sess.anyone(); err != nil {
		return v, err
	}
	return v, errNotYet
}

// Draft: anyone. A new request pre-filled from a ticket (and the order it
// names, or orderID when the person picked one).
func (r *Returns) Draft(ticketID, orderID uint64) (d returns.Draft, err error) {
	defer guard("Returns.Draft", &err)
	if _, err = r.c.sess.anyone(); err != nil {
		return d, err
	}
	return d, errNotYet
}

// Start: anyone. Opens a request.
func (r *Returns) Start(in returns.NewRequest) (v returns.View, err error) {
	defer guard("Returns.Start", &err)
	if _, err = r.c.sess.anyone(); err != nil {
		return v, err
	}
	return v, errNotYet
}

// Act: anyone, within the rules: a rep may approve and refund up to the
// owner's limit and inside the window; beyond that only the owner.
func (r *Returns) Act(id, version uint64, a returns.Action) (v returns.View, err error) {
	defer guard("Returns.Act", &err)
	if _, err = r.c.sess.anyone(); err != nil {
		return v, err
	}
	return v, errNotYet
}

// Edit: anyone, while the request is still requested.
func (r *Returns) Edit(id, version uint64, e returns.Edit) (v returns.View, err error) {
	defer guard("Returns.Edit", &err)
	if _, err = r.c.sess.anyone(); err != nil {
		return v, err
	}
	return v, errNotYet
}

// ForOrder: anyone.
func (r *Returns) ForOrder(orderID uint64) (out []returns.Row, err error) {
	defer guard("Returns.ForOrder", &err)
	if _, err = r.c.sess.anyone(); err != nil {
		return nil, err
	}
	return nil, errNotYet
}

// ForCustomer: anyone.
func (r *Returns) ForCustomer(customerID uint64) (out []returns.Row, err error) {
	defer guard("Returns.ForCustomer", &err)
	if _, err = r.c.sess.anyone(); err != nil {
		return nil, err
	}
	return nil, errNotYet
}

// Trends: anyone. Reasons and most returned products over the last days.
func (r *Returns) Trends(days int) (t returns.Trends, err error) {
	defer guard("Returns.Trends", &err)
	if _, err = r.c.sess.anyone(); err != nil {
		return t, err
	}
	return t, errNotYet
}

// Policy: anyone (reps see the rules they work by).
func (r *Returns) Policy() (p returns.Policy, err error) {
	defer guard("Returns.Policy", &err)
	if _, err = r.c.sess.anyone(); err != nil {
		return p, err
	}
	return p, errNotYet
}

// SavePolicy: owner only.
func (r *Returns) SavePolicy(p returns.Policy) (out returns.Policy, err error) {
	defer guard("Returns.SavePolicy", &err)
	if _, err = r.c.sess.owner(); err != nil {
		return out, err
	}
	return out, errNotYet
}

// Compose: anyone. A step's email filled from the request and values,
// with what is still missing.
func (r *Returns) Compose(id, templateID uint64, values map[string]string) (c returns.Compose, err error) {
	defer guard("Returns.Compose", &err)
	if _, err = r.c.sess.anyone(); err != nil {
		return c, err
	}
	return c, errNotYet
}

// Send: anyone. Sends the step's email to the customer through the outbox
// (on the request's ticket when it has one) and notes it on the timeline;
// refused while a placeholder is unfilled.
func (r *Returns) Send(id, templateID uint64, values map[string]string) (v returns.View, err error) {
	defer guard("Returns.Send", &err)
	if _, err = r.c.sess.anyone(); err != nil {
		return v, err
	}
	return v, errNotYet
}
