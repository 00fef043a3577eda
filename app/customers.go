package app

import (
	"shopdesk/backend/customers"
	"shopdesk/backend/tickets"
)

// Customers is the customer list and profiles. Everyone signed in works
// with customers; only the owner deletes them.
type Customers struct{ c *core }

// Profile is a customer with their tickets.
type Profile struct {
	Customer customers.Customer `json:"customer"`
	Tickets  []tickets.Summary  `json:"tickets"`
}

// MaxProfileTickets caps the history shown on a profile.
const MaxProfileTickets = 100

// List: anyone.
func (c *Customers) List(q customers.ListQuery) (p customers.CustomerPage, err error) {
	defer guard("Customers.List", &err)
	if _, err = c.c.sess.anyone(); err != nil {
		return p, err
	}
	return c.c.customers.List(q)
}

// Get: anyone.
func (c *Customers) Get(id uint64) (p Profile, err error) {
	defer guard("Customers.Get", &err)
	if _, err = c.c.sess.anyone(); err != nil {
		return p, err
	}
	if p.Customer, err = c.c.customers.Get(id); err != nil {
		return p, err
	}
	p.Tickets, err = c.c.tickets.ForCustomer(id, MaxProfileTickets)
	return p, err
}

// Create: anyone.
func (c *Customers) Create(in customers.Input) (cu customers.Customer, err error) {
	defer guard("Customers.Create", &err)
	if _, err = c.c.sess.anyone(); err != nil {
		return cu, err
	}
	return c.c.customers.Create(in)
}

// Update: anyone, if nobody saved the customer since version.
func (c *Customers) Update(id, version uint64, in customers.Input) (cu customers.Customer, err error) {
	defer guard("Customers.Update", &err)
	if _, err = c.c.sess.anyone(); err != nil {
		return cu, err
	}
	return c.c.customers.Update(id, version, in)
}

// Delete: owner only.
func (c *Customers) Delete(id uint64) (err error) {
	defer guard("Customers.Delete", &err)
	if _, err = c.c.sess.owner(); err != nil {
		return err
	}
	return c.c.customers.Delete(id)
}

// customerStats joins what tickets and orders know of each customer for
// the customer list (customers.StatsSource).
type customerStats struct{ c *core }

func (s customerStats) currency() string {
	p, err := s.c.returns.Policy()
	if err != nil {
		return "USD"
	}
	return p.Currency
}

func (s customerStats) All() (map[uint64]customers.Stats, error) {
	out := map[uint64]customers.Stats{}
	for id, n := range s.c.tickets.OpenByCustomer() {
		out[id] = customers.Stats{OpenTickets: n}
	}
	totals, err := s.c.orders.AllTotals()
	if err != nil {
		return nil, err
	}
	cur := s.currency()
	for id, t := range totals {
		st := out[id]
		st.Orders, st.Spent, st.Currency = t.Orders, t.Spent[cur], cur
		out[id] = st
	}
	return out, nil
}

func (s customerStats) Of(ids []uint64) ([]customers.Stats, error) {
	open := s.c.tickets.OpenByCustomer()
	totals, err := s.c.orders.TotalsOf(ids)
	if err != nil {
		return nil, err
	}
	cur := s.currency()
	out := make([]customers.Stats, len(ids))
	for i, id := range ids {
		out[i] = customers.Stats{OpenTickets: open[id], Orders: totals[i].Orders, Spent: totals[i].Spent[cur], Currency: cur}
	}
	return out, nil
}
