package users

import (
	"bytes"
	"fmt"
	"math"
	"time"

	bolt "go.etcd.io/bbolt"
)

// FreeTries is how many wrong passwords in a row are allowed before each
// further try has to wait, doubling from one second up to MaxWait.
const (
	FreeTries = 3
	MaxWait   = 5 * time.Minute
)

// TooManyTriesError is returned by SignIn while a person must wait.
type TooManyTriesError struct{ Wait time.Duration }

func (e *TooManyTriesError) Error() string {
	secs := int(math.Ceil(e.Wait.Seconds()))
	unit := "seconds"
	if secs == 1 {
		unit = "second"
	}
	return fmt.Sprintf("too many wrong passwords: wait %d %s, then try again", secs, unit)
}

// ErrPasswordChanged is returned when the password changed while it was
// being checked: the one typed was right a moment ago, but is not now.
var ErrPasswordChanged = fmt.Errorf("your password was just changed: type the new one")

// Also is extra work done in the same write transaction as a change of a
// person, so the change and its consequences commit together or not at all.
type Also func(tx *bolt.Tx) error

// SignIn checks a person's password. Wrong passwords count up; after
// FreeTries, the next try must wait, so guessing is slow. The count survives
// a restart because it is stored with the person.
//
// bcrypt takes tens of milliseconds on purpose, and bbolt has one writer:
// the hash is read in a read transaction and compared outside any, and a
// short write transaction follows only when the count must change.
func (s *Service) SignIn(id uint64, password string) (Person, error) {
	r, ok, err := s.verify(id, password)
	if err != nil {
		return Person{}, err
	}
	if ok && r.Failures == 0 && r.LockedUntil.IsZero() {
		return r.Person, nil
	}
	var p Person
	err = s.db.Update(func(tx *bolt.Tx) error {
		cur, err := s.settle(tx, r, ok)
		if cur != nil {
			p = cur.Person
		}
		return err
	})
	if err == nil && !ok {
		err = ErrWrongPassword
	}
	if err != nil {
		return Person{}, err
	}
	return p, nil
}

// ChangePassword sets a new password for a person who knows the current
// one, in one write transaction (with also), after both bcrypt steps ran
// outside it. A wrong current password counts like a wrong sign-in.
func (s *Service) ChangePassword(id uint64, current, next string, also ...Also) error {
	if err := checkPassword(next); err != nil {
		return err
	}
	r, ok, err := s.verify(id, current)
	if err != nil {
		return err
	}
	var hash []byte
	if ok {
		if hash, err = hashPassword(next, s.Cost); err != nil {
			return fmt.Errorf("change password: %w", err)
		}
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		cur, err := s.settle(tx, r, ok)
		if err != nil || !ok {
			return err
		}
		cur.Hash, cur.PasswordSetAt = hash, s.now().UTC()
		if err := put(tx, cur); err != nil {
			return err
		}
		return runAlso(tx, also)
	})
	if err == nil && !ok {
		err = ErrWrongPassword
	}
	return err
}

// verify reads a person and compares the password outside any
// transaction. err is set when the try must not count (locked, switched
// off, unknown); ok says whether the password matched.
func (s *Service) verify(id uint64, password string) (*record, bool, error) {
	var r *record
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		r, err = get(tx, id)
		return err
	})
	if err != nil {
		return nil, false, err
	}
	now := s.now().UTC()
	if now.Before(r.LockedUntil) {
		return nil, false, &TooManyTriesError{Wait: r.LockedUntil.Sub(now)}
	}
	if !r.Active {
		return nil, false, ErrDisabled
	}
	return r, compare(r.Hash, password), nil
}

// settle records the outcome of verify inside tx, on the person as stored
// now (another try may have counted meanwhile). A wrong password is
// counted (the caller commits it and then reports ErrWrongPassword).
func (s *Service) settle(tx *bolt.Tx, seen *record, ok bool) (*record, error) {
	cur, err := get(tx, seen.ID)
	if err != nil {
		return nil, err
	}
	if !ok {
		cur.Failures++
		if cur.Failures >= FreeTries {
			wait := time.Second << min(cur.Failures-FreeTries, 16)
			cur.LockedUntil = s.now().UTC().Add(min(wait, MaxWait))
		}
		return nil, put(tx, cur)
	}
	if !bytes.Equal(cur.Hash, seen.Hash) {
		return nil, ErrPasswordChanged
	}
	if !cur.Active {
		return nil, ErrDisabled
	}
	cur.Failures, cur.LockedUntil = 0, time.Time{}
	return cur, put(tx, cur)
}

func runAlso(tx *bolt.Tx, also []Also) error {
	for _, f := range also {
		if f == nil {
			continue
		}
		if err := f(tx); err != nil {
			return err
		}
	}
	return nil
}
