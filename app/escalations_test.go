package app_test

import (
	"strings"
	"testing"
	"time"

	"shopdesk/backend/escalations"
	"shopdesk/backend/tickets"
)

func TestARepEscalatesAndTheOwnerInvestigates(t *testing.T) {
	s := newShop(t)
	s.signIn(t, s.rep, "battery staple")
	tk, err := s.a.Tickets.Create(tickets.NewTicket{Subject: "Third broken lamp", CustomerEmail: "dana@example.com", Message: "Again!", Category: "complaint"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.a.Escalations.Escalate(tk.ID, tk.Version, escalations.NewEscalation{Reason: escalations.RepeatedComplaint})
	if err != nil || got.Ticket.Ticket.Status != tickets.StatusEscalated || got.Escalation.Step != escalations.Notified {
		t.Fatalf("escalated %+v %v", got, err)
	}
	e := got.Escalation
	if _, err := s.a.Escalations.Investigate(e.ID, e.Version, escalations.Investigation{ETA: time.Now().Add(time.Hour), Contacted: "warehouse"}); err == nil || !strings.Contains(err.Error(), "owner") {
		t.Fatalf("a rep investigated: %v", err)
	}
	if _, err := s.a.Escalations.Board(); err == nil {
		t.Fatal("a rep read the owner's list")
	}
	if n, err := s.a.Escalations.Counts(); err != nil || n.Open != 1 {
		t.Fatalf("counts %+v %v", n, err)
	}
	s.signIn(t, s.owner, "correct horse")
	b, err := s.a.Escalations.Board()
	if err != nil || len(b.Open) != 1 || b.Open[0].Frontline == "" {
		t.Fatalf("the owner's list %+v %v", b, err)
	}
	if e, err = s.a.Escalations.Investigate(e.ID, e.Version, escalations.Investigation{ETA: time.Now().Add(time.Hour), Contacted: "warehouse"}); err != nil || e.Step != escalations.Investigated {
		t.Fatalf("investigated %+v %v", e, err)
	}
}
