package main

import (
	"encoding/json"
	"fmt"
	"time"

	"shopdesk/backend/calendar"
	"shopdesk/backend/customers"
	"shopdesk/backend/settings"
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
)

// slaFigures measures the overdue view, soonest due first, once the shop
// has business hours (Monday to Friday, 9 to 5 in Berlin): the due times
// are business-time ones, computed when the hours were saved.
func slaFigures(r *report, cfg config, path string) error {
	db, err := store.Open(path, store.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	ts, err := tickets.New(db, customers.NewService(db).Dir)
	if err != nil {
		return err
	}
	shop, err := settings.Load(db)
	if err != nil {
		return err
	}
	week := make([]calendar.Day, 7)
	for i := range week {
		week[i] = calendar.Day{Open: "09:00", Close: "17:00", Closed: i >= 5}
	}
	shop.Hours = calendar.Hours{TimeZone: "Europe/Berlin", Week: week, Holidays: []string{"2026-12-24", "2026-12-25"}}
	t0 := time.Now()
	if err := ts.SaveSettings(settings.Form(shop)); err != nil {
		return fmt.Errorf("set business hours: %w", err)
	}
	note("setting business hours moved every open ticket's due times in %.0f ms (one transaction)", ms(time.Since(t0)))
	q := tickets.Query{View: tickets.ViewOverdue, Sort: tickets.SortDue, Limit: 50}
	p, err := ts.List(q)
	if err != nil {
		return err
	}
	t, err := measure(20, cfg.iterations, func() error {
		p, err := ts.List(q)
		if err != nil {
			return err
		}
		_, err = json.Marshal(p)
		return err
	})
	if err != nil {
		return fmt.Errorf("overdue view: %w", err)
	}
	r.add("sla_due_list_p95", ms(t.pct(95)), "ms", "<=", 10)
	note("overdue in business hours: %d tickets, p50 %.2f ms", p.Total, ms(t.pct(50)))
	return nil
}
