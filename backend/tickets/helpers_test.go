package tickets_test

import (
	"sync"
	"testing"
	"time"

	"shopdesk/backend/customers"
	"shopdesk/backend/settings"
	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

type desk struct {
	db    *store.DB
	t     *tickets.Service
	cust  *customers.Service
	clock *clock
	owner tickets.Actor
	rep   tickets.Actor
}

func newDesk(t *testing.T) *desk {
	t.Helper()
	db := storetest.Open(t)
	return openDesk(t, db)
}

func openDesk(t *testing.T, db *store.DB) *desk {
	t.Helper()
	cs := customers.NewService(db)
	ts, err := tickets.New(db, cs.Dir)
	if err != nil {
		t.Fatal(err)
	}
	cs.OnChange = tickets.CustomerChanged
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	ts.SetClock(c.now)
	us := users.New(db)
	us.Cost = 4
	d := &desk{db: db, t: ts, cust: cs, clock: c}
	people, _ := us.List()
	if len(people) == 0 {
		o, err := us.Setup(users.NewPerson{Name: "Maya", Email: "maya@shop.test", Password: "correct horse"})
		if err != nil {
			t.Fatal(err)
		}
		r, err := us.Add(users.NewPerson{Name: "Raj", Email: "raj@shop.test", Role: users.Rep, Password: "battery staple"})
		if err != nil {
			t.Fatal(err)
		}
		people = []users.Person{o, r}
	}
	// These tests choose each ticket's assignee themselves; assign_test.go
	// covers assigning it to its creator.
	if err := settings.Save(db, settings.Shop{StoreName: "Test shop", Targets: settings.DefaultTargets(), LeaveNewUnassigned: true}); err != nil {
		t.Fatal(err)
	}
	d.owner = tickets.Actor{ID: people[0].ID, Name: people[0].Name}
	d.rep = tickets.Actor{ID: people[1].ID, Name: people[1].Name}
	return d
}

func (d *desk) create(t *testing.T, in tickets.NewTicket) tickets.Ticket {
	t.Helper()
	if in.Subject == "" {
		in.Subject = "Where is my parcel?"
	}
	if in.CustomerEmail == "" && in.CustomerID == 0 {
		in.CustomerEmail = "ann@example.com"
	}
	if in.Message == "" {
		in.Message = "I ordered a lamp two weeks ago and it has not arrived."
	}
	tk, err := d.t.Create(d.rep, in)
	if err != nil {
		t.Fatalf("create: %v", err)
	}
	return tk
}

func ids(p tickets.Page) []uint64 {
	out := make([]uint64, len(p.Items))
	for i, s := range p.Items {
		out[i] = s.ID
	}
	return out
}

func ptr[T any](v T) *T { return &v }

func customersInput(email, name string) customers.Input {
	return customers.Input{Email: email, Name: name}
}
