package playbooks

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
)

// Service works the playbooks in the data file. Safe for concurrent use.
type Service struct {
	db  *store.DB
	now func() time.Time
}

func categories() []string {
	out := make([]string, len(tickets.Categories))
	for i, c := range tickets.Categories {
		out[i] = string(c)
	}
	return out
}

// NewService installs the seed's playbooks on a new shop and makes the
// tickets refuse to close with a required step unticked and no reason.
func NewService(db *store.DB, tix *tickets.Service) (*Service, error) {
	s := &Service{db: db, now: time.Now}
	if tix != nil {
		tix.OnClose(func(tx *bolt.Tx, t tickets.Ticket, by tickets.Actor, why string) error {
			return CheckClose(tx, Person{ID: by.ID, Name: by.Name}, t.ID, string(t.Category), why, s.now())
		})
	}
	done := false
	if err := db.View(func(tx *bolt.Tx) error { done = Seeded(tx); return nil }); err != nil || done {
		return s, err
	}
	return s, db.Update(func(tx *bolt.Tx) error { return SeedDefaults(tx, categories(), s.now()) })
}

// SetClock replaces the clock (tests, sample data).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// List is every playbook.
func (s *Service) List() (out []Playbook, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { out, err = List(tx); return err })
	return out, err
}

// Save creates or updates a playbook.
func (s *Service) Save(p Playbook) (out Playbook, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { out, err = Save(tx, p, categories(), s.now()); return err })
	return out, err
}

// Delete removes a playbook.
func (s *Service) Delete(id uint64) error {
	return s.db.Update(func(tx *bolt.Tx) error { return Delete(tx, id) })
}

// ForTicket is the playbooks on a ticket.
func (s *Service) ForTicket(t tickets.Ticket) (out []Attached, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { out, err = ForTicket(tx, t.ID, string(t.Category)); return err })
	return out, err
}

// Attach puts a playbook on a ticket by hand.
func (s *Service) Attach(t tickets.Ticket, playbook uint64) (out Attached, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { out, err = Attach(tx, t.ID, playbook); return err })
	return out, err
}

// Remove takes a playbook off a ticket.
func (s *Service) Remove(t tickets.Ticket, playbook uint64) error {
	return s.db.Update(func(tx *bolt.Tx) error { return Remove(tx, t.ID, string(t.Category), playbook) })
}

// Tick ticks or unticks a step.
func (s *Service) Tick(by Person, t tickets.Ticket, playbook, step uint64, done bool) (out Attached, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		out, err = Tick(tx, by, t.ID, string(t.Category), playbook, step, done, s.now())
		return err
	})
	return out, err
}
