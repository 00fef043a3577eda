package settings

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/calendar"
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
	// Hours changed take effect from the moment they are saved; the
	// history of earlier schedules is the file's, never the caller's.
	Hours                   *calendar.Hours `json:"hours,omitempty"`
	LeaveNewUnassigned      *bool           `json:"leaveNewUnassigned,omitempty"`
	GettingStartedDismissed *bool           `json:"gettingStartedDismissed,omitempty"`
}

// Form is the change the settings form makes: everything it shows, never
// who is remembered or whether the getting-started card was hidden.
func Form(s Shop) Change {
	t, h, leave := s.Targets, s.Hours, s.LeaveNewUnassigned
	return Change{StoreName: &s.StoreName, Website: &s.Website, Targets: &t, Hours: &h, LeaveNewUnassigned: &leave}
}

// Apply reads, changes, validates and writes the settings inside tx. A
// change that changes nothing writes nothing.
func Apply(tx *bolt.Tx, c Change) (Shop, error) { return ApplyAt(tx, c, time.Now()) }

// ApplyAt is Apply with changed hours taking effect at now.
func ApplyAt(tx *bolt.Tx, c Change, now time.Time) (Shop, error) {
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
	if c.Hours != nil {
		next.Hours = *c.Hours
	}
	if c.LeaveNewUnassigned != nil {
		next.LeaveNewUnassigned = *c.LeaveNewUnassigned
	}
	if c.GettingStartedDismissed != nil {
		next.GettingStartedDismissed = *c.GettingStartedDismissed
	}
	if c == (Change{RememberedUser: c.RememberedUser}) && next.RememberedUser == s.RememberedUser {
		return s, nil
	}
	if err := PutAt(tx, next, now); err != nil {
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
