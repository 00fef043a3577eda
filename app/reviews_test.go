package app_test

import (
	"strings"
	"testing"

	"shopdesk/backend/reviews"
	"shopdesk/backend/tickets"
)

func TestTheOwnerReviewsARepWhoReadsItAndDisputes(t *testing.T) {
	s := newShop(t)
	s.signIn(t, s.rep, "battery staple")
	tk, err := s.a.Tickets.Create(tickets.NewTicket{Subject: "Lamp broke", CustomerEmail: "dana@example.com", Message: "Cracked."})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.a.Tickets.Reply(tk.ID, "So sorry, a new one is coming."); err != nil {
		t.Fatal(err)
	}
	if _, err := s.a.Reviews.Start(tk.ID, s.rep.ID); err == nil {
		t.Fatal("a rep started a review")
	}
	s.signIn(t, s.owner, "correct horse")
	r, err := s.a.Reviews.Start(tk.ID, s.rep.ID)
	if err != nil {
		t.Fatal(err)
	}
	card, _ := s.a.Reviews.Card(r.CardID, r.CardVersion)
	var marks []reviews.Mark
	for _, c := range card.Categories {
		marks = append(marks, reviews.Mark{CategoryID: c.ID, Score: 4})
	}
	if r, err = s.a.Reviews.Save(r.ID, r.Version, marks, "Kind and clear."); err != nil {
		t.Fatal(err)
	}
	if r, err = s.a.Reviews.Submit(r.ID, r.Version); err != nil || r.Result == nil || r.Result.Percent != 75 {
		t.Fatalf("submitted %+v %v", r.Result, err)
	}
	s.signIn(t, s.rep, "battery staple")
	mine, err := s.a.Reviews.Mine()
	if err != nil || len(mine) != 1 || mine[0].ID != r.ID {
		t.Fatalf("the rep's reviews %+v %v", mine, err)
	}
	if _, err := s.a.Reviews.Dispute(r.ID, r.Version, card.Categories[2].ID, "I did say sorry."); err != nil {
		t.Fatal(err)
	}
	if _, err := s.a.Reviews.Queue("", 0); err == nil || !strings.Contains(err.Error(), "owner") {
		t.Fatalf("a rep read the queue: %v", err)
	}
}
