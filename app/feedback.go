package app

import (
	"time"

	"shopdesk/backend/feedback"
	"shopdesk/backend/outbox"
	"shopdesk/backend/tickets"
)

// Feedback is asking customers how it went, in batches. Owner only.
type Feedback struct{ c *core }

// Candidates: owner only. Tickets resolved in the last days days whose
// customer was not asked about them yet.
func (f *Feedback) Candidates(days int) (out []feedback.Candidate, err error) {
	defer guard("Feedback.Candidates", &err)
	if _, err = f.c.sess.owner(); err != nil {
		return nil, err
	}
	return f.c.feedback.Candidates(days, time.Now())
}

// Start: owner only. Queues one personalised email per ticket.
func (f *Feedback) Start(name string, templateID uint64, ticketIDs []uint64, typed map[string]string) (b outbox.Batch, err error) {
	defer guard("Feedback.Start", &err)
	me, err := f.c.sess.owner()
	if err != nil {
		return b, err
	}
	return f.c.feedback.Start(name, templateID, ticketIDs, tickets.Actor{ID: me.ID, Name: me.Name}, typed)
}

// Pause: owner only.
func (f *Feedback) Pause(id uint64) (b outbox.Batch, err error) {
	defer guard("Feedback.Pause", &err)
	if _, err = f.c.sess.owner(); err != nil {
		return b, err
	}
	return f.c.feedback.Pause(id)
}

// Resume: owner only.
func (f *Feedback) Resume(id uint64) (b outbox.Batch, err error) {
	defer guard("Feedback.Resume", &err)
	if _, err = f.c.sess.owner(); err != nil {
		return b, err
	}
	return f.c.feedback.Resume(id)
}

// Batches: owner only. Newest first, with their progress.
func (f *Feedback) Batches() (out []outbox.Batch, err error) {
	defer guard("Feedback.Batches", &err)
	if _, err = f.c.sess.owner(); err != nil {
		return nil, err
	}
	return f.c.feedback.Batches(50)
}

// Batch: owner only. One batch's progress.
func (f *Feedback) Batch(id uint64) (b outbox.Batch, err error) {
	defer guard("Feedback.Batch", &err)
	if _, err = f.c.sess.owner(); err != nil {
		return b, err
	}
	return f.c.feedback.Batch(id)
}
