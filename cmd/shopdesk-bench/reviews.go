package main

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/reviews"
	"shopdesk/backend/store"
)

// reviewFigures measure the quality reviews on the sample's year of them:
// the review queue of last week, saving a draft's scores (one fsync'd
// commit), and 52 weeks of trends for the team and for one rep.
func reviewFigures(r *report, cfg config, path string) error {
	db, err := store.Open(path, store.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	s, err := reviews.NewService(db)
	if err != nil {
		return err
	}
	var last time.Time
	var rep uint64
	n := 0
	db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketReviews).ForEach(func(k, v []byte) error {
			var rv reviews.Review
			if json.Unmarshal(v, &rv) == nil && rv.SubmittedAt != nil {
				n++
				rep = rv.RepID
				if rv.SubmittedAt.After(last) {
					last = *rv.SubmittedAt
				}
			}
			return nil
		})
	})
	if n < 1000 {
		return fmt.Errorf("the sample shop has %d reviews: rebuild it (sample.Version)", n)
	}
	s.SetClock(func() time.Time { return last })
	week := last.AddDate(0, 0, -7)
	var q []reviews.Suggestion
	t, err := measure(5, min(cfg.iterations, 100), func() error {
		var err error
		if q, err = s.Queue(week, reviews.DefaultPerRep, 1); err != nil {
			return err
		}
		_, err = json.Marshal(q)
		return err
	})
	if err != nil {
		return fmt.Errorf("review queue: %w", err)
	}
	r.add("review_queue_first_page_p95", ms(t.pct(95)), "ms", "<=", 10)
	note("review_queue_first_page_p95: the week of %s, %d suggestions; p50 %.2f ms", week.Format("2006-01-02"), len(q), ms(t.pct(50)))

	// Saving scores: drafts of last week's suggestions, each saved once.
	owner := reviews.Person{ID: 1, Name: "Maya Chen", Owner: true}
	var saves timings
	for _, sg := range q {
		if sg.RepID == 0 {
			continue
		}
		d, err := s.Start(owner, sg.TicketID, sg.RepID)
		if err != nil {
			continue // nothing of that rep's to review
		}
		card, err := s.Card(d.CardID, d.CardVersion)
		if err != nil {
			return err
		}
		var marks []reviews.Mark
		for _, c := range card.Categories {
			marks = append(marks, reviews.Mark{CategoryID: c.ID, Score: 4})
		}
		t0 := time.Now()
		if _, err := s.Save(owner, d.ID, d.Version, marks, "Clear and kind."); err != nil {
			return fmt.Errorf("save a review: %w", err)
		}
		saves = append(saves, time.Since(t0))
	}
	if len(saves) == 0 {
		return fmt.Errorf("no suggested conversation could be reviewed")
	}
	r.add("review_save_p50", ms(saves.pct(50)), "ms", "<=", 5)
	note("review_save_p50: %d drafts scored and saved, each a commit", len(saves))

	var team, one []reviews.Week
	t, err = measure(5, min(cfg.iterations, 50), func() error {
		var err error
		if team, err = s.Trends(0, 52); err != nil {
			return err
		}
		if one, err = s.Trends(rep, 52); err != nil {
			return err
		}
		_, err = json.Marshal([]any{team, one})
		return err
	})
	if err != nil {
		return fmt.Errorf("review trends: %w", err)
	}
	total := 0
	for _, w := range team {
		total += w.Reviews
	}
	r.add("review_trends_52w_p95", ms(t.pct(95)), "ms", "<=", 50)
	note("review_trends_52w_p95: team and one rep over 52 weeks (%d reviews); p50 %.2f ms", total, ms(t.pct(50)))
	return nil
}
