package main

import (
	"fmt"
	"sync"
	"sync/atomic"

	"shopdesk/backend/customers"
	"shopdesk/backend/sample"
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

// signins measures ticket creates while four sign-ins run in a loop, at
// the real bcrypt cost: a sign-in's slow hash must not hold up writes.
func signins(r *report, cfg config, path string) error {
	db, err := store.Open(path, store.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	cs := customers.NewService(db)
	ts, err := tickets.New(db, cs.Dir)
	if err != nil {
		return err
	}
	us := users.New(db)
	people, err := us.List()
	if err != nil || len(people) < 4 {
		return fmt.Errorf("the sample needs four people: %v", err)
	}
	var stop atomic.Bool
	var done atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for _, p := range people[:4] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				if _, err := us.SignIn(p.ID, sample.Password); err != nil {
					errs <- fmt.Errorf("sign in %s: %w", p.Name, err)
					return
				}
				done.Add(1)
			}
		}()
	}
	me := tickets.Actor{ID: people[0].ID, Name: people[0].Name}
	i := 0
	t, err := measure(5, max(20, cfg.iterations/2), func() error {
		i++
		_, err := ts.Create(me, tickets.NewTicket{Subject: fmt.Sprintf("Parcel for order SD-29%04d has not arrived", i),
			CustomerID: uint64(1 + i%1000), Channel: "email", Category: "shipping_delay",
			Message: "Hello, the tracking page still says the label was created. Could you check with the carrier? Thanks, Ann"})
		return err
	})
	stop.Store(true)
	wg.Wait()
	close(errs)
	if err != nil {
		return fmt.Errorf("create a ticket during sign-ins: %w", err)
	}
	if err := <-errs; err != nil {
		return err
	}
	r.add("create_ticket_p95_during_signins", ms(t.pct(95)), "ms", "<=", 20)
	note("during %d sign-ins: create p50 %.2f ms", done.Load(), ms(t.pct(50)))
	return nil
}
