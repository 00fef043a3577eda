package app_test

import (
	"strings"
	"testing"
	"time"

	"shopdesk/backend/summaries"
	"shopdesk/backend/tickets"
)

func TestARepPreparesTodaysSummaryAndEmailsIt(t *testing.T) {
	s := newShop(t)
	s.signIn(t, s.rep, "battery staple")
	if _, err := s.a.Tickets.Create(tickets.NewTicket{Subject: "Where is it?", CustomerEmail: "dana@example.com", Message: "Hi"}); err != nil {
		t.Fatal(err)
	}
	d, err := s.a.Summaries.Day("")
	if err != nil || !d.Today || d.Live.Received.Count != 1 || d.Live.Pending.Count != 1 || d.Saved != nil {
		t.Fatalf("today %+v %v", d, err)
	}
	yesterday := time.Now().AddDate(0, 0, -2).Format("2006-01-02")
	if _, err := s.a.Summaries.Day(yesterday); err == nil || !strings.Contains(err.Error(), "only the owner") {
		t.Fatalf("a rep on a past day: %v", err)
	}
	saved, err := s.a.Summaries.Save(d.Date, summaries.Text{Notable: "Quiet day."})
	if err != nil || saved.Figures.Received.Count != 1 {
		t.Fatalf("saved %+v %v", saved, err)
	}
	mailed, err := s.a.Summaries.Email(d.Date)
	if err != nil || len(mailed.Emailed) != 1 {
		t.Fatalf("emailed %+v %v", mailed, err)
	}
}
