// Package sendingtest starts a whole sending side for tests: a temp data
// file with a shop, the ticket service, and the outbox worker delivering
// to the real built-in test inbox.
package sendingtest

import (
	"path/filepath"
	"testing"
	"time"

	"shopdesk/backend/customers"
	"shopdesk/backend/mailpassword"
	"shopdesk/backend/outbox"
	"shopdesk/backend/sending"
	"shopdesk/backend/settings"
	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/tickets"
)

// Desk is a running sending side.
type Desk struct {
	DB        *store.DB
	Sending   *sending.Service
	Tickets   *tickets.Service
	Passwords *mailpassword.Store
	// Changes receives every outbox change.
	Changes chan outbox.Change
}

// Start opens a temp data file and starts sending; it stops on cleanup.
func Start(t testing.TB) *Desk {
	t.Helper()
	db := storetest.Open(t)
	if err := settings.Save(db, settings.Shop{StoreName: "Lamp & Co", Targets: settings.DefaultTargets()}); err != nil {
		t.Fatal(err)
	}
	cs := customers.NewService(db)
	ts, err := tickets.New(db, cs.Dir)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pws := &mailpassword.Store{File: filepath.Join(dir, "secret"), Account: filepath.Join(dir, "shop.db")}
	s := sending.New(db, pws)
	d := &Desk{DB: db, Sending: s, Tickets: ts, Passwords: pws, Changes: make(chan outbox.Change, 1000)}
	s.OnChange = func(c outbox.Change) {
		select {
		case d.Changes <- c:
		default: // a test that does not read changes must not block the worker
		}
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Stop)
	return d
}

// WaitFor waits until a message reaches state, and returns that change.
func (d *Desk) WaitFor(t testing.TB, state outbox.State) outbox.Change {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case c := <-d.Changes:
			if c.State == state {
				return c
			}
		case <-deadline:
			t.Fatalf("no message reached %q", state)
		}
	}
}
