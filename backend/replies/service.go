package replies

import (
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
)

// Service composes and sends replies for one data file. Safe for
// concurrent use.
type Service struct {
	db      *store.DB
	tickets *tickets.Service
	wake    func()
}

// New returns a Service; wake tells the outbox worker a reply was queued.
func New(db *store.DB, ts *tickets.Service, wake func()) *Service {
	if wake == nil {
		wake = func() {}
	}
	return &Service{db: db, tickets: ts, wake: wake}
}
