package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/orders"
	"shopdesk/backend/orders/ordertest"
	"shopdesk/backend/returns"
	"shopdesk/backend/store"
)

// importFigure imports a 100,000-order Shopify export (about 250,000
// line-item rows) into a new, fsync'd data file, three times.
func importFigure(r *report, cfg config, work string) error {
	var buf bytes.Buffer
	if err := ordertest.WriteShopify(&buf, ordertest.Sample(100_000, 42, time.Now())); err != nil {
		return err
	}
	file := buf.Bytes()
	var rates []float64
	for run := range 3 {
		path := filepath.Join(work, fmt.Sprintf("import-%d.db", run))
		db, err := store.Open(path, store.Options{})
		if err != nil {
			return err
		}
		s := orders.NewService(db, customers.NewService(db))
		t0 := time.Now()
		rep, err := s.Import(context.Background(), bytes.NewReader(file), int64(len(file)), "orders_export.csv", orders.FormatShopify, nil)
		took := time.Since(t0)
		db.Close()
		os.Remove(path)
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		if rep.Added != 100_000 || rep.SkippedAll != 0 {
			return fmt.Errorf("import added %d orders and skipped %d rows, want 100,000 and none", rep.Added, rep.SkippedAll)
		}
		rates = append(rates, float64(rep.Added)/took.Seconds())
	}
	r.add("orders_import_rate", median(rates), "orders/s", ">=", 10_000)
	note("orders_import_rate: %d MB file, %s orders/s over three runs", len(file)>>20, list(rates))
	return nil
}

// returnsFigures measure the returns queue, a transition and the trends
// on the sample shop's return requests (about 5,000 in every state).
func returnsFigures(r *report, cfg config, path string) error {
	db, err := store.Open(path, store.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	s := returns.New(db, nil)
	all, err := s.Counts()
	if err != nil {
		return err
	}
	sum := 0
	for _, n := range all.Tabs {
		sum += n
	}
	if sum < 1000 {
		return fmt.Errorf("the sample shop has %d return requests: rebuild it (sample.Version)", sum)
	}
	// The biggest tab: its first page costs what any first page does, and
	// the counts of all five tabs come with it.
	q := returns.QueueQuery{Tab: returns.TabDone, Limit: 50}
	t, err := measure(20, cfg.iterations, func() error {
		p, err := s.Queue(q)
		if err != nil {
			return err
		}
		_, err = json.Marshal(p)
		return err
	})
	if err != nil {
		return fmt.Errorf("returns queue: %w", err)
	}
	r.add("returns_queue_first_page_p95", ms(t.pct(95)), "ms", "<=", 10)
	note("returns queue: %d requests (%v), first page of %q p50 %.2f ms", sum, all.Tabs, q.Tab, ms(t.pct(50)))

	// A transition is a whole fsync'd commit: next to it, an empty one.
	floor, err := measure(5, 50, func() error { return db.Update(func(*bolt.Tx) error { return nil }) })
	if err != nil {
		return err
	}
	p, err := s.Queue(returns.QueueQuery{Tab: returns.TabWaiting, Limit: 100})
	if err != nil {
		return err
	}
	owner := returns.Person{ID: 1, Name: "Maya Chen", Owner: true}
	var steps timings
	for _, row := range p.Items {
		v, err := s.Get(owner, row.ID)
		if err != nil {
			return err
		}
		t0 := time.Now()
		if _, err := s.Act(owner, v.Request.ID, v.Request.Version, returns.Action{Kind: returns.Receive, Condition: returns.AsNew}); err != nil {
			return fmt.Errorf("receive %s: %w", returns.Number(v.Request.Number), err)
		}
		steps = append(steps, time.Since(t0))
	}
	if len(steps) == 0 {
		return fmt.Errorf("no request waits for its item in the sample shop")
	}
	r.add("return_transition_p50", ms(steps.pct(50)), "ms", "<=", 5)
	note("return_transition_p50: %d requests marked received; an empty fsync'd commit on the same file p50 %.2f ms", len(steps), ms(floor.pct(50)))

	t, err = measure(5, 100, func() error {
		tr, err := s.Trends(365)
		if err != nil {
			return err
		}
		_, err = json.Marshal(tr)
		return err
	})
	if err != nil {
		return fmt.Errorf("return trends: %w", err)
	}
	r.add("return_trends_p95", ms(t.pct(95)), "ms", "<=", 50)
	note("return trends over 365 days: p50 %.2f ms", ms(t.pct(50)))
	return nil
}
