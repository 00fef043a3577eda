package reviews_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/reviews"
	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/tickets"
)

var (
	maya  = reviews.Person{ID: 1, Name: "Maya Owner", Owner: true}
	riley = reviews.Person{ID: 2, Name: "Riley Rep"}
	sam   = reviews.Person{ID: 3, Name: "Sam Rep"}
)

type qa struct {
	t   *testing.T
	db  *store.DB
	tix *tickets.Service
	now time.Time
}

func newQA(t *testing.T) *qa {
	t.Helper()
	db := storetest.Open(t)
	q := &qa{t: t, db: db, now: time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)}
	var err error
	if q.tix, err = tickets.New(db, customers.NewService(db).Dir); err != nil {
		t.Fatal(err)
	}
	q.tix.SetClock(func() time.Time { return q.now })
	if err := db.Update(reviews.SeedDefault); err != nil {
		t.Fatal(err)
	}
	return q
}

// answered is a ticket Riley answered after wait and resolved after done.
func (q *qa) answered(wait, done time.Duration) tickets.Ticket {
	q.t.Helper()
	tk, err := q.tix.Create(tickets.Actor{ID: riley.ID, Name: riley.Name}, tickets.NewTicket{Subject: "Lamp arrived broken", CustomerEmail: "dana@fox.example", Message: "Cracked shade."})
	if err != nil {
		q.t.Fatal(err)
	}
	q.now = q.now.Add(wait)
	if _, _, err := q.tix.AddMessage(tickets.Actor{ID: riley.ID, Name: riley.Name}, tk.ID, tickets.Reply, "So sorry: a new one is on its way."); err != nil {
		q.t.Fatal(err)
	}
	q.now = q.now.Add(done)
	cur, _ := q.tix.Get(tk.ID)
	resolved := tickets.StatusResolved
	if tk, err = q.tix.Update(tickets.Actor{ID: riley.ID, Name: riley.Name}, tk.ID, cur.Ticket.Version, tickets.Change{Status: &resolved}); err != nil {
		q.t.Fatal(err)
	}
	return tk
}

func (q *qa) start(by reviews.Person, tk tickets.Ticket, rep uint64) (r reviews.Review, err error) {
	err = q.db.Update(func(tx *bolt.Tx) error { r, err = reviews.Start(tx, by, tk.ID, rep, q.now); return err })
	return r, err
}

func all(score int) []reviews.Mark {
	var m []reviews.Mark
	for id := uint64(1); id <= 6; id++ {
		m = append(m, reviews.Mark{CategoryID: id, Score: score})
	}
	return m
}

