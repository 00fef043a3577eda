package escalations

import (
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/replies"
	"shopdesk/backend/returns"
	"shopdesk/backend/settings"
	"shopdesk/backend/store"
	"shopdesk/backend/templates"
	"shopdesk/backend/tickets"
)

// Service runs escalations in the data file. Safe for concurrent use.
type Service struct {
	db      *store.DB
	tix     *tickets.Service
	replies *replies.Service
	wake    func() // the outbox has mail for the manager
	now     func() time.Time
}

// NewService ties escalations to the tickets (an escalated ticket is not
// closed around its case) and to the return requests (a refund above the
// reps' limit is escalated to the manager). Any of tix, rep and ret may be
// nil in tests that leave that side out.
func NewService(db *store.DB, tix *tickets.Service, rep *replies.Service, ret *returns.Service, wake func()) *Service {
	s := &Service{db: db, tix: tix, replies: rep, wake: wake, now: time.Now}
	if tix != nil {
		tix.OnClose(func(tx *bolt.Tx, t tickets.Ticket, _ tickets.Actor, _ string) error { return refuseClose(tx, t) })
	}
	if ret != nil {
		ret.OnOwnerRefund = func(tx *bolt.Tx, by returns.Person, r returns.Request, why string) error {
			mailed, err := followRefund(tx, by, r, why, s.now().UTC())
			s.mailed(tx, mailed)
			return err
		}
	}
	return s
}

// SetClock replaces the clock (tests, sample data).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// mailed wakes the sender once the write that queued the manager's email
// is on disk: before that the sender would not find it.
func (s *Service) mailed(tx *bolt.Tx, n notice) {
	if n && s.wake != nil {
		tx.OnCommit(s.wake)
	}
}

func actor(p Person) tickets.Actor { return tickets.Actor{ID: p.ID, Name: p.Name} }

// Escalate does steps 1 and 2 on a ticket: logged, the manager told, the
// ticket's status set to escalated, in one write.
func (s *Service) Escalate(by Person, ticketID, ticketVersion uint64, in NewEscalation) (e Escalation, t tickets.Ticket, err error) {
	st := tickets.StatusEscalated
	t, err = s.tix.Update(actor(by), ticketID, ticketVersion, tickets.Change{Status: &st}, func(tx *bolt.Tx, t tickets.Ticket) error {
		if !t.Status.Active() {
			return fmt.Errorf("ticket #%d is %s: reopen it before escalating it", t.Number, t.Status)
		}
		var mailed notice
		e, mailed, err = open(tx, by, t, in, s.now().UTC())
		s.mailed(tx, mailed)
		return err
	})
	return e, t, err
}

// Investigate records the manager's step 3. The estimate becomes the
// ticket's due time, so past it the ticket is overdue like any other.
func (s *Service) Investigate(by Person, id, version uint64, in Investigation) (e Escalation, err error) {
	var ticketID uint64
	if err = s.db.View(func(tx *bolt.Tx) error {
		cur, err := Get(tx, id)
		ticketID = cur.TicketID
		return err
	}); err != nil {
		return e, err
	}
	if ticketID == 0 || s.tix == nil {
		err = s.db.Update(func(tx *bolt.Tx) error {
			e, err = investigate(tx, by, id, version, in, s.now().UTC())
			return err
		})
		return e.withLate(s.now()), err
	}
	eta := in.ETA
	// The manager saw the escalation, not the ticket: a change to the
	// ticket meanwhile (a reply, a tag) is no reason to refuse the step.
	for range 3 {
		var t tickets.Detail
		if t, err = s.tix.Get(ticketID); err != nil {
			return e, err
		}
		_, err = s.tix.Update(actor(by), ticketID, t.Ticket.Version, tickets.Change{EscalationDue: &eta}, func(tx *bolt.Tx, _ tickets.Ticket) error {
			e, err = investigate(tx, by, id, version, in, s.now().UTC())
			return err
		})
		var conflict *tickets.ConflictError
		if !errors.As(err, &conflict) {
			break
		}
	}
	return e.withLate(s.now()), err
}

// Draft fills a customer-update template for step 4 with the ticket's
// details and the estimated resolution time (in the shop's time zone);
// templateID 0 is the built-in escalation update.
func (s *Service) Draft(by Person, id, templateID uint64) (c replies.Composed, err error) {
	var e Escalation
	var t templates.Template
	var loc *time.Location
	err = s.db.View(func(tx *bolt.Tx) error {
		if e, err = Get(tx, id); err != nil {
			return err
		}
		if err = mayCommunicate(tx, e, by); err != nil {
			return err
		}
		shop, err := settings.Get(tx)
		if err != nil {
			return err
		}
		loc = shop.Hours.Location()
		t, err = updateTemplate(tx, templateID)
		return err
	})
	if err != nil {
		return c, err
	}
	typed := map[string]string{"Estimated Resolution": e.ETA.In(loc).Format("Monday 2 January at 15:04")}
	return s.replies.Preview(t, e.TicketID, actor(by), typed)
}

