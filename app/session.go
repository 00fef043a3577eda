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
)

// session is who sits at the window now. One window, one person at a time.
type session struct {
	mu     sync.RWMutex
	person *users.Person
}

func (s *session) set(p *users.Person) {
	s.mu.Lock()
	s.person = p
	s.mu.Unlock()
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
	return p, err
}
