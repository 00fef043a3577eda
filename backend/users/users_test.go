package users_test

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"shopdesk/backend/store/storetest"
	"shopdesk/backend/users"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

func newService(t *testing.T) (*users.Service, *clock) {
	s := users.New(storetest.Open(t))
	s.Cost = 4
	c := &clock{t: time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)}
	s.SetClock(c.now)
	return s, c
}

func TestSetupOnceThenSignIn(t *testing.T) {
	s, _ := newService(t)
	if need, _ := s.NeedsSetup(); !need {
		t.Fatal("a new file needs setup")
	}
	owner, err := s.Setup(users.NewPerson{Name: "Maya", Email: "maya@shop.test", Password: "correct horse"})
	if err != nil {
		t.Fatal(err)
	}
	if owner.Role != users.Owner {
		t.Errorf("setup made a %s", owner.Role)
	}
	if _, err := s.Setup(users.NewPerson{Name: "Eve", Email: "eve@shop.test", Password: "correct horse"}); !errors.Is(err, users.ErrAlreadySetUp) {
		t.Errorf("second setup: %v", err)
	}
	if _, err := s.SignIn(owner.ID, "correct horse"); err != nil {
		t.Errorf("right password refused: %v", err)
	}
	if _, err := s.SignIn(owner.ID, "Correct horse"); !errors.Is(err, users.ErrWrongPassword) {
		t.Errorf("wrong password: %v", err)
	}
}

func TestWrongPasswordsSlowDown(t *testing.T) {
	s, c := newService(t)
	p, _ := s.Setup(users.NewPerson{Name: "Maya", Email: "maya@shop.test", Password: "correct horse"})
	for i := 0; i < users.FreeTries; i++ {
		if _, err := s.SignIn(p.ID, "guess"); !errors.Is(err, users.ErrWrongPassword) {
			t.Fatalf("try %d: %v", i, err)
		}
	}
	// Now even the right password must wait.
	_, err := s.SignIn(p.ID, "correct horse")
	var wait *users.TooManyTriesError
	if !errors.As(err, &wait) || !strings.Contains(err.Error(), "wait 1 second") {
		t.Fatalf("after %d wrong tries: %v", users.FreeTries, err)
	}
	c.add(2 * time.Second)
	s.SignIn(p.ID, "guess again")
	_, err = s.SignIn(p.ID, "correct horse")
	if !errors.As(err, &wait) || wait.Wait != 2*time.Second {
		t.Fatalf("the wait should double: %v", err)
	}
	c.add(2 * time.Second)
	if _, err := s.SignIn(p.ID, "correct horse"); err != nil {
		t.Fatalf("after waiting, the right password: %v", err)
	}
	// A success resets the count.
	if _, err := s.SignIn(p.ID, "nope"); !errors.Is(err, users.ErrWrongPassword) {
		t.Fatalf("first wrong try after success: %v", err)
	}
}

func TestPeopleRules(t *testing.T) {
	s, _ := newService(t)
	owner, _ := s.Setup(users.NewPerson{Name: "Maya", Email: "maya@shop.test", Password: "correct horse"})
	cases := []struct {
		name string
		in   users.NewPerson
		want string
	}{
		{"short password", users.NewPerson{Name: "Raj", Email: "raj@shop.test", Role: users.Rep, Password: "short"}, "too short"},
		{"bad email", users.NewPerson{Name: "Raj", Email: "raj@", Role: users.Rep, Password: "long enough"}, "not an email"},
		{"taken email", users.NewPerson{Name: "Raj", Email: "MAYA@shop.test", Role: users.Rep, Password: "long enough"}, "already uses"},
		{"no name", users.NewPerson{Name: " ", Email: "raj@shop.test", Role: users.Rep, Password: "long enough"}, "name is empty"},
		{"unknown role", users.NewPerson{Name: "Raj", Email: "raj@shop.test", Role: "admin", Password: "long enough"}, "not known"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := s.Add(c.in); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want %q", err, c.want)
			}
		})
	}
	rep, err := s.Add(users.NewPerson{Name: "Raj", Email: "raj@shop.test", Role: users.Rep, Password: "long enough"})
	if err != nil {
		t.Fatal(err)
	}
	off := false
	if _, err := s.Update(owner.ID, users.Change{Active: &off}); !errors.Is(err, users.ErrLastOwner) {
		t.Errorf("switching off the only owner: %v", err)
	}
	if _, err := s.Update(rep.ID, users.Change{Active: &off}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SignIn(rep.ID, "long enough"); !errors.Is(err, users.ErrDisabled) {
		t.Errorf("switched-off person signed in: %v", err)
	}
	list, _ := s.List()
	if len(list) != 2 || list[0].ID != owner.ID {
		t.Errorf("list = %+v, want the owner first", list)
	}
}