// UpdateTemplates are the templates that fit step 4: the built-in
// escalation update first, then the owner's own escalation templates.
func (s *Service) UpdateTemplates() (out []templates.Template, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		list, err := templates.List(tx)
		for _, t := range list {
			if t.DefaultKey == "escalation_update" {
				out = append([]templates.Template{t}, out...)
			} else if t.Category == "escalation" {
				out = append(out, t)
			}
		}
		return err
	})
	return out, err
}

func updateTemplate(tx *bolt.Tx, id uint64) (templates.Template, error) {
	if id != 0 {
		return templates.Get(tx, id)
	}
	list, err := templates.List(tx)
	if err != nil {
		return templates.Template{}, err
	}
	for _, t := range list {
		if t.DefaultKey == "escalation_update" {
			return t, nil
		}
	}
	return templates.Template{}, fmt.Errorf("the escalation update template was deleted: pick another template, or restore it in Templates")
}

// Communicate sends the customer update (step 4) as a reply on the ticket;
// the reply and the step are written together.
func (s *Service) Communicate(by Person, id, version uint64, body string) (e Escalation, err error) {
	if err = s.db.View(func(tx *bolt.Tx) error {
		if e, err = working(tx, id, version); err != nil {
			return err
		}
		return mayCommunicate(tx, e, by)
	}); err != nil {
		return e, err
	}
	msg, err := s.replies.ReplyWith(actor(by), e.TicketID, body, func(tx *bolt.Tx) error {
		e, err = communicated(tx, by, id, version, "Updated the customer by email", s.now().UTC())
		return err
	})
	if err == nil && msg.ID == 0 {
		// The customer has no email address: the reply is logged on the
		// ticket; say so on the step.
		err = s.db.Update(func(tx *bolt.Tx) error {
			cur, err := Get(tx, id)
			if err != nil {
				return err
			}
			old := cur
			cur.Steps[len(cur.Steps)-1].Note = "Updated the customer (no email address: logged on the ticket)"
			e = cur
			return put(tx, &old, &e)
		})
	}
	return e.withLate(s.now()), err
}

// Close does step 5: the case's outcome recorded and its ticket resolved,
// in one write.
func (s *Service) Close(by Person, id, version uint64, in Closing) (e Escalation, err error) {
	var t *tickets.Ticket
	if err = s.db.View(func(tx *bolt.Tx) error {
		if e, err = working(tx, id, version); err != nil {
			return err
		}
		if e.ReturnID != 0 || e.TicketID == 0 {
			return fmt.Errorf("this escalation closes when its return request is approved, refunded or rejected: decide it there")
		}
		t, err = tickets.Get(tx, e.TicketID)
		return err
	}); err != nil {
		return e, err
	}
	resolved := tickets.StatusResolved
	_, err = s.tix.Update(actor(by), t.ID, t.Version, tickets.Change{Status: &resolved, Why: in.Why}, func(tx *bolt.Tx, t tickets.Ticket) error {
		e, err = closeCase(tx, by, t.AssigneeID, id, version, in, s.now().UTC())
		return err
	})
	return e, err
}

// ForTicket is a ticket's escalations, oldest first.
func (s *Service) ForTicket(ticketID uint64) (out []Escalation, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { out, err = ForTicket(tx, ticketID, s.now()); return err })
	return out, err
}

// Get reads one escalation.
func (s *Service) Get(id uint64) (e Escalation, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { e, err = Get(tx, id); return err })
	return e.withLate(s.now()), err
}

// Board is the owner's list: every open escalation and the latest closed.
type Board struct {
	Open   []Escalation `json:"open"`
	Closed []Escalation `json:"closed"`
	Counts Counts       `json:"counts"`
}

// RecentClosed is how many closed escalations the board shows.
const RecentClosed = 50

// Board reads the open escalations and the latest closed ones.
func (s *Service) Board() (b Board, err error) {
	now := s.now()
	err = s.db.View(func(tx *bolt.Tx) error {
		if b.Open, err = OpenList(tx, now); err != nil {
			return err
		}
		for _, e := range b.Open {
			b.Counts.Open++
			if e.Step < Investigated {
				b.Counts.Waiting++
			}
			if e.Late {
				b.Counts.Late++
			}
		}
		b.Closed, err = Recent(tx, RecentClosed)
		return err
	})
	return b, err
}

// Counts are the sidebar's figures.
func (s *Service) Counts() (n Counts, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { n, err = CountOpen(tx, s.now()); return err })
	return n, err
}

// Settings reads the owner's choices.
func (s *Service) Settings() (st Settings, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { st, err = GetSettings(tx); return err })
	return st, err
}

// SaveSettings saves the owner's choices.
func (s *Service) SaveSettings(st Settings) (out Settings, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { out, err = PutSettings(tx, st); return err })
	return out, err
}

// Recorded notes step 4 done outside Shopdesk's email (the manager rang
// the customer; the sample shop's history), with what was said.
func (s *Service) Recorded(by Person, id, version uint64, note string) (e Escalation, err error) {
	if note, err = text("the note", note, MaxDetails, "say how the customer was updated"); err != nil {
		return e, err
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		e, err = communicated(tx, by, id, version, note, s.now().UTC())
		return err
	})
	return e.withLate(s.now()), err
}
