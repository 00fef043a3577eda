package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/settings"
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

// inbox measures the calls behind the inbox and the ticket screen in this
// process, on the data file the app would open: the services are the
// app's, opened the way the app opens them, and each timed call includes
// encoding its result to JSON, as the bridge to the window does.
func inbox(r *report, cfg config, path string) error {
	db, err := store.Open(path, store.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	cs := customers.NewService(db)
	t0 := time.Now()
	ts, err := tickets.New(db, cs.Dir)
	if err != nil {
		return err
	}
	note("loading the list rows took %.0f ms (part of start-up)", ms(time.Since(t0)))
	people, err := users.New(db).List()
	if err != nil || len(people) == 0 {
		return fmt.Errorf("the sample has no people: %v", err)
	}
	owner := people[0]
	// The window opens on the inbox only for a remembered person.
	shop, err := settings.Load(db)
	if err != nil {
		return err
	}
	if shop.RememberedUser != owner.ID {
		shop.RememberedUser = owner.ID
		if err := settings.Save(db, shop); err != nil {
			return err
		}
	}
	counts := ts.Counts(owner.ID)
	note("views for %s: %v", owner.Name, counts)

	call := func(q tickets.Query) func() error {
		return func() error {
			p, err := ts.List(q)
			if err != nil {
				return err
			}
			_, err = json.Marshal(p)
			return err
		}
	}

	// First page of every saved view in every sort the window offers.
	for _, view := range tickets.Views {
		var worst time.Duration
		var worstSort string
		var p50s []string
		for _, sort := range []string{tickets.SortPriority, tickets.SortDue, tickets.SortUpdated} {
			t, err := measure(20, cfg.iterations, call(tickets.Query{View: view, Me: owner.ID, Sort: sort, Limit: 50}))
			if err != nil {
				return fmt.Errorf("list %s by %s: %w", view, sort, err)
			}
			if p := t.pct(95); p > worst {
				worst, worstSort = p, sort
			}
			p50s = append(p50s, fmt.Sprintf("%s %.2f", sort, ms(t.pct(50))))
		}
		r.add("inbox_first_page_p95_"+view, ms(worst), "ms", "<=", 10)
		note("%s: worst p95 sorted by %s; p50 ms: %s", view, worstSort, strings.Join(p50s, ", "))
	}

	// Search: what people type into the box.
	email, order, err := searchTerms(db, ts)
	if err != nil {
		return err
	}
	for _, s := range []struct{ name, q string }{
		{"search_one_word_p95", "refund"},
		{"search_two_words_p95", "return label"},
		{"search_email_p95", email},
		{"search_order_number_p95", order},
	} {
		q := tickets.Query{View: tickets.ViewAll, Me: owner.ID, Search: s.q, Limit: 50}
		p, err := ts.List(q)
		if err != nil {
			return fmt.Errorf("search %q: %w", s.q, err)
		}
		t, err := measure(20, cfg.iterations, call(q))
		if err != nil {
			return fmt.Errorf("search %q: %w", s.q, err)
		}
		r.add(s.name, ms(t.pct(95)), "ms", "<=", 20)
		note("%q: %d on the first page, p50 %.2f ms", s.q, len(p.Items), ms(t.pct(50)))
	}

	// Writes: one transaction each, synced to disk like the app's.
	me := tickets.Actor{ID: owner.ID, Name: owner.Name}
	var made []uint64
	n := max(20, cfg.iterations/2)
	i := 0
	t, err := measure(5, n, func() error {
		i++
		tk, err := ts.Create(me, tickets.NewTicket{Subject: fmt.Sprintf("Parcel for order SD-19%04d has not arrived", i),
			CustomerID: uint64(1 + i%1000), OrderNumber: fmt.Sprintf("SD-19%04d", i), Channel: "email", Category: "shipping_delay",
			Message: "Hello, I ordered a linen duvet cover ten days ago and the tracking page still says the label was created. " +
				"Could you check with the carrier? I need it before my guests arrive on Friday. Thanks, Ann"})
		made = append(made, tk.ID)
		return err
	})
	if err != nil {
		return fmt.Errorf("create a ticket: %w", err)
	}
	r.add("create_ticket_p50", ms(t.pct(50)), "ms", "<=", 5)
	note("create: p95 %.2f ms", ms(t.pct(95)))
	i = 0
	t, err = measure(5, n, func() error {
		i++
		_, _, err := ts.AddMessage(me, made[i%len(made)], tickets.Reply,
			"Hi Ann, I've checked the tracking number with the carrier: the parcel is at their regional hub and should "+
				"reach you by Thursday. I've upgraded you to express shipping at no charge. Maya, Juniper Lane Home")
		return err
	})
	if err != nil {
		return fmt.Errorf("add a reply: %w", err)
	}
	r.add("add_reply_p50", ms(t.pct(50)), "ms", "<=", 5)
	note("reply: p95 %.2f ms", ms(t.pct(95)))
	return nil
}

// searchTerms picks a customer's address and an order number from the
// middle of the shop's history.
func searchTerms(db *store.DB, ts *tickets.Service) (email, order string, err error) {
	total := ts.Counts(0)[tickets.ViewAll]
	err = db.View(func(tx *bolt.Tx) error {
		for id := uint64(total / 2); id < uint64(total); id++ {
			t, err := tickets.Get(tx, id)
			if err != nil {
				return err
			}
			if t.OrderNumber == "" {
				continue
			}
			c, err := customers.Get(tx, t.CustomerID)
			if err != nil {
				return err
			}
			email, order = c.Email, t.OrderNumber
			return nil
		}
		return fmt.Errorf("no ticket with an order number in the sample")
	})
	return email, order, err
}
