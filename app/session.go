package app

import (
	"errors"
	"sync"

	"shopdesk/backend/users"
)

// Sentinel errors of the API layer.
var (
	// ErrSignedOut is returned when nobody is signed in.
	ErrSignedOut = errors.New("you are signed out: sign in to continue")
	// ErrOwnerOnly is returned when a rep calls something only the owner may do.
	ErrOwnerOnly = errors.New("only the shop owner can do this: ask the owner")
	// ErrPasswordNeeded is returned when the owner was signed in from a
	// remembered sign-in and calls something only the owner may do: a
	// remembered sign-in opens the desk, never the owner's rights.
	ErrPasswordNeeded = errors.New("password needed: you were signed in automatically; open Settings and type your password to do this")
)

// session is who sits at the window now. One window, one person at a time.
type session struct {
	mu     sync.RWMutex
	person *users.Person
	// confirmed is set once the person typed their password in this
	// window; a remembered sign-in starts without it.
	confirmed bool
}

// set signs p in (nil: out) after they typed their password.
func (s *session) set(p *users.Person) {
	s.mu.Lock()
	s.person, s.confirmed = p, p != nil
	s.mu.Unlock()
}

// resume signs p in from a remembered sign-in, without owner rights.
func (s *session) resume(p *users.Person) {
	s.mu.Lock()
	s.person, s.confirmed = p, false
	s.mu.Unlock()
}

// update replaces the signed-in person's details, keeping confirmed.
func (s *session) update(p *users.Person) {
	s.mu.Lock()
	if s.person != nil && s.person.ID == p.ID {
		s.person = p
	}
	s.mu.Unlock()
}

// confirm marks the signed-in person id as having typed their password.
func (s *session) confirm(id uint64) {
	s.mu.Lock()
	if s.person != nil && s.person.ID == id {
		s.confirmed = true
	}
	s.mu.Unlock()
}

// needsPassword reports an owner signed in without typing a password.
func (s *session) needsPassword() bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.person != nil && s.person.Role == users.Owner && !s.confirmed
}

func (s *session) get() *users.Person {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.person
}

// anyone allows any signed-in person.
func (s *session) anyone() (users.Person, error) {
	p := s.get()
	if p == nil {
		return users.Person{}, ErrSignedOut
	}
	return *p, nil
}

// owner allows only the shop owner.
func (s *session) owner() (users.Person, error) {
	p, err := s.anyone()
	if err == nil && p.Role != users.Owner {
		return p, ErrOwnerOnly
	}
	if err == nil && s.needsPassword() {
		return p, ErrPasswordNeeded
	}
	return p, err
}
