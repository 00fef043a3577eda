package escalations

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

var (
	// ErrNotFound is an escalation that is not (or no longer) there.
	ErrNotFound = errors.New("this escalation is no longer in Shopdesk")
	// ErrConflict is a step on an escalation someone else moved meanwhile.
	ErrConflict = errors.New("someone else worked this escalation while you had it open: reload it, then do your step again")
	settingsKey = []byte("_settings") // not 8 bytes: never read as an escalation
)

// The index bucket holds three kinds of key, so each question is a prefix
// scan: every escalation of a ticket, of a return request, and the open ones.
const (
	byTicket = 't'
	byReturn = 'r'
	isOpen   = 'o'
)

func key(kind byte, ids ...uint64) []byte {
	k := []byte{kind}
	for _, id := range ids {
		k = append(k, store.U64(id)...)
	}
	return k
}

// Get reads one escalation.
func Get(tx *bolt.Tx, id uint64) (Escalation, error) {
	var e Escalation
	v := tx.Bucket(store.BucketEscalations).Get(store.U64(id))
	if v == nil {
		return e, ErrNotFound
	}
	if err := json.Unmarshal(v, &e); err != nil {
		return e, fmt.Errorf("read escalation %d: %w", id, err)
	}
	return e, nil
}

// put writes e and keeps the index in step; old is nil for a new one.
func put(tx *bolt.Tx, old *Escalation, e *Escalation) error {
	b := tx.Bucket(store.BucketEscalations)
	ix := tx.Bucket(store.BucketEscalationTix)
	if e.ID == 0 {
		id, err := b.NextSequence()
		if err != nil {
			return err
		}
		e.ID = id
	}
	if old != nil && old.Version != e.Version {
		return ErrConflict
	}
	e.Version++
	e.Late = false // worked out when read
	v, err := json.Marshal(e)
	if err != nil {
		return err
	}
	if err := b.Put(store.U64(e.ID), v); err != nil {
		return err
	}
	if old == nil {
		if e.TicketID != 0 {
			if err := ix.Put(key(byTicket, e.TicketID, e.ID), nil); err != nil {
				return err
			}
		}
		if e.ReturnID != 0 {
			if err := ix.Put(key(byReturn, e.ReturnID, e.ID), nil); err != nil {
				return err
			}
		}
	}
	if e.Open() {
		return ix.Put(key(isOpen, e.ID), openValue(e))
	}
	return ix.Delete(key(isOpen, e.ID))
}

// scan reads the escalations whose index keys start with prefix, oldest first.
func scan(tx *bolt.Tx, prefix []byte) ([]Escalation, error) {
	out := []Escalation{}
	c := tx.Bucket(store.BucketEscalationTix).Cursor()
	for k, _ := c.Seek(prefix); k != nil && len(k) >= len(prefix) && string(k[:len(prefix)]) == string(prefix); k, _ = c.Next() {
		e, err := Get(tx, store.ParseU64(k[len(k)-8:]))
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// ForTicket is every escalation of a ticket, oldest first, flagged late
// against now.
func ForTicket(tx *bolt.Tx, ticketID uint64, now time.Time) ([]Escalation, error) {
	out, err := scan(tx, key(byTicket, ticketID))
	for i := range out {
		out[i] = out[i].withLate(now)
	}
	return out, err
}

// openFor is the open escalation of a ticket that holds it escalated (not
// a refund waiting for the owner), if any.
func openFor(tx *bolt.Tx, ticketID uint64) (Escalation, bool, error) {
	all, err := scan(tx, key(byTicket, ticketID))
	for _, e := range all {
		if e.Open() && e.Reason != RefundAboveLimit {
			return e, true, err
		}
	}
	return Escalation{}, false, err
}

// openForReturn is the open refund escalation of a return request, if any.
func openForReturn(tx *bolt.Tx, returnID uint64) (Escalation, bool, error) {
	all, err := scan(tx, key(byReturn, returnID))
	for _, e := range all {
		if e.Open() {
			return e, true, err
		}
	}
	return Escalation{}, false, err
}

// OpenList is every open escalation: late ones first, then those waiting
// longest.
func OpenList(tx *bolt.Tx, now time.Time) ([]Escalation, error) {
	out, err := scan(tx, []byte{isOpen})
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i] = out[i].withLate(now)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Late != out[j].Late {
			return out[i].Late
		}
		return out[i].OpenedAt.Before(out[j].OpenedAt)
	})
	return out, nil
}

// Recent is the closed escalations, newest first, at most n.
func Recent(tx *bolt.Tx, n int) ([]Escalation, error) {
	out := []Escalation{}
	c := tx.Bucket(store.BucketEscalations).Cursor()
	for k, v := c.Last(); k != nil && len(out) < n; k, v = c.Prev() {
		if len(k) != 8 {
			continue // the settings record
		}
		var e Escalation
		if err := json.Unmarshal(v, &e); err != nil {
			return nil, fmt.Errorf("read escalation %d: %w", store.ParseU64(k), err)
		}
		if !e.Open() {
			out = append(out, e)
		}
	}
	return out, nil
}

