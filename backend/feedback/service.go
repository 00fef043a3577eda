package feedback

import (
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
)

// Service runs feedback batches for one data file. Safe for concurrent use.
type Service struct {
	db      *store.DB
	tickets *tickets.Service
	wake    func()
}

// New returns a Service; wake tells the outbox worker a batch was queued
// or resumed.
func New(db *store.DB, ts *tickets.Service, wake func()) *Service {
	if wake == nil {
		wake = func() {}
	}
	return &Service{db: db, tickets: ts, wake: wake}
}
