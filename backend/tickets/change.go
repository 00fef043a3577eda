package tickets

import (
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/search"
	"shopdesk/backend/store"
)

// Change is a partial edit of a ticket's fields; nil fields stay as they are.
type Change struct {
	Subject     *string   `json:"subject,omitempty"`
	OrderNumber *string   `json:"orderNumber,omitempty"`
	Channel     *Channel  `json:"channel,omitempty"`
	Category    *Category `json:"category,omitempty"`
	Priority    *Priority `json:"priority,omitempty"`
	Status      *Status   `json:"status,omitempty"`
	AssigneeID  *uint64   `json:"assigneeId,omitempty"`
	Tags        *[]string `json:"tags,omitempty"`
	// Why is the closer's reason for leaving a playbook's required steps
	// unticked; it is kept with the playbook.
	Why string `json:"why,omitempty"`
	// EscalationDue sets (the zero time: clears) the time the ticket's
	// escalation is due; only the escalations package sets it.
	EscalationDue *time.Time `json:"-"`
}

// Update applies c to ticket id if nobody saved it since version; otherwise
// it returns a *ConflictError and changes nothing. Each of also runs first
// in the same transaction with the ticket as it was: what else changes
// with it (an escalation opened or closed), or refuses, all or nothing.
func (s *Service) Update(by Actor, id, version uint64, c Change, also ...func(tx *bolt.Tx, t Ticket) error) (t Ticket, err error) {
	err = s.Batch(func(b *Batch) error { t, err = b.Update(by, id, version, c, also...); return err })
	return t, err
}

// Update applies c to ticket id, as Service.Update.
func (b *Batch) Update(by Actor, id, version uint64, c Change, also ...func(tx *bolt.Tx, t Ticket) error) (Ticket, error) {
	s := b.s
	var t *Ticket
	err := b.run(func(tx *bolt.Tx) ([]row, error) {
		var err error
		if t, err = Get(tx, id); err != nil {
			return nil, err
		}
		if t.Version != version {
			return nil, &ConflictError{By: t.UpdatedBy, Version: t.Version}
		}
		for _, fn := range also {
			if err := fn(tx, *t); err != nil {
				return nil, err
			}
		}
		old := *t
		now := s.now().UTC()
		tg, cal, err := clockOf(tx)
		if err != nil {
			return nil, err
		}
		var evs []Event
		reindex := false
		if c.Subject != nil {
			if t.Subject, err = cleanSubject(*c.Subject); err != nil {
				return nil, err
			}
			reindex = reindex || t.Subject != old.Subject
		}
		if c.OrderNumber != nil {
			if t.OrderNumber, err = cleanOrder(*c.OrderNumber); err != nil {
				return nil, err
			}
			reindex = reindex || t.OrderNumber != old.OrderNumber
		}
		if c.Channel != nil {
			if err := check("channel", Channels, *c.Channel); err != nil {
				return nil, err
			}
			t.Channel = *c.Channel
		}
		if c.Category != nil {
			if err := check("category", Categories, *c.Category); err != nil {
				return nil, err
			}
			t.Category = *c.Category
		}
		if c.Tags != nil {
			if t.Tags, err = customers.CleanTags(*c.Tags); err != nil {
				return nil, err
			}
		}
		if c.Priority != nil && *c.Priority != t.Priority {
			if err := check("priority", Priorities, *c.Priority); err != nil {
				return nil, err
			}
			evs = append(evs, Event{Kind: EvPriority, At: now, By: by.ID, From: string(t.Priority), To: string(*c.Priority)})
			t.Priority = *c.Priority
		}
		if t.Priority != old.Priority || t.Channel != old.Channel {
			t.setTargets(tg)
			t.retime(cal)
		}
		if c.AssigneeID != nil && *c.AssigneeID != t.AssigneeID {
			if *c.AssigneeID != 0 && tx.Bucket(store.BucketUsers).Get(store.U64(*c.AssigneeID)) == nil {
				return nil, fmt.Errorf("that person no longer exists: pick someone else")
			}
			evs = append(evs, Event{Kind: EvAssigned, At: now, By: by.ID, From: fmt.Sprint(t.AssigneeID), To: fmt.Sprint(*c.AssigneeID)})
			t.AssigneeID = *c.AssigneeID
		}
		if c.EscalationDue != nil {
			if c.EscalationDue.IsZero() {
				t.EscalationDue = nil
			} else {
				at := c.EscalationDue.UTC()
				t.EscalationDue = &at
			}
		}
		if c.Status != nil {
			if err := check("status", Statuses, *c.Status); err != nil {
				return nil, err
			}
			if t.Status.Active() && !c.Status.Active() {
				for _, check := range s.closeChecks {
					if err := check(tx, *t, by, c.Why); err != nil {
						return nil, err
					}
				}
			}
			evs = append(evs, s.setStatus(t, *c.Status, now, by.ID, cal)...)
		}
		if len(evs) == 0 && !reindex && t.Channel == old.Channel && t.Category == old.Category && slices.Equal(t.Tags, old.Tags) &&
			sameTime(t.EscalationDue, old.EscalationDue) {
			return nil, nil // nothing changed: keep the version
		}
		if len(evs) == 0 {
			evs = append(evs, Event{Kind: EvEdited, At: now, By: by.ID})
		}
		for _, e := range evs {
			if err := addEvent(tx, id, e); err != nil {
				return nil, err
			}
		}
		t.UpdatedAt, t.Version, t.UpdatedBy = now, t.Version+1, by.Name
		r, err := put(tx, &old, t)
		if err != nil {
			return nil, err
		}
		if reindex {
			if err := s.reindex(tx, &old, t); err != nil {
				return nil, err
			}
		}
		return []row{r}, nil
	})
	if err != nil {
		return Ticket{}, err
	}
	return *t, nil
}

