package main

import (
	"errors"
	"fmt"
	"sync"

	"shopdesk/backend/customers"
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

// signers is how many people sign in at once for the contention figure: a
// busy morning at a small shop, everyone opening Shopdesk together.
const signers = 4

// signins measures creating tickets while four people sign in over and
// over, each with a wrong password then the right one (the write path of a
// sign-in), at the app's real bcrypt cost. A sign-in that held the
// writer during bcrypt would stall every create by tens of milliseconds.
func signins(r *report, cfg config, path string) error {
	db, err := store.Open(path, store.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	us := users.New(db) // the app's bcrypt cost
	var people []users.Person
	for i := range signers {
		p, err := us.Add(users.NewPerson{Name: fmt.Sprintf("Bench Signer %d", i+1), Email: fmt.Sprintf("signer%d@bench.example", i+1),
			Role: users.Rep, Password: "bench-password"})
		if err != nil {
			return fmt.Errorf("add a signer: %w", err)
		}
		people = append(people, p)
	}
	cs := customers.NewService(db)
	ts, err := tickets.New(db, cs.Dir)
	if err != nil {
		return err
	}
	by := tickets.Actor{ID: people[0].ID, Name: people[0].Name}
	n := 0
	create := func() error {
		n++
		_, err := ts.Create(by, tickets.NewTicket{Subject: fmt.Sprintf("Parcel %d", n), CustomerEmail: fmt.Sprintf("bench%d@signins.example", n%50),
			Message: "Where is my order?"})
		return err
	}
	iters := min(cfg.iterations, 200)
	quiet, err := measure(10, iters, create)
	if err != nil {
		return fmt.Errorf("create a ticket: %w", err)
	}

	stop := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var signErr error
	rounds := 0
	for _, p := range people {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				_, wrong := us.SignIn(p.ID, "not the password")
				_, err := us.SignIn(p.ID, "bench-password")
				mu.Lock()
				rounds++
				if !errors.Is(wrong, users.ErrWrongPassword) {
					signErr = fmt.Errorf("a wrong password: %v", wrong)
				} else if err != nil {
					signErr = err
				}
				mu.Unlock()
			}
		}()
	}
	busy, err := measure(10, iters, create)
	close(stop)
	wg.Wait()
	if err != nil {
		return fmt.Errorf("create a ticket during sign-ins: %w", err)
	}
	if signErr != nil {
		return fmt.Errorf("sign in during the figure: %w", signErr)
	}
	r.add("create_ticket_p95_during_signins", ms(busy.pct(95)), "ms", "<=", 20)
	note("ticket create p50/p95 %.2f/%.2f ms alone, %.2f/%.2f ms during %d sign-ins by %d people (bcrypt cost %d)",
		ms(quiet.pct(50)), ms(quiet.pct(95)), ms(busy.pct(50)), ms(busy.pct(95)), rounds*2, signers, us.Cost)
	return nil
}