// Counts are what the sidebar shows.
type Counts struct {
	Open int `json:"open"`
	// Waiting are the open ones the manager has not investigated yet.
	Waiting int `json:"waiting"`
	Late    int `json:"late"`
}

// openValue is what the open index keeps beside an open escalation: its
// step and estimated time, so the sidebar's counts read no escalation.
func openValue(e *Escalation) []byte {
	v := make([]byte, 9)
	v[0] = byte(e.Step)
	if e.ETA != nil {
		copy(v[1:], store.U64(uint64(e.ETA.Unix())))
	}
	return v
}

// CountOpen counts the open escalations from the open index alone.
func CountOpen(tx *bolt.Tx, now time.Time) (Counts, error) {
	var n Counts
	c := tx.Bucket(store.BucketEscalationTix).Cursor()
	for k, v := c.Seek([]byte{isOpen}); k != nil && k[0] == isOpen; k, v = c.Next() {
		step, eta := Step(0), int64(0)
		if len(v) == 9 {
			step, eta = Step(v[0]), int64(store.ParseU64(v[1:]))
		} else { // written before the index kept them
			e, err := Get(tx, store.ParseU64(k[1:]))
			if err != nil {
				return n, err
			}
			step = e.Step
			if e.ETA != nil {
				eta = e.ETA.Unix()
			}
		}
		n.Open++
		if step < Investigated {
			n.Waiting++
		}
		if eta != 0 && now.Unix() > eta {
			n.Late++
		}
	}
	return n, nil
}

// GetSettings reads the owner's choices (the zero value until saved).
func GetSettings(tx *bolt.Tx) (Settings, error) {
	var s Settings
	v := tx.Bucket(store.BucketEscalations).Get(settingsKey)
	if v == nil {
		return s, nil
	}
	return s, json.Unmarshal(v, &s)
}

// PutSettings saves the owner's choices if nobody saved them since.
func PutSettings(tx *bolt.Tx, s Settings) (Settings, error) {
	old, err := GetSettings(tx)
	if err != nil {
		return s, err
	}
	if old.Version != s.Version {
		return s, errors.New("someone else changed the escalation settings meanwhile: reload them, then make your change again")
	}
	s.Version++
	v, err := json.Marshal(s)
	if err != nil {
		return s, err
	}
	return s, tx.Bucket(store.BucketEscalations).Put(settingsKey, v)
}

// DeleteTicket forgets a deleted ticket's escalations, in the write that
// deletes it. A refund waiting for the owner stays with its return
// request, without the ticket.
func DeleteTicket(ticketID uint64) func(tx *bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		all, err := scan(tx, key(byTicket, ticketID))
		if err != nil {
			return err
		}
		b := tx.Bucket(store.BucketEscalations)
		ix := tx.Bucket(store.BucketEscalationTix)
		for _, e := range all {
			if err := ix.Delete(key(byTicket, ticketID, e.ID)); err != nil {
				return err
			}
			if e.ReturnID != 0 {
				old := e
				e.TicketID, e.TicketNumber = 0, 0
				if err := put(tx, &old, &e); err != nil {
					return err
				}
				continue
			}
			if err := ix.Delete(key(isOpen, e.ID)); err != nil {
				return err
			}
			if err := b.Delete(store.U64(e.ID)); err != nil {
				return err
			}
		}
		return nil
	}
}

// Between is the escalations opened and those closed in [from, to),
// oldest first. It reads every escalation: a shop has hundreds, not
// hundreds of thousands.
func Between(tx *bolt.Tx, from, to time.Time) (opened, closed []Escalation, err error) {
	err = tx.Bucket(store.BucketEscalations).ForEach(func(k, v []byte) error {
		if len(k) != 8 {
			return nil // the settings
		}
		var e Escalation
		if err := json.Unmarshal(v, &e); err != nil {
			return fmt.Errorf("read escalation %d: %w", store.ParseU64(k), err)
		}
		if !e.OpenedAt.Before(from) && e.OpenedAt.Before(to) {
			opened = append(opened, e)
		}
		if e.ClosedAt != nil && !e.ClosedAt.Before(from) && e.ClosedAt.Before(to) {
			closed = append(closed, e)
		}
		return nil
	})
	return opened, closed, err
}

// Imported keeps a case worked before Shopdesk kept escalations (the
// sample shop's history, an import): written as given, steps and all.
func Imported(tx *bolt.Tx, e Escalation) (Escalation, error) {
	if e.ID != 0 || len(e.Steps) == 0 || e.Step != e.Steps[len(e.Steps)-1].Step {
		return e, fmt.Errorf("an imported escalation needs its steps, the last one its step, and no ID")
	}
	return e, put(tx, nil, &e)
}
