package users

import (
	"bytes"
	"fmt"
	"math"
	"sync"
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

// signInLocks serialise the tries of one person (striped by ID), so that
// parallel guesses cannot all pass the wait check before any failure is
// counted. Different people sign in in parallel.
type signInLocks [64]sync.Mutex

func (l *signInLocks) of(id uint64) *sync.Mutex { return &l[id%uint64(len(l))] }

// SignIn checks a person's password. Wrong passwords count up; after
// FreeTries, the next try must wait, so guessing is slow. The count survives
// a restart because it is stored with the person.
//
// bcrypt takes tens of milliseconds on purpose, so it runs outside any
// write transaction: the hash is read in a read transaction, compared with
// no transaction open, and a short write records the outcome only when
// something changes (a failure, or the reset after one).
func (s *Service) SignIn(id uint64, password string) (Person, error) {
	mu := s.locks.of(id)
	mu.Lock()
	defer mu.Unlock()
	var r *record
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		r, err = get(tx, id)
		return err
	})
	if err != nil {
		return Person{}, err
	}
	now := s.now().UTC()
	if now.Before(r.LockedUntil) {
		return Person{}, &TooManyTriesError{Wait: r.LockedUntil.Sub(now)}
	}
	if !r.Active {
		return Person{}, ErrDisabled
	}
	s.slow <- struct{}{}
	ok := bcrypt.CompareHashAndPassword(r.Hash, []byte(password)) == nil
	<-s.slow
	if ok && r.Failures == 0 && r.LockedUntil.IsZero() {
		return r.Person, nil
	}
	var p Person
	var result error
	err = s.db.Update(func(tx *bolt.Tx) error {
		cur, err := get(tx, id)
		if err != nil {
			return err
		}
		// The password was changed while it was being compared: the
		// comparison was against the old one, so it does not count.
		if !bytes.Equal(cur.Hash, r.Hash) {
			result = ErrWrongPassword
			return nil
		}
		if !ok {
			cur.Failures++
			if cur.Failures >= FreeTries {
				wait := time.Second << min(cur.Failures-FreeTries, 16)
				cur.LockedUntil = now.Add(min(wait, MaxWait))
			}
			result = ErrWrongPassword
			return put(tx, cur)
		}
		cur.Failures, cur.LockedUntil = 0, time.Time{}
		p = cur.Person
		return put(tx, cur)
	})
	if err != nil {
		return Person{}, err
	}
	return p, result
}
