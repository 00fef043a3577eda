package templates

import (
	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// Service is the templates in one data file, each call its own transaction.
type Service struct{ db *store.DB }

// NewService returns a Service over db, with the built-in defaults seeded.
func NewService(db *store.DB) (*Service, error) {
	// A start with every default in place writes nothing: a write is a
	// wait for the disk while the window opens.
	done := false
	if err := db.View(func(tx *bolt.Tx) error { done = Seeded(tx); return nil }); err != nil || done {
		return &Service{db: db}, err
	}
	err := db.Update(func(tx *bolt.Tx) error { _, err := SeedDefaults(tx); return err })
	return &Service{db: db}, err
}

// List returns every template.
func (s *Service) List() (out []Template, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { out, err = List(tx); return err })
	return out, err
}

// Save creates a template (ID 0) or updates one.
func (s *Service) Save(t Template) (out Template, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		if t.ID == 0 {
			out, err = Create(tx, t)
		} else {
			out, err = Update(tx, t)
		}
		return err
	})
	return out, err
}

// Delete removes a template.
func (s *Service) Delete(id uint64) error {
	return s.db.Update(func(tx *bolt.Tx) error { return Delete(tx, id) })
}

// Restore puts a built-in template back as shipped.
func (s *Service) Restore(id uint64) (out Template, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { out, err = RestoreDefault(tx, id); return err })
	return out, err
}