func TestTheOwnerReviewsARepsReplyAndTheRepSeesItOnceSubmitted(t *testing.T) {
	q := newQA(t)
	tk := q.answered(10*time.Minute, time.Hour)
	r, err := q.start(maya, tk, riley.ID)
	if err != nil {
		t.Fatal(err)
	}
	// Timeliness is offered from the clock: both targets met, 5.
	if r.Rep != "Riley Rep" || r.CardVersion != 1 || !r.Timeliness.Offered || r.Timeliness.Suggested != 5 || len(r.Marks) != 1 || r.Marks[0].CategoryID != 5 {
		t.Fatalf("draft %+v", r)
	}
	// A draft is the reviewer's alone.
	q.db.View(func(tx *bolt.Tx) error {
		if _, err := reviews.Read(tx, riley, r.ID); !errors.Is(err, reviews.ErrNotYours) {
			t.Fatalf("the rep read a draft: %v", err)
		}
		return nil
	})
	marks := all(4)
	marks[4].Score = 3 // Timeliness changed by the reviewer: it shows
	err = q.db.Update(func(tx *bolt.Tx) error {
		if r, err = reviews.Save(tx, maya, r.ID, r.Version, marks, "Warm and quick."); err != nil {
			return err
		}
		if !r.Timeliness.ChangedByHuman {
			t.Fatalf("the changed Timeliness does not show: %+v", r.Timeliness)
		}
		_, err = reviews.Save(tx, maya, r.ID, r.Version-1, marks, "stale")
		if !errors.Is(err, reviews.ErrReviewConflict) {
			t.Fatalf("two reviewers at once: %v", err)
		}
		r, err = reviews.Submit(tx, maya, r.ID, r.Version, q.now)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// (.75·5 + .5) / 6 = 70.83 %
	if r.State != reviews.Submitted || r.Result == nil || r.Result.Percent < 70.8 || r.Result.Percent > 70.9 {
		t.Fatalf("submitted %+v %+v", r, r.Result)
	}
	q.db.Update(func(tx *bolt.Tx) error {
		if got, err := reviews.Read(tx, riley, r.ID); err != nil || got.ID != r.ID {
			t.Fatalf("the rep reads their review: %v", err)
		}
		if _, err := reviews.Read(tx, sam, r.ID); !errors.Is(err, reviews.ErrNotYours) {
			t.Fatalf("another rep read it: %v", err)
		}
		if _, err := reviews.Save(tx, maya, r.ID, r.Version, all(5), ""); err == nil || !strings.Contains(err.Error(), "submitted") {
			t.Fatalf("a submitted review changed: %v", err)
		}
		return nil
	})
}

func TestScorecardEditsLeaveOldReviewsAsScored(t *testing.T) {
	q := newQA(t)
	r, err := q.start(maya, q.answered(time.Minute, time.Hour), riley.ID)
	if err != nil {
		t.Fatal(err)
	}
	err = q.db.Update(func(tx *bolt.Tx) error {
		if r, err = reviews.Save(tx, maya, r.ID, r.Version, all(5), ""); err != nil {
			return err
		}
		if r, err = reviews.Submit(tx, maya, r.ID, r.Version, q.now); err != nil {
			return err
		}
		card, _ := reviews.GetCard(tx, r.CardID, 0)
		card.Categories[0].Weight = 10
		card.Categories[0].Critical = true
		_, err = reviews.SaveCard(tx, card)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	q.db.View(func(tx *bolt.Tx) error {
		got, _ := reviews.GetReview(tx, r.ID)
		if got.CardVersion != 1 || got.Result.Percent != 100 {
			t.Fatalf("after the scorecard changed: v%d %v", got.CardVersion, got.Result.Percent)
		}
		return nil
	})
}

func TestWhoMayBeReviewedAndBadReviewsAreRefused(t *testing.T) {
	q := newQA(t)
	tk := q.answered(time.Minute, time.Hour)
	if _, err := q.start(riley, tk, riley.ID); err == nil || !strings.Contains(err.Error(), "only the owner") {
		t.Fatalf("a rep reviewing: %v", err)
	}
	if _, err := q.start(maya, tk, sam.ID); err == nil || !strings.Contains(err.Error(), "sent no reply") {
		t.Fatalf("reviewing someone who did not reply: %v", err)
	}
	quiet, _ := q.tix.Create(tickets.Actor{ID: riley.ID, Name: riley.Name}, tickets.NewTicket{Subject: "Hello?", CustomerEmail: "x@y.example", Message: "Hi"})
	if _, err := q.start(maya, quiet, riley.ID); err == nil || !strings.Contains(err.Error(), "nobody answered") {
		t.Fatalf("a ticket nobody answered: %v", err)
	}
	r, _ := q.start(maya, tk, riley.ID)
	err := q.db.Update(func(tx *bolt.Tx) error {
		bad := all(5)
		bad[1].Score = 7
		if _, err := reviews.Save(tx, maya, r.ID, r.Version, bad, ""); err == nil || !strings.Contains(err.Error(), "Active Listening is scored 1 to 5, not 7") {
			t.Fatalf("out of scale: %v", err)
		}
		if _, err := reviews.Submit(tx, maya, r.ID, r.Version, q.now); err == nil || !strings.Contains(err.Error(), "score Greeting") {
			t.Fatalf("submitted half-scored: %v", err)
		}
		if _, err := reviews.Save(tx, sam, r.ID, r.Version, all(5), ""); err == nil {
			t.Fatal("someone else scored Maya's review")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Late on both targets: Timeliness 1 is offered.
	slow := q.answered(48*time.Hour, 10*24*time.Hour)
	if s, err := q.start(maya, slow, riley.ID); err != nil || s.Timeliness.Suggested != 1 || s.Timeliness.FirstMet || s.Timeliness.ResolutionMet {
		t.Fatalf("a slow ticket: %+v %v", s.Timeliness, err)
	}
}

func TestARepDisputesACategoryAndTheOwnerAnswers(t *testing.T) {
	q := newQA(t)
	r, err := q.start(maya, q.answered(time.Minute, time.Hour), riley.ID)
	if err != nil {
		t.Fatal(err)
	}
	marks := all(5)
	marks[2].Score = 2 // Empathy
	err = q.db.Update(func(tx *bolt.Tx) error {
		if r, err = reviews.Save(tx, maya, r.ID, r.Version, marks, ""); err != nil {
			return err
		}
		r, err = reviews.Submit(tx, maya, r.ID, r.Version, q.now)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	before := r.Result.Percent // (5·1 + .25) / 6 = 87.5 %
	err = q.db.Update(func(tx *bolt.Tx) error {
		if _, err := reviews.DisputeCategory(tx, sam, r.ID, r.Version, 3, "Not fair", q.now); err == nil {
			t.Fatal("another rep disputed it")
		}
		if _, err := reviews.DisputeCategory(tx, riley, r.ID, r.Version, 3, "  ", q.now); err == nil || !strings.Contains(err.Error(), "say why") {
			t.Fatalf("a dispute without a reason: %v", err)
		}
		if r, err = reviews.Acknowledge(tx, riley, r.ID, r.Version, q.now); err != nil {
			return err
		}
		if r, err = reviews.DisputeCategory(tx, riley, r.ID, r.Version, 3, "I apologised twice in my reply.", q.now); err != nil {
			return err
		}
		if _, err := reviews.DisputeCategory(tx, riley, r.ID, r.Version, 3, "again", q.now); err == nil || !strings.Contains(err.Error(), "disputed already") {
			t.Fatalf("a second open dispute: %v", err)
		}
		four := 4
		if _, err := reviews.AnswerDispute(tx, riley, r.ID, r.Version, 3, &four, "I agree with me", q.now); err == nil {
			t.Fatal("a rep answered their own dispute")
		}
		if _, err := reviews.AnswerDispute(tx, maya, r.ID, r.Version, 3, &four, "", q.now); err == nil || !strings.Contains(err.Error(), "write a reply") {
			t.Fatalf("an answer without a reply: %v", err)
		}
		r, err = reviews.AnswerDispute(tx, maya, r.ID, r.Version, 3, &four, "You did: 4 it is.", q.now)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	d := r.Disputes[0]
	if d.Open() || d.From != 2 || d.To != 4 || r.Result.Percent <= before || r.Acknowledged == nil {
		t.Fatalf("after the answer: %+v %+v", d, r.Result)
	}
	var steps []string
	for _, s := range r.History {
		steps = append(steps, s.By+": "+s.What)
	}
	got := strings.Join(steps, " | ")
	for _, want := range []string{"Maya Owner: started", "Maya Owner: submitted it: 88 %", "Riley Rep: read it", "Riley Rep: disputed Empathy", "Maya Owner: changed Empathy from 2 to 4 (now 96 %)"} {
		if !strings.Contains(got, want) {
			t.Fatalf("history %q lacks %q", got, want)
		}
	}
}

func TestARepScoresTheirOwnConversationOnlyWhenAsked(t *testing.T) {
	q := newQA(t)
	tk := q.answered(time.Minute, time.Hour)
	var self reviews.Review
	err := q.db.Update(func(tx *bolt.Tx) (err error) {
		if _, err := reviews.AskSelfReview(tx, riley, tk.ID, riley.ID, q.now); err == nil {
			t.Fatal("a rep asked for their own self-review")
		}
		if self, err = reviews.AskSelfReview(tx, maya, tk.ID, riley.ID, q.now); err != nil {
			return err
		}
		if _, err := reviews.AskSelfReview(tx, maya, tk.ID, riley.ID, q.now); err == nil || !strings.Contains(err.Error(), "already") {
			t.Fatalf("asked twice: %v", err)
		}
		// The owner cannot score the rep's self-review; the rep can.
		if _, err := reviews.Save(tx, maya, self.ID, self.Version, all(5), ""); err == nil {
			t.Fatal("the owner scored the rep's self-review")
		}
		if mine, _ := reviews.ForRep(tx, riley.ID); len(mine) != 1 || !mine[0].Self {
			t.Fatalf("the rep's list: %+v", mine)
		}
		if self, err = reviews.Save(tx, riley, self.ID, self.Version, all(5), "I think it went well."); err != nil {
			return err
		}
		self, err = reviews.Submit(tx, riley, self.ID, self.Version, q.now)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if self.ReviewerID != riley.ID || self.Result.Percent != 100 {
		t.Fatalf("the self-review %+v", self)
	}
	// The owner's own review finds the rep's beside it.
	if _, err := q.start(maya, tk, riley.ID); err != nil {
		t.Fatal(err)
	}
	q.db.View(func(tx *bolt.Tx) error {
		got, ok, err := reviews.SelfReviewOf(tx, tk.ID, riley.ID)
		if err != nil || !ok || got.ID != self.ID {
			t.Fatalf("side by side: %+v %v %v", got, ok, err)
		}
		return nil
	})
}
