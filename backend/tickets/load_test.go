package tickets_test

import (
	"strings"
	"sync"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
)

func TestASecondServiceSeesEveryRow(t *testing.T) {
	d := newDesk(t)
	for i := 0; i < 30; i++ {
		d.create(t, tickets.NewTicket{})
	}
	// A second service over the same file loads the rows again; its first
	// calls must see all of them.
	again, err := tickets.New(d.db, customers.NewDirectory(d.db))
	if err != nil {
		t.Fatal(err)
	}
	if n := again.Counts(0)[tickets.ViewAll]; n != 30 {
		t.Errorf("counts right after New see %d tickets, want 30", n)
	}
	p, err := again.List(tickets.Query{})
	if err != nil || p.Total != 30 {
		t.Errorf("list right after New: %d tickets, %v; want 30", p.Total, err)
	}
}

func TestDamagedRowsAreReportedWhenTheServiceOpens(t *testing.T) {
	d := newDesk(t)
	tk := d.create(t, tickets.NewTicket{})
	err := d.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketTicketRows).Put(store.U64(tk.ID), []byte("garbage"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tickets.New(d.db, customers.NewDirectory(d.db)); err == nil || !strings.Contains(err.Error(), "could not be read") {
		t.Errorf("opening over damaged rows: %v, want it to say the list could not be read", err)
	}
}

func TestCallsMadeWhileTheRowsLoadWaitForThem(t *testing.T) {
	d := newDesk(t)
	for i := 0; i < 30; i++ {
		d.create(t, tickets.NewTicket{})
	}
	// Load returns before the rows are in; every call made at once, from
	// several goroutines, must still see all of them, and a ticket created
	// meanwhile must not be lost when the loaded rows land.
	s := tickets.Load(d.db, customers.NewDirectory(d.db))
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if n := s.Counts(0)[tickets.ViewAll]; n < 30 {
				t.Errorf("counts while loading see %d tickets, want at least 30", n)
			}
			if p, err := s.List(tickets.Query{}); err != nil || p.Total < 30 {
				t.Errorf("list while loading: %d tickets, %v; want at least 30", p.Total, err)
			}
		}()
	}
	if _, err := s.Create(d.owner, tickets.NewTicket{Subject: "During the load", CustomerEmail: "ada@example.test", Message: "Hello"}); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	if err := s.Loaded(); err != nil {
		t.Fatal(err)
	}
	if n := s.Counts(0)[tickets.ViewAll]; n != 31 {
		t.Errorf("counts after the load and a create: %d, want 31", n)
	}
}

func TestDamagedRowsFailTheCallsOfALoadingService(t *testing.T) {
	d := newDesk(t)
	tk := d.create(t, tickets.NewTicket{})
	d.create(t, tickets.NewTicket{})
	err := d.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketTicketRows).Put(store.U64(tk.ID), []byte("garbage"))
	})
	if err != nil {
		t.Fatal(err)
	}
	s := tickets.Load(d.db, customers.NewDirectory(d.db))
	if err := s.Loaded(); err == nil || !strings.Contains(err.Error(), "could not be read") {
		t.Errorf("Loaded over damaged rows: %v, want it to say the list could not be read", err)
	}
	if _, err := s.List(tickets.Query{}); err == nil || !strings.Contains(err.Error(), "could not be read") {
		t.Errorf("List over damaged rows: %v, want the load's error", err)
	}
	if n := s.Counts(0)[tickets.ViewAll]; n != 0 {
		t.Errorf("counts over damaged rows: %d, want none (not the rows read before the damage)", n)
	}
	if _, err := s.Create(d.owner, tickets.NewTicket{Subject: "x", CustomerEmail: "ada@example.test", Message: "x"}); err == nil {
		t.Error("Create over damaged rows succeeded, want the load's error")
	}
}
