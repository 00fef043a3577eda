package settings

import (
	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// Change is a partial update of the shop's settings: nil fields stay as
// they are stored. Applying only what the caller sets, inside one write
// transaction, means two saves (the settings form, a sign-in remembering
// someone) can never undo one another.
type Change struct {
	StoreName      *string  `json:"storeName,omitempty"`
	Website        *string  `json:"website,omitempty"`
	Targets        *Targets `json:"targets,omitempty"`
	RememberedUser *uint64  `json:"rememberedUser,omitempty"`
}

// Form is the change the settings form makes: everything it shows, never
// who is remembered.
func Form(s Shop) Change {
	t := s.Targets
	return Change{StoreName: &s.StoreName, Website: &s.Website, Targets: &t}
}

// Apply reads, changes, validates and writes the settings inside tx. A
// change that changes nothing writes nothing.
func Apply(tx *bolt.Tx, c Change) (Shop, error) {
	s, err := Get(tx)
	if err != nil {
		return s, err
	}
	next := s
	if c.StoreName != nil {
		next.StoreName = *c.StoreName
	}
	if c.Website != nil {
		next.Website = *c.Website
	}
	if c.Targets != nil {
		next.Targets = *c.Targets
	}
	if c.RememberedUser != nil {
		next.RememberedUser = *c.RememberedUser
	}
	if c.StoreName == nil && c.Website == nil && c.Targets == nil && next.RememberedUser == s.RememberedUser {
		return s, nil
	}
	if err := Put(tx, next); err != nil {
		return s, err
	}
	return Get(tx)
}

// Update is Apply in its own write transaction.
func Update(db *store.DB, c Change) (s Shop, err error) {
	err = db.Update(func(tx *bolt.Tx) error { s, err = Apply(tx, c); return err })
	return s, err
}

// In returns Apply as work for another package's transaction (setting the
// shop up together with its owner).
func In(c Change) func(tx *bolt.Tx) error {
	return func(tx *bolt.Tx) error { _, err := Apply(tx, c); return err }
}

// Forget returns work that ends a remembered sign-in of person id, for the
// transaction that changes their password: a new password must be typed
// before Shopdesk signs them in again.
func Forget(id uint64) func(tx *bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		s, err := Get(tx)
		if err != nil || s.RememberedUser != id {
			return err
		}
		var none uint64
		_, err = Apply(tx, Change{RememberedUser: &none})
		return err
	}
}
