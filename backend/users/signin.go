package users

import (
	"fmt"
	"math"
	"time"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/crypto/bcrypt"
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

// SignIn checks a person's password. Wrong passwords count up; after
// FreeTries, the next try must wait, so guessing is slow. The count survives
// a restart because it is stored with the person.
func (s *Service) SignIn(id uint64, password string) (Person, error) {
	var p Person
	var result error
	err := s.db.Update(func(tx *bolt.Tx) error {
		r, err := get(tx, id)
		if err != nil {
			return err
		}
		now := s.now().UTC()
		if now.Before(r.LockedUntil) {
			result = &TooManyTriesError{Wait: r.LockedUntil.Sub(now)}
			return nil
		}
		if !r.Active {
			result = ErrDisabled
			return nil
		}
		if bcrypt.CompareHashAndPassword(r.Hash, []byte(password)) != nil {
			r.Failures++
			if r.Failures >= FreeTries {
				wait := time.Second << min(r.Failures-FreeTries, 16)
				r.LockedUntil = now.Add(min(wait, MaxWait))
			}
			result = ErrWrongPassword
			return put(tx, r)
		}
		if r.Failures > 0 || !r.LockedUntil.IsZero() {
			r.Failures, r.LockedUntil = 0, time.Time{}
			if err := put(tx, r); err != nil {
				return err
			}
		}
		p = r.Person
		return nil
	})
	if err != nil {
		return Person{}, err
	}
	return p, result
}
