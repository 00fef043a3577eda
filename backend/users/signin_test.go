package users_test

import (
	"errors"
	"sync"
	"testing"

	"shopdesk/backend/users"
)

// bcrypt runs outside the write transaction, so the wait check must still
// hold when guesses arrive together: only FreeTries of them are compared
// as wrong passwords, the rest are told to wait.
func TestParallelGuessesAreCountedLikeSerialOnes(t *testing.T) {
	s, _ := newService(t)
	p, err := s.Setup(users.NewPerson{Name: "Maya", Email: "maya@shop.test", Password: "correct horse"})
	if err != nil {
		t.Fatal(err)
	}
	const guesses = 12
	var mu sync.Mutex
	wrong, waits := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < guesses; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := s.SignIn(p.ID, "guess")
			var wait *users.TooManyTriesError
			mu.Lock()
			defer mu.Unlock()
			switch {
			case errors.Is(err, users.ErrWrongPassword):
				wrong++
			case errors.As(err, &wait):
				waits++
			default:
				t.Errorf("guess: %v", err)
			}
		}()
	}
	wg.Wait()
	if wrong != users.FreeTries || waits != guesses-users.FreeTries {
		t.Errorf("%d wrong-password answers and %d waits, want %d and %d", wrong, waits, users.FreeTries, guesses-users.FreeTries)
	}
}

func TestChangePasswordNeedsTheCurrentOne(t *testing.T) {
	s, _ := newService(t)
	p, _ := s.Setup(users.NewPerson{Name: "Maya", Email: "maya@shop.test", Password: "correct horse"})
	if err := s.ChangePassword(p.ID, "wrong one", "new password"); !errors.Is(err, users.ErrWrongPassword) {
		t.Fatalf("with a wrong current password: %v", err)
	}
	if err := s.ChangePassword(p.ID, "correct horse", "new password"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SignIn(p.ID, "correct horse"); !errors.Is(err, users.ErrWrongPassword) {
		t.Errorf("the old password still works: %v", err)
	}
	if _, err := s.SignIn(p.ID, "new password"); err != nil {
		t.Errorf("the new password: %v", err)
	}
}
