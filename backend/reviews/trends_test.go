package reviews_test

import (
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/reviews"
)

func TestTrendsByWeekAgainstHandBuiltReviews(t *testing.T) {
	q := newQA(t)
	// Thursday 3 December 2026: two reviews of Riley this week (100 % and
	// 50 %), one of Sam (a critical fail); one of Riley last week (0 %).
	submit := func(rep reviews.Person, score int, at time.Time, critical bool) {
		tk := q.resolvedBy(rep, "Ticket")
		if critical {
			q.db.Update(func(tx *bolt.Tx) error {
				card, _ := reviews.DefaultFor(tx, "email")
				card.Categories[0].Critical = true
				_, err := reviews.SaveCard(tx, card)
				return err
			})
		}
		r, err := q.start(maya, tk, rep.ID)
		if err != nil {
			t.Fatal(err)
		}
		err = q.db.Update(func(tx *bolt.Tx) error {
			m := all(score)
			if critical {
				m[0].Score = 1
			}
			if r, err = reviews.Save(tx, maya, r.ID, r.Version, m, ""); err != nil {
				return err
			}
			_, err = reviews.Submit(tx, maya, r.ID, r.Version, at)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	thu := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	submit(riley, 5, thu, false)
	submit(riley, 3, thu.Add(-48*time.Hour), false) // Tuesday
	submit(riley, 1, thu.AddDate(0, 0, -7), false)  // last week
	var team, rileys []reviews.Week
	q.db.View(func(tx *bolt.Tx) (err error) {
		if rileys, err = reviews.Trends(tx, riley.ID, 12, thu, time.UTC); err != nil {
			t.Fatal(err)
		}
		return nil
	})
	this, prev := rileys[11], rileys[10]
	if len(rileys) != 12 || this.Start != "2026-11-30" || this.Reviews != 2 || this.Average != 75 || prev.Reviews != 1 || prev.Average != 0 ||
		this.Categories["Empathy"] != 75 || rileys[0].Reviews != 0 {
		t.Fatalf("Riley's weeks: this %+v, before %+v", this, prev)
	}
	// Sam's review is on the new version, with Greeting critical: a fail.
	submit(sam, 5, thu, true)
	q.db.View(func(tx *bolt.Tx) (err error) {
		team, err = reviews.Trends(tx, 0, 12, thu, time.UTC)
		return err
	})
	w := team[11]
	// (100 + 50 + 0) / 3; Greeting: Riley 100 and 50, Sam 0 (its own score counts).
	if w.Reviews != 3 || w.CriticalFails != 1 || w.Average != 50 || w.Categories["Greeting"] != 50 || w.Categories["Empathy"] != (100+50+100)/3.0 || len(w.ReviewIDs) != 3 {
		t.Fatalf("the team's week %+v", w)
	}
	q.db.View(func(tx *bolt.Tx) error {
		if _, err := reviews.Trends(tx, 0, 0, thu, time.UTC); err == nil {
			t.Fatal("0 weeks")
		}
		return nil
	})
}

func TestTheCSVHasAColumnPerCategory(t *testing.T) {
	q := newQA(t)
	r, _ := q.start(maya, q.resolvedBy(riley, "Mug chipped"), riley.ID)
	q.db.Update(func(tx *bolt.Tx) (err error) {
		m := all(4)
		if r, err = reviews.Save(tx, maya, r.ID, r.Version, m, "Good, \"warm\"."); err != nil {
			return err
		}
		_, err = reviews.Submit(tx, maya, r.ID, r.Version, q.now)
		return err
	})
	q.start(maya, q.resolvedBy(riley, "Draft only"), riley.ID) // a draft is not exported
	var b strings.Builder
	if err := q.db.View(func(tx *bolt.Tx) error { return reviews.WriteCSV(tx, &b, time.UTC) }); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "review,submitted,ticket,rep,reviewer,scorecard,version,score,critical fails,comment,Greeting,Active Listening") ||
		!strings.Contains(lines[1], ",Riley Rep,Maya Owner,Customer Interaction Quality Review,1,75.0,0,\"Good, \"\"warm\"\".\",4,4,4,4,4,4") {
		t.Fatalf("csv:\n%s", b.String())
	}
}
