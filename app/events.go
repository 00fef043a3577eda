package app

import (
	"sync"
	"time"
)

// EventMail is emitted (at most ten times a second) when outgoing mail
// changed state; the window then pulls what it shows. It carries no data,
// so a burst of a thousand sends costs the window ten small updates.
const EventMail = "mail:changed"

// EventTickets is emitted (at most ten times a second) after a ticket was
// created, changed or deleted, so other views refresh their lists and counts.
const EventTickets = "tickets:changed"

// throttle calls fn at most once per every, trailing: a burst of pokes
// gives one call at the end of each interval.
type throttle struct {
	every time.Duration
	fn    func()
	mu    sync.Mutex
	armed bool
}

func (t *throttle) poke() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.armed {
		return
	}
	t.armed = true
	time.AfterFunc(t.every, func() {
		t.mu.Lock()
		t.armed = false
		t.mu.Unlock()
		t.fn()
	})
}
