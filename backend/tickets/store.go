package tickets

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/search"
	"shopdesk/backend/store"
)

// Get reads one ticket inside tx.
func Get(tx *bolt.Tx, id uint64) (*Ticket, error) {
	v := tx.Bucket(store.BucketTickets).Get(store.U64(id))
	if v == nil {
		return nil, ErrNotFound
	}
	var t Ticket
	if err := json.Unmarshal(v, &t); err != nil {
		return nil, fmt.Errorf("read ticket %d: %w", id, err)
	}
	return &t, nil
}

// put writes the ticket and its list row, and keeps the order and customer
// indexes in step with old (nil for a new ticket). It returns the row for
// the in-memory index, to apply after commit.
func put(tx *bolt.Tx, old, t *Ticket) (row, error) {
	v, err := json.Marshal(t)
	if err != nil {
		return row{}, err
	}
	id := store.U64(t.ID)
	if err := tx.Bucket(store.BucketTickets).Put(id, v); err != nil {
		return row{}, err
	}
	r := rowOf(t)
	if err := tx.Bucket(store.BucketTicketRows).Put(id, r.encode()); err != nil {
		return row{}, err
	}
	orders, byCust := tx.Bucket(store.BucketOrders), tx.Bucket(store.BucketCustTix)
	if old != nil && old.OrderNumber != t.OrderNumber && old.OrderNumber != "" {
		if err := orders.Delete(orderKey(old.OrderNumber, t.ID)); err != nil {
			return r, err
		}
	}
	if t.OrderNumber != "" {
		if err := orders.Put(orderKey(t.OrderNumber, t.ID), nil); err != nil {
			return r, err
		}
	}
	if old != nil && old.CustomerID != t.CustomerID {
		if err := byCust.Delete(store.Key(store.U64(old.CustomerID), id)); err != nil {
			return r, err
		}
	}
	return r, byCust.Put(store.Key(store.U64(t.CustomerID), id), nil)
}

func orderKey(order string, id uint64) []byte {
	return store.Key([]byte(strings.ToLower(order)), []byte{0}, store.U64(id))
}

func addMessage(tx *bolt.Tx, m *Message) error {
	b := tx.Bucket(store.BucketMessages)
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	m.ID = seq
	v, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return b.Put(store.Key(store.U64(m.TicketID), store.U64(seq)), v)
}

func addEvent(tx *bolt.Tx, ticket uint64, ev Event) error {
	b := tx.Bucket(store.BucketEvents)
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	v, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	if err := b.Put(store.Key(store.U64(ticket), store.U64(seq)), v); err != nil {
		return err
	}
	return tx.Bucket(store.BucketEventTime).Put(store.EventTimeKey(ev.At, seq), store.U64(ticket))
}

// deleteEvents removes a ticket's events and their entries in the time index.
func deleteEvents(tx *bolt.Tx, ticket uint64) error {
	idx := tx.Bucket(store.BucketEventTime)
	err := forEachUnder(tx.Bucket(store.BucketEvents), ticket, func(k, v []byte) error {
		var ev Event
		if err := json.Unmarshal(v, &ev); err != nil {
			return err
		}
		return idx.Delete(store.EventTimeKey(ev.At, store.ParseU64(k[8:])))
	})
	if err != nil {
		return err
	}
	return deleteUnder(tx.Bucket(store.BucketEvents), ticket)
}

