package tickets

import (
	"slices"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
)

// Detail is everything the ticket screen shows.
type Detail struct {
	Ticket   Ticket             `json:"ticket"`
	DueAt    string             `json:"dueAt"`
	Overdue  bool               `json:"overdue"`
	Customer customers.Customer `json:"customer"`
	Messages []Message          `json:"messages"`
	Events   []Event            `json:"events"`
	// Others are the customer's other tickets, newest first.
	Others []Summary `json:"others"`
}

// MaxOthers caps the customer's other tickets shown beside a ticket.
const MaxOthers = 20

// Get reads a ticket with its conversation, history and customer.
func (s *Service) Get(id uint64) (Detail, error) {
	var d Detail
	now := s.now()
	err := s.db.View(func(tx *bolt.Tx) error {
		t, err := Get(tx, id)
		if err != nil {
			return err
		}
		d.Ticket = *t
		if due := t.DueAt(); !due.IsZero() {
			d.DueAt = due.Format(time.RFC3339)
		}
		d.Overdue = t.Overdue(now)
		if d.Customer, err = customers.Get(tx, t.CustomerID); err != nil {
			return err
		}
		if d.Messages, err = Messages(tx, id); err != nil {
			return err
		}
		if d.Events, err = Events(tx, id); err != nil {
			return err
		}
		d.Others, err = customerSummaries(tx, d.Customer, id, MaxOthers, now)
		return err
	})
	return d, err
}

// ForCustomer lists a customer's tickets, newest first.
func (s *Service) ForCustomer(customer uint64, limit int) ([]Summary, error) {
	var out []Summary
	err := s.db.View(func(tx *bolt.Tx) error {
		c, err := customers.Get(tx, customer)
		if err != nil {
			return err
		}
		out, err = customerSummaries(tx, c, 0, limit, s.now())
		return err
	})
	return out, err
}

func customerSummaries(tx *bolt.Tx, c customers.Customer, except uint64, limit int, now time.Time) ([]Summary, error) {
	ids := CustomerTickets(tx, c.ID)
	out := []Summary{}
	for i := len(ids) - 1; i >= 0 && len(out) < limit; i-- {
		if ids[i] == except {
			continue
		}
		t, err := Get(tx, ids[i])
		if err != nil {
			return nil, err
		}
		out = append(out, summaryOf(t, c, now))
	}
	return out, nil
}

// Tags lists every tag in use on a ticket, sorted.
func (s *Service) Tags() []string {
	// Rows that could not be read have no tags (Loaded's error says why).
	_ = s.Loaded()
	s.ix.mu.RLock()
	seen := map[string]bool{}
	for i := range s.ix.rows {
		for _, t := range s.ix.rows[i].tags {
			seen[t] = true
		}
	}
	s.ix.mu.RUnlock()
	out := make([]string, 0, len(seen))
	for t := range seen {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// ForOrder lists the tickets that name an order number, newest first:
// "#1001" and "1001" are the same order.
func (s *Service) ForOrder(number string, limit int) ([]Summary, error) {
	out := []Summary{}
	bare := strings.TrimPrefix(strings.TrimSpace(number), "#")
	if bare == "" {
		return out, nil
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		seen := map[uint64]bool{}
		var ids []uint64
		for _, n := range []string{bare, "#" + bare} {
			for _, id := range OrderTickets(tx, n) {
				if !seen[id] {
					seen[id] = true
					ids = append(ids, id)
				}
			}
		}
		slices.Sort(ids)
		now := s.now()
		for i := len(ids) - 1; i >= 0 && len(out) < limit; i-- {
			t, err := Get(tx, ids[i])
			if err != nil {
				return err
			}
			c, err := customers.Get(tx, t.CustomerID)
			if err != nil {
				return err
			}
			out = append(out, summaryOf(t, c, now))
		}
		return nil
	})
	return out, err
}

// OpenByCustomer counts each customer's tickets that still need work, for
// the customer list.
func (s *Service) OpenByCustomer() map[uint64]int {
	_ = s.Loaded()
	s.ix.mu.RLock()
	defer s.ix.mu.RUnlock()
	out := make(map[uint64]int, 1024)
	for i := range s.ix.rows {
		if activeCode(s.ix.rows[i].status) {
			out[s.ix.rows[i].customer]++
		}
	}
	return out
}

// Workload counts the tickets still needing work, the urgent ones among
// them, and the overdue ones, for the shift's "review open tickets" task.
func (s *Service) Workload() (open, urgent, overdue int) {
	_ = s.Loaded()
	nowMs := s.now().UnixMilli()
	s.ix.mu.RLock()
	defer s.ix.mu.RUnlock()
	for i := range s.ix.rows {
		r := &s.ix.rows[i]
		if !activeCode(r.status) {
			continue
		}
		open++
		if r.priority == priorityCodes[Urgent] {
			urgent++
		}
		if r.status != codePending && r.due != 0 && r.due < nowMs {
			overdue++
		}
	}
	return open, urgent, overdue
}
