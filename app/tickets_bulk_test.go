package app_test

import (
	"errors"
	"testing"

	"shopdesk/app"
	"shopdesk/backend/tickets"
)

func TestBulkChangeAsARepAndSignedOut(t *testing.T) {
	s := newShop(t)
	var ids []uint64
	for range 3 {
		tk, err := s.a.Tickets.Create(tickets.NewTicket{Subject: "Hi", CustomerEmail: "ann@example.com", Message: "Hello"})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, tk.ID)
	}
	s.signIn(t, s.rep, "battery staple")
	me := s.rep.ID
	changed, err := s.a.Tickets.UpdateMany(ids, tickets.BulkChange{AssigneeID: &me})
	if err != nil {
		t.Fatalf("a rep takes three tickets at once: %v", err)
	}
	if len(changed) != 3 {
		t.Fatalf("changed %d, want 3", len(changed))
	}
	for _, id := range ids {
		d, _ := s.a.Tickets.Get(id)
		if d.Ticket.AssigneeID != me || d.Ticket.UpdatedBy != s.rep.Name {
			t.Errorf("#%d: assignee %d by %q, want the rep", d.Ticket.Number, d.Ticket.AssigneeID, d.Ticket.UpdatedBy)
		}
	}

	if err := s.a.Session.SignOut(); err != nil {
		t.Fatal(err)
	}
	open := tickets.StatusOpen
	if _, err := s.a.Tickets.UpdateMany(ids, tickets.BulkChange{Status: &open}); !errors.Is(err, app.ErrSignedOut) {
		t.Errorf("signed out: err = %v, want ErrSignedOut", err)
	}
}