// forEachUnder walks keys starting with the 8-byte id prefix.
func forEachUnder(b *bolt.Bucket, id uint64, fn func(k, v []byte) error) error {
	p := store.U64(id)
	c := b.Cursor()
	for k, v := c.Seek(p); len(k) >= 8 && store.ParseU64(k) == id; k, v = c.Next() {
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return nil
}

// Messages reads a ticket's conversation, oldest first.
func Messages(tx *bolt.Tx, id uint64) ([]Message, error) {
	var out []Message
	err := forEachUnder(tx.Bucket(store.BucketMessages), id, func(_, v []byte) error {
		var m Message
		if err := json.Unmarshal(v, &m); err != nil {
			return err
		}
		out = append(out, m)
		return nil
	})
	return out, err
}

// Events reads a ticket's history, oldest first.
func Events(tx *bolt.Tx, id uint64) ([]Event, error) {
	var out []Event
	err := forEachUnder(tx.Bucket(store.BucketEvents), id, func(_, v []byte) error {
		var e Event
		if err := json.Unmarshal(v, &e); err != nil {
			return err
		}
		out = append(out, e)
		return nil
	})
	return out, err
}

// ticketTerms is everything a ticket is found by.
func ticketTerms(tx *bolt.Tx, t *Ticket, c customers.Customer) ([]string, error) {
	texts := []string{t.Subject, t.OrderNumber, c.Name, c.Email, fmt.Sprint(t.Number)}
	msgs, err := Messages(tx, t.ID)
	if err != nil {
		return nil, err
	}
	for _, m := range msgs {
		texts = append(texts, m.Body)
	}
	return search.Terms(texts...), nil
}

// OrderTickets lists the tickets that mention an order number exactly.
func OrderTickets(tx *bolt.Tx, order string) []uint64 {
	p := append([]byte(strings.ToLower(strings.TrimSpace(order))), 0)
	var ids []uint64
	c := tx.Bucket(store.BucketOrders).Cursor()
	for k, _ := c.Seek(p); k != nil && len(k) == len(p)+8 && string(k[:len(p)]) == string(p); k, _ = c.Next() {
		ids = append(ids, store.ParseU64(k[len(p):]))
	}
	return ids
}

// CustomerTickets lists a customer's ticket IDs, oldest first.
func CustomerTickets(tx *bolt.Tx, customer uint64) []uint64 {
	var ids []uint64
	_ = forEachUnder(tx.Bucket(store.BucketCustTix), customer, func(k, _ []byte) error {
		ids = append(ids, store.ParseU64(k[8:]))
		return nil
	})
	return ids
}

// EventsBetween calls fn for every ticket event in [from, to), oldest
// first, read through the time index: a day's events without a scan. Only
// events of the given kinds are decoded (ev is nil for the others, whose
// ticket is still passed): an event's JSON starts with its kind, so the
// rest are told apart without decoding them.
func EventsBetween(tx *bolt.Tx, from, to time.Time, kinds []EventKind, fn func(ticket uint64, ev *Event) error) error {
	prefixes := make([][]byte, len(kinds))
	for i, k := range kinds {
		prefixes[i] = []byte(`{"kind":"` + string(k) + `"`)
	}
	evs := tx.Bucket(store.BucketEvents)
	c := tx.Bucket(store.BucketEventTime).Cursor()
	end := store.U64(uint64(to.UnixNano()))
	for k, v := c.Seek(store.U64(uint64(from.UnixNano()))); k != nil && string(k[:8]) < string(end); k, v = c.Next() {
		if len(k) != 16 || len(v) != 8 {
			continue
		}
		ticket := store.ParseU64(v)
		raw := evs.Get(store.Key(v, k[8:]))
		if raw == nil {
			continue // the index outlived its event: nothing to count
		}
		var ev *Event
		for _, p := range prefixes {
			if len(raw) > len(p) && string(raw[:len(p)]) == string(p) {
				ev = new(Event)
				if err := json.Unmarshal(raw, ev); err != nil {
					return fmt.Errorf("read an event of ticket %d: %w", ticket, err)
				}
				break
			}
		}
		if err := fn(ticket, ev); err != nil {
			return err
		}
	}
	return nil
}

// ActiveIDs is every ticket still being worked (new, open, pending or
// escalated), from the list kept in memory.
func (s *Service) ActiveIDs() ([]uint64, error) {
	if err := s.Loaded(); err != nil {
		return nil, err
	}
	s.ix.mu.RLock()
	defer s.ix.mu.RUnlock()
	out := make([]uint64, 0, 1024)
	for i := range s.ix.rows {
		if activeCode(s.ix.rows[i].status) {
			out = append(out, s.ix.rows[i].id)
		}
	}
	return out, nil
}
