package checklists

import (
	"errors"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"shopdesk/backend/settings"
	"shopdesk/backend/store"
)

// Service works the checklists in the data file. Safe for concurrent use.
type Service struct {
	db  *store.DB
	now func() time.Time
}

// NewService installs the built-in checklist on a new shop and returns a
// Service over db.
func NewService(db *store.DB) (*Service, error) { return NewServiceAt(db, time.Now) }

// NewServiceAt is NewService on another clock (dev builds): the built-in
// checklist is dated by it, so the days it has been there are counted.
func NewServiceAt(db *store.DB, now func() time.Time) (*Service, error) {
	s := &Service{db: db, now: now}
	done := false
	if err := db.View(func(tx *bolt.Tx) error { done = Seeded(tx); return nil }); err != nil || done {
		return s, err
	}
	return s, db.Update(func(tx *bolt.Tx) error { return SeedDefaults(tx, s.now()) })
}

// SetClock replaces the clock (tests, dev builds).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// Today is the person's runs for today, created as needed. Once they
// exist it only reads: the sidebar asks at every start and each minute,
// and a write would wait for the disk each time.
func (s *Service) Today(p Person) (out []Run, err error) {
	now := s.now()
	today := func(tx *bolt.Tx) error {
		shop, err := settings.Get(tx)
		if err != nil {
			return err
		}
		out, err = Today(tx, p, shop.Hours, now)
		return err
	}
	if err = s.db.View(today); errors.Is(err, bolterrors.ErrTxNotWritable) {
		err = s.db.Update(today)
	}
	return out, err
}

// Mark ticks or unticks a task of a person's run.
func (s *Service) Mark(by Person, personID uint64, date string, templateID, taskID uint64, done bool, comment string) (r Run, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		r, err = Mark(tx, by, personID, date, templateID, taskID, done, comment, s.now())
		return err
	})
	return r, err
}

// List is every checklist template.
func (s *Service) List() (out []Template, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { out, err = List(tx); return err })
	return out, err
}

// Save creates or updates a template; a task's clock time must fall within
// the shop's business hours on the days the checklist runs.
func (s *Service) Save(t Template) (out Template, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		shop, err := settings.Get(tx)
		if err != nil {
			return err
		}
		c, err := t.clean()
		if err != nil {
			return err
		}
		if err := c.withinHours(shop.Hours); err != nil {
			return err
		}
		out, err = Save(tx, t, s.now())
		return err
	})
	return out, err
}

// Day is the people's checklists on a past day or today, with what was
// missed.
func (s *Service) Day(people []Person, date string) (out Day, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		shop, err := settings.Get(tx)
		if err != nil {
			return err
		}
		out, err = DayOf(tx, people, shop.Hours, date, s.now())
		return err
	})
	return out, err
}

// Completion is the completion rates over the last days.
func (s *Service) Completion(people []Person, days int) (out Completion, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		shop, err := settings.Get(tx)
		if err != nil {
			return err
		}
		out, err = CompletionOf(tx, people, shop.Hours, days, s.now())
		return err
	})
	return out, err
}

// Delete removes a template.
func (s *Service) Delete(id uint64) error {
	return s.db.Update(func(tx *bolt.Tx) error { return Delete(tx, id) })
}
