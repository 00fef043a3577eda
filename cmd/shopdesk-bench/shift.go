package main

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/checklists"
	"shopdesk/backend/customers"
	"shopdesk/backend/escalations"
	"shopdesk/backend/returns"
	"shopdesk/backend/store"
	"shopdesk/backend/summaries"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

// shiftFigures measure the shift's screens on the sample shop: a rep's
// first look at today's checklist, the end-of-day summary of a busy day,
// and the owner's escalations list.
func shiftFigures(r *report, cfg config, path string) error {
	db, err := store.Open(path, store.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	ts, err := tickets.New(db, customers.NewService(db).Dir)
	if err != nil {
		return err
	}
	staff, err := users.New(db).List()
	if err != nil {
		return err
	}
	var people []checklists.Person
	for _, p := range staff {
		people = append(people, checklists.Person{ID: p.ID, Name: p.Name, Role: string(p.Role), Owner: p.Role == users.Owner})
	}
	if err := checklistFigure(r, cfg, db, ts, people); err != nil {
		return err
	}
	if err := summaryFigure(r, cfg, db, ts, people); err != nil {
		return err
	}
	return escalationsFigure(r, cfg, db)
}

// checklistFigure is a rep signing in at the start of a shift: today's run
// is made (one fsync'd write) and read with the figures its linked tasks
// show. Each call is another day, so each makes its run, as the first
// sign-in of a day does; next to it, an empty fsync'd commit.
func checklistFigure(r *report, cfg config, db *store.DB, ts *tickets.Service, people []checklists.Person) error {
	ck, err := checklists.NewService(db)
	if err != nil {
		return err
	}
	ret := returns.New(db, nil)
	rep := people[len(people)-1]
	day := time.Now().AddDate(1, 0, 0) // days nobody has worked yet
	n := min(cfg.iterations, 100)
	t, err := measure(5, n, func() error {
		day = day.AddDate(0, 0, 1)
		ck.SetClock(func() time.Time { return day })
		runs, err := ck.Today(rep)
		if err != nil {
			return err
		}
		if len(runs) == 0 {
			return fmt.Errorf("no checklist for %s on %s", rep.Name, day.Format("2006-01-02"))
		}
		counts := ts.Counts(rep.ID)
		rc, err := ret.Counts()
		if err != nil {
			return err
		}
		_, err = json.Marshal([]any{runs, counts, rc})
		return err
	})
	if err != nil {
		return fmt.Errorf("today's checklist: %w", err)
	}
	floor, err := measure(5, 50, func() error { return db.Update(func(*bolt.Tx) error { return nil }) })
	if err != nil {
		return err
	}
	r.add("checklist_today_open_p95", ms(t.pct(95)), "ms", "<=", 20)
	note("checklist_today_open_p95: %d first opens of a day (each makes the run); p50 %.2f ms; an empty fsync'd commit p50 %.2f ms",
		n, ms(t.pct(50)), ms(floor.pct(50)))
	return nil
}

// summaryFigure is the end-of-day summary of the busiest of the sample's
// last seven days (its figures worked from the event log, pending worked
// back from now).
func summaryFigure(r *report, cfg config, db *store.DB, ts *tickets.Service, people []checklists.Person) error {
	busiest, events, err := busiestDay(db)
	if err != nil {
		return err
	}
	s := summaries.NewService(db, ts, nil)
	owner := summaries.Person{ID: people[0].ID, Name: people[0].Name, Owner: true}
	var d summaries.Day
	t, err := measure(5, min(cfg.iterations, 100), func() error {
		d, err = s.Day(owner, people, busiest)
		if err != nil {
			return err
		}
		_, err = json.Marshal(d)
		return err
	})
	if err != nil {
		return fmt.Errorf("end-of-day summary: %w", err)
	}
	r.add("eod_summary_p95", ms(t.pct(95)), "ms", "<=", 50)
	note("eod_summary_p95: %s (%d ticket events): %d received, %d resolved, %d pending at its end; p50 %.2f ms",
		busiest, events, d.Live.Received.Count, d.Live.Resolved.Count, d.Live.Pending.Count, ms(t.pct(50)))
	return nil
}

// busiestDay is the UTC day of the last seven in the sample with the most
// ticket events.
func busiestDay(db *store.DB) (string, int, error) {
	per := map[string]int{}
	err := db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(store.BucketEventTime).Cursor()
		k, _ := c.Last()
		if k == nil {
			return fmt.Errorf("the sample shop has no ticket events: rebuild it (sample.Version)")
		}
		last := time.Unix(0, int64(store.ParseU64(k[:8]))).UTC()
		from := last.AddDate(0, 0, -7)
		for k, _ = c.Seek(store.U64(uint64(from.UnixNano()))); k != nil; k, _ = c.Next() {
			per[time.Unix(0, int64(store.ParseU64(k[:8]))).UTC().Format("2006-01-02")]++
		}
		return nil
	})
	best, n := "", 0
	for d, c := range per {
		if c > n || (c == n && d > best) {
			best, n = d, c
		}
	}
	return best, n, err
}

// escalationsFigure is the owner's list: every open escalation, late
// first, and the latest closed.
func escalationsFigure(r *report, cfg config, db *store.DB) error {
	s := escalations.NewService(db, nil, nil, nil, nil)
	var b escalations.Board
	t, err := measure(20, cfg.iterations, func() error {
		var err error
		if b, err = s.Board(); err != nil {
			return err
		}
		_, err = json.Marshal(b)
		return err
	})
	if err != nil {
		return fmt.Errorf("escalations list: %w", err)
	}
	if len(b.Open) < 100 {
		return fmt.Errorf("the sample shop has %d open escalations: rebuild it (sample.Version)", len(b.Open))
	}
	r.add("escalations_list_p95", ms(t.pct(95)), "ms", "<=", 10)
	note("escalations_list_p95: %d open (%d late, %d waiting for the manager), %d recently closed; p50 %.2f ms",
		len(b.Open), b.Counts.Late, b.Counts.Waiting, len(b.Closed), ms(t.pct(50)))
	return nil
}