// Delete removes a ticket with its conversation, history and index entries.
func (s *Service) Delete(id uint64) error { return s.DeleteWith(id) }

// DeleteWith deletes a ticket and runs each of also in the same
// transaction, first: what else must go, or refuse, with the ticket.
func (s *Service) DeleteWith(id uint64, also ...func(*bolt.Tx) error) error {
	if err := s.Loaded(); err != nil {
		return err
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	err := s.db.Update(func(tx *bolt.Tx) error {
		t, err := Get(tx, id)
		if err != nil {
			return err
		}
		for _, fn := range also {
			if err := fn(tx); err != nil {
				return err
			}
		}
		c, err := customers.Get(tx, t.CustomerID)
		if err != nil && err != customers.ErrNotFound {
			return err
		}
		terms, err := ticketTerms(tx, t, c)
		if err != nil {
			return err
		}
		if err := search.Remove(tx, id, terms); err != nil {
			return err
		}
		if err := deleteUnder(tx.Bucket(store.BucketMessages), id); err != nil {
			return err
		}
		if err := deleteEvents(tx, id); err != nil {
			return err
		}
		if t.OrderNumber != "" {
			if err := tx.Bucket(store.BucketOrders).Delete(orderKey(t.OrderNumber, id)); err != nil {
				return err
			}
		}
		if err := tx.Bucket(store.BucketCustTix).Delete(store.Key(store.U64(t.CustomerID), store.U64(id))); err != nil {
			return err
		}
		if err := tx.Bucket(store.BucketTicketRows).Delete(store.U64(id)); err != nil {
			return err
		}
		return tx.Bucket(store.BucketTickets).Delete(store.U64(id))
	})
	if err != nil {
		return err
	}
	s.ix.mu.Lock()
	s.ix.remove(id)
	s.ix.mu.Unlock()
	return nil
}

// deleteUnder deletes the keys under an 8-byte prefix. Keys are collected
// first: deleting while a cursor walks can skip keys.
func deleteUnder(b *bolt.Bucket, id uint64) error {
	var keys [][]byte
	if err := forEachUnder(b, id, func(k, _ []byte) error {
		keys = append(keys, append([]byte(nil), k...))
		return nil
	}); err != nil {
		return err
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// index adds all of a new ticket's terms.
func (s *Service) index(tx *bolt.Tx, t *Ticket, c customers.Customer) error {
	terms, err := ticketTerms(tx, t, c)
	if err != nil {
		return err
	}
	return search.Add(tx, t.ID, terms)
}

// indexAdd adds the terms of a new message.
func (s *Service) indexAdd(tx *bolt.Tx, id uint64, body string) error {
	return search.Add(tx, id, search.Terms(body))
}

// reindex replaces a ticket's terms after its subject, order or customer changed.
func (s *Service) reindex(tx *bolt.Tx, old, t *Ticket) error {
	c, err := customers.Get(tx, t.CustomerID)
	if err != nil {
		return err
	}
	before, err := ticketTerms(tx, old, c)
	if err != nil {
		return err
	}
	if err := search.Remove(tx, t.ID, before); err != nil {
		return err
	}
	return s.index(tx, t, c)
}

// CustomerChanged re-indexes a customer's tickets after their name or
// address changed, inside the transaction that changed them.
func CustomerChanged(tx *bolt.Tx, before, after customers.Customer) error {
	for _, id := range CustomerTickets(tx, after.ID) {
		t, err := Get(tx, id)
		if err != nil {
			return err
		}
		old, err := ticketTerms(tx, t, before)
		if err != nil {
			return err
		}
		if err := search.Remove(tx, id, old); err != nil {
			return err
		}
		now, err := ticketTerms(tx, t, after)
		if err != nil {
			return err
		}
		if err := search.Add(tx, id, now); err != nil {
			return err
		}
	}
	return nil
}

func sameTime(a, b *time.Time) bool { return (a == nil) == (b == nil) && (a == nil || a.Equal(*b)) }
