package sending

import (
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/outbox"
	"shopdesk/backend/templates"
	"shopdesk/backend/tickets"
)

// Candidate is a ticket whose customer could be asked for feedback.
type Candidate struct {
	TicketID      uint64 `json:"ticketId"`
	Number        uint64 `json:"number"`
	Subject       string `json:"subject"`
	CustomerName  string `json:"customerName"`
	CustomerEmail string `json:"customerEmail"`
	ResolvedAt    string `json:"resolvedAt"`
}

// MaxBatch caps one feedback batch.
const MaxBatch = 5000

// FeedbackCandidates lists tickets resolved in the last days days whose
// customer has not been asked about that ticket yet, newest first.
func (s *Service) FeedbackCandidates(ts *tickets.Service, days int, now time.Time) ([]Candidate, error) {
	if days < 1 || days > 365 {
		return nil, fmt.Errorf("pick between 1 and 365 days")
	}
	since := now.Add(-time.Duration(days) * 24 * time.Hour)
	out := []Candidate{}
	cursor := ""
	for len(out) < MaxBatch {
		// Resolved tickets by last update: a ticket resolved since then was
		// updated since then, so the walk can stop at the first older one.
		p, err := ts.List(tickets.Query{View: tickets.ViewResolved, Sort: tickets.SortUpdated, Cursor: cursor, Limit: tickets.MaxLimit})
		if err != nil {
			return nil, err
		}
		done := p.Next == ""
		err = s.db.View(func(tx *bolt.Tx) error {
			for _, sm := range p.Items {
				if sm.UpdatedAt.Before(since) {
					done = true
					return nil
				}
				t, err := tickets.Get(tx, sm.ID)
				if err != nil {
					return err
				}
				if t.ResolvedAt == nil || t.ResolvedAt.Before(since) {
					continue
				}
				if _, asked := outbox.Asked(tx, t.ID); asked {
					continue
				}
				out = append(out, Candidate{TicketID: t.ID, Number: t.Number, Subject: t.Subject,
					CustomerName: sm.CustomerName, CustomerEmail: sm.CustomerEmail, ResolvedAt: t.ResolvedAt.Format(time.RFC3339)})
			}
			return nil
		})
		if err != nil || done {
			return out, err
		}
		cursor = p.Next
	}
	return out, nil
}

// StartFeedback fills the template for each ticket's customer and queues
// the whole batch in one transaction. Every placeholder must have a value
// (typed ones apply to all); a ticket already asked is skipped.
func (s *Service) StartFeedback(name string, templateID uint64, ticketIDs []uint64, by tickets.Actor, typed map[string]string) (outbox.Batch, error) {
	if len(ticketIDs) == 0 {
		return outbox.Batch{}, fmt.Errorf("no customers picked: tick at least one ticket")
	}
	if len(ticketIDs) > MaxBatch {
		return outbox.Batch{}, fmt.Errorf("%d customers is more than one batch takes: send at most %d at a time", len(ticketIDs), MaxBatch)
	}
	name = strings.TrimSpace(name)
	if name == "" {
		name = "Feedback request " + time.Now().Format("2 Jan 2006")
	}
	var b outbox.Batch
	err := s.db.Update(func(tx *bolt.Tx) error {
		tmpl, err := templates.Get(tx, templateID)
		if err != nil {
			return err
		}
		msgs := make([]outbox.Message, 0, len(ticketIDs))
		for _, id := range ticketIDs {
			vals, err := values(tx, id, by)
			if err != nil {
				return fmt.Errorf("ticket %d: %w", id+tickets.NumberBase, err)
			}
			for k, v := range typed {
				if strings.TrimSpace(v) != "" {
					vals[k] = v
				}
			}
			subject, text, html, missing := templates.Fill(tmpl, vals)
			if len(missing) > 0 {
				return fmt.Errorf("fill in [%s] before sending: nothing was sent", strings.Join(missing, "], ["))
			}
			t, err := tickets.Get(tx, id)
			if err != nil {
				return err
			}
			c, err := customers.Get(tx, t.CustomerID)
			if err != nil {
				return err
			}
			msgs = append(msgs, outbox.Message{TicketID: id, To: c.Email, ToName: c.Name, Subject: subject, Text: text, HTML: html})
		}
		b, err = outbox.CreateBatch(tx, outbox.Batch{Name: name, TemplateID: templateID}, msgs)
		return err
	})
	if err == nil {
		s.Wake()
	}
	return b, err
}

// PauseFeedback stops a batch's messages from being picked up.
func (s *Service) PauseFeedback(id uint64) (b outbox.Batch, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { b, err = outbox.Pause(tx, id); return err })
	return b, err
}

// ResumeFeedback lets a paused batch go on.
func (s *Service) ResumeFeedback(id uint64) (b outbox.Batch, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { b, err = outbox.Resume(tx, id); return err })
	s.Wake()
	return b, err
}

// FeedbackBatches lists batches, newest first.
func (s *Service) FeedbackBatches(limit int) (out []outbox.Batch, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { out, err = outbox.ListBatches(tx, limit); return err })
	return out, err
}

// FeedbackBatch reads one batch's progress.
func (s *Service) FeedbackBatch(id uint64) (b outbox.Batch, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { b, err = outbox.GetBatch(tx, id); return err })
	return b, err
}

// TicketEmails lists a ticket's emails and their states, oldest first.
func (s *Service) TicketEmails(ticketID uint64) (out []outbox.Message, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { out, err = outbox.ForTicket(tx, ticketID); return err })
	if out == nil {
		out = []outbox.Message{}
	}
	return out, err
}

// Blocked says why all sending is paused, if it is.
func (s *Service) Blocked() outbox.Blocked {
	if s.worker == nil {
		return outbox.Blocked{}
	}
	return s.paused()
}
