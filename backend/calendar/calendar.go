package calendar

import (
	"fmt"
	"sort"
	"time"
)

// Schedule is Hours in effect from an instant on.
type Schedule struct {
	From  time.Time `json:"from" ts_type:"string"`
	Hours Hours     `json:"hours"`
}

// Calendar answers business-time questions. It is immutable and safe for
// concurrent use.
type Calendar struct {
	from  []time.Time // ascending; before from[0]: around the clock
	sched []*compiled
}

var always = &compiled{loc: time.UTC, allWeek: true, holidays: map[[3]int]bool{}}

// New checks the history and returns its calendar. Schedules may come in
// any order; an empty history is open around the clock.
func New(history []Schedule) (*Calendar, error) {
	h := append([]Schedule(nil), history...)
	sort.SliceStable(h, func(i, j int) bool { return h[i].From.Before(h[j].From) })
	c := &Calendar{}
	for _, s := range h {
		cs, err := s.Hours.compile()
		if err != nil {
			return nil, fmt.Errorf("business hours from %s: %w", s.From.Format(time.DateOnly), err)
		}
		c.from, c.sched = append(c.from, s.From), append(c.sched, cs)
	}
	return c, nil
}

// at returns the schedule in effect at t and when the next one begins
// (zero: never).
func (c *Calendar) at(t time.Time) (*compiled, time.Time) {
	i := sort.Search(len(c.from), func(i int) bool { return c.from[i].After(t) })
	var next time.Time
	if i < len(c.from) {
		next = c.from[i]
	}
	if i == 0 {
		return always, next
	}
	return c.sched[i-1], next
}

// maxDays bounds the search for an open day in one schedule; validation
// makes sure every week has one, so this is only a guard.
const maxDays = 800

// open returns the first open stretch [from, to) that ends after t, cut at
// the next schedule change; ok is false if there is none.
func (c *Calendar) open(t time.Time) (from, to time.Time, ok bool) {
	for {
		s, next := c.at(t)
		y, m, d := t.In(s.loc).Date()
		for i := 0; i < maxDays; i++ {
			a, b, isOpen := s.day(y, m, d+i)
			if !next.IsZero() && !a.Before(next) {
				break
			}
			if !isOpen || !b.After(t) {
				continue
			}
			if a.Before(t) {
				a = t
			}
			if !next.IsZero() && b.After(next) {
				b = next
			}
			return a, b, true
		}
		if next.IsZero() {
			return time.Time{}, time.Time{}, false
		}
		t = next
	}
}

// AddBusiness returns the instant when d of business time has passed after
// start. A start outside business hours begins counting at the next opening.
func (c *Calendar) AddBusiness(start time.Time, d time.Duration) time.Time {
	t := start
	for d > 0 {
		a, b, ok := c.open(t)
		if !ok {
			return time.Time{}
		}
		if left := b.Sub(a); d <= left {
			return a.Add(d)
		} else {
			d -= left
		}
		t = b
	}
	return t
}

// BusinessBetween returns the business time from a to b (zero if b is not
// after a).
func (c *Calendar) BusinessBetween(a, b time.Time) time.Duration {
	var sum time.Duration
	for t := a; t.Before(b); {
		x, y, ok := c.open(t)
		if !ok || !x.Before(b) {
			break
		}
		if y.After(b) {
			y = b
		}
		sum += y.Sub(x)
		t = y
	}
	return sum
}
