package tickets_test

import (
	"strings"
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
