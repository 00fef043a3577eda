package tickets_test

import (
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
)

func TestRowsLoadInTheBackgroundAndCallsWaitForThem(t *testing.T) {
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

func TestDamagedRowsAreReportedByTheCallsThatNeedThem(t *testing.T) {
	d := newDesk(t)
	tk := d.create(t, tickets.NewTicket{})
	err := d.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketTicketRows).Put(store.U64(tk.ID), []byte("garbage"))
	})
	if err != nil {
		t.Fatal(err)
	}
	broken, err := tickets.New(d.db, customers.NewDirectory(d.db))
	if err != nil {
		t.Fatalf("New: %v; want the window to open and say what is wrong", err)
	}
	if _, err := broken.List(tickets.Query{}); err == nil || !strings.Contains(err.Error(), "could not be read") {
		t.Errorf("list over damaged rows: %v", err)
	}
	if _, err := broken.Create(d.rep, tickets.NewTicket{Subject: "Hi", CustomerEmail: "a@example.com", Message: "Hello"}); err == nil {
		t.Error("a ticket was created although the list could not be loaded")
	}
}
