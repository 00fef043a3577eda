package tickets_test

import (
	"testing"

	"shopdesk/backend/tickets"
)

func TestBatchCommitsManyChangesLikeSingleCalls(t *testing.T) {
	d := newDesk(t)
	var made []tickets.Ticket
	err := d.t.Batch(func(b *tickets.Batch) error {
		for i := 0; i < 3; i++ {
			tk, err := b.Create(d.rep, tickets.NewTicket{Subject: "Parcel stuck in transit", CustomerEmail: "ann@example.com",
				OrderNumber: "SD-100200", Message: "My parcel has not moved for a week."})
			if err != nil {
				return err
			}
			if tk, _, err = b.AddMessage(d.rep, tk.ID, tickets.Reply, "I have asked the carrier to trace it."); err != nil {
				return err
			}
			if tk, err = b.Update(d.rep, tk.ID, tk.Version, tickets.Change{Status: ptr(tickets.StatusResolved)}); err != nil {
				return err
			}
			made = append(made, tk)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The in-memory lists, the search index and the history all see it.
	page, err := d.t.List(tickets.Query{View: tickets.ViewResolved})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 3 {
		t.Errorf("resolved view has %d tickets, want 3", page.Total)
	}
	found, err := d.t.List(tickets.Query{Search: "carrier SD-100200"})
	if err != nil {
		t.Fatal(err)
	}
	if len(found.Items) != 3 {
		t.Errorf("search found %d tickets, want 3", len(found.Items))
	}
	det, err := d.t.Get(made[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if det.Ticket.FirstResponseAt == nil || det.Ticket.ResolvedAt == nil || len(det.Messages) != 2 {
		t.Errorf("ticket after batch = %+v with %d messages; want a first response, resolved, 2 messages", det.Ticket, len(det.Messages))
	}
	kinds := map[tickets.EventKind]bool{}
	for _, e := range det.Events {
		kinds[e.Kind] = true
	}
	for _, k := range []tickets.EventKind{tickets.EvCreated, tickets.EvFirstReply, tickets.EvResolved} {
		if !kinds[k] {
			t.Errorf("history has no %s event: %+v", k, det.Events)
		}
	}
}

func TestBatchWithOneFailedChangeLeavesNothing(t *testing.T) {
	d := newDesk(t)
	before := d.t.Counts(d.rep.ID)
	err := d.t.Batch(func(b *tickets.Batch) error {
		if _, err := b.Create(d.rep, tickets.NewTicket{Subject: "Wrong size", CustomerEmail: "bo@example.com", Message: "Sent an M, ordered an L."}); err != nil {
			return err
		}
		// A failure the caller ignores still fails the batch.
		_, _, _ = b.AddMessage(d.rep, 999, tickets.Reply, "to a ticket that does not exist")
		return nil
	})
	if err != tickets.ErrNotFound {
		t.Fatalf("batch error = %v, want ErrNotFound", err)
	}
	if after := d.t.Counts(d.rep.ID); after[tickets.ViewAll] != before[tickets.ViewAll] {
		t.Errorf("a failed batch left %d tickets in the lists, want %d", after[tickets.ViewAll], before[tickets.ViewAll])
	}
	page, err := d.t.List(tickets.Query{Search: "size"})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Items) != 0 {
		t.Errorf("a failed batch left %d tickets in the search index", len(page.Items))
	}
}
