package tickets

import (
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/calendar"
	"shopdesk/backend/customers"
	"shopdesk/backend/limits"
	"shopdesk/backend/settings"
	"shopdesk/backend/store"
)

// Actor is the signed-in person making a change.
type Actor struct {
	ID   uint64 `json:"id"`
	Name string `json:"name"`
}

// Service works tickets in the data file. Safe for concurrent use.
type Service struct {
	db  *store.DB
	dir *customers.Directory
	now func() time.Time
	// wmu orders writes so the in-memory rows change in commit order.
	wmu sync.Mutex
	ix  *index
	// loaded is closed once the rows are in ix (see Load); loadErr, set
	// before, is why they could not be read.
	loaded  chan struct{}
	loadErr error
	// closeChecks may refuse to close a ticket (a playbook's required step
	// unticked, an escalation still open); set once at start.
	closeChecks []CloseCheck
}

// CloseCheck is asked, inside the write, before an active ticket is
// resolved or closed; an error refuses the change. why is the closer's
// reason for leaving required work undone ("" when none was given).
type CloseCheck func(tx *bolt.Tx, t Ticket, by Actor, why string) error

// OnClose adds a check made before any ticket is closed. Call it before the
// Service is used.
func (s *Service) OnClose(c CloseCheck) { s.closeChecks = append(s.closeChecks, c) }

// New loads the ticket rows into memory and returns the Service.
func New(db *store.DB, dir *customers.Directory) (*Service, error) {
	s := Load(db, dir)
	if err := s.Loaded(); err != nil {
		return nil, err
	}
	return s, nil
}

// Load returns the Service at once and loads the ticket rows into memory
// in the background (about 35 ms for 100,000 tickets), so that the window
// can open meanwhile. The methods that need the rows wait for them; Loaded
// says whether they could be read.
func Load(db *store.DB, dir *customers.Directory) *Service {
	s := &Service{db: db, dir: dir, now: time.Now, ix: newIndex(), loaded: make(chan struct{})}
	go func() {
		defer close(s.loaded)
		// Safely: a damaged page shows as a damaged file, not a crash.
		if err := store.Safely(func() error { return db.View(s.load) }); err != nil {
			s.ix, s.loadErr = newIndex(), err
			return
		}
		// The rows are copied out; the file pages they were read from (and
		// the neighbours the kernel mapped with them) need not count as ours.
		if err := db.ReleasePages(); err != nil {
			slog.Warn("release data file pages", "err", err)
		}
	}()
	return s
}

// Loaded waits until the rows are in memory, and says why not if they
// could not be read: every call that needs them then fails with that.
func (s *Service) Loaded() error {
	<-s.loaded
	return s.loadErr
}

// load reads every list row into the index.
func (s *Service) load(tx *bolt.Tx) error {
	// The highest ID ever given out bounds the count: sizing for it once
	// saves growing (and collecting) the table row by row.
	if n := tx.Bucket(store.BucketTickets).Sequence(); n > 0 && n < 1<<24 {
		s.ix.rows = make([]row, 0, n)
		s.ix.pos = make(map[uint64]int, n)
	}
	return tx.Bucket(store.BucketTicketRows).ForEach(func(k, v []byte) error {
		r, err := decodeRow(store.ParseU64(k), v, s.ix.intern)
		if err != nil {
			return fmt.Errorf("the ticket list could not be read (ticket %d: %w): restore a backup of the data file", store.ParseU64(k), err)
		}
		s.ix.put(r)
		return nil
	})
}

// SetClock replaces the clock (tests, sample data).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// update runs fn in a write transaction and, once it committed, applies the
// rows fn produced to the in-memory index.
func (s *Service) update(fn func(tx *bolt.Tx) ([]row, error)) error {
	if err := s.Loaded(); err != nil {
		return err
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	var rows []row
	err := s.db.Update(func(tx *bolt.Tx) error {
		var err error
		rows, err = fn(tx)
		return err
	})
	if err != nil {
		return err
	}
	s.ix.mu.Lock()
	for _, r := range rows {
		s.ix.put(r)
	}
	s.ix.mu.Unlock()
	return nil
}

// NewTicket is what is needed to open a ticket.
type NewTicket struct {
	Subject string `json:"subject"`
	// The customer: an existing one by ID, or by email address (a new
	// address creates the customer, a known one attaches to them).
	CustomerID    uint64 `json:"customerId"`
	CustomerName  string `json:"customerName"`
	CustomerEmail string `json:"customerEmail"`
	// CustomerPhone is kept on a new customer (a phone or chat customer
	// may give no email address).
	CustomerPhone string   `json:"customerPhone"`
	OrderNumber   string   `json:"orderNumber"`
	Channel       Channel  `json:"channel"`
	Category      Category `json:"category"`
	Priority      Priority `json:"priority"`
	AssigneeID    uint64   `json:"assigneeId"`
	Tags          []string `json:"tags"`
	// Message is what the customer wrote or said.
	Message string `json:"message"`
}

func (in *NewTicket) clean() error {
	var err error
	if in.Subject, err = cleanSubject(in.Subject); err != nil {
		return err
	}
	if in.OrderNumber, err = cleanOrder(in.OrderNumber); err != nil {
		return err
	}
	if in.Channel == "" {
		in.Channel = "email"
	}
	if in.Category == "" {
		in.Category = "other"
	}
	if in.Priority == "" {
		in.Priority = Normal
	}
	if err := check("channel", Channels, in.Channel); err != nil {
		return err
	}
	if in.CustomerID == 0 && in.Channel == "email" && strings.TrimSpace(in.CustomerEmail) == "" {
		return ErrNoEmailAddress
	}
	if err := check("category", Categories, in.Category); err != nil {
		return err
	}
	if err := check("priority", Priorities, in.Priority); err != nil {
		return err
	}
	if in.Tags, err = customers.CleanTags(in.Tags); err != nil {
		return err
	}
	if in.Message, err = cleanBody(in.Message); err != nil {
		if err == ErrEmptyMessage {
			return fmt.Errorf("the customer's message is empty: type what they asked")
		}
		return err
	}
	return nil
}

// Create opens a ticket with the customer's first message.
func (s *Service) Create(by Actor, in NewTicket) (t Ticket, err error) {
	err = s.Batch(func(b *Batch) error { t, err = b.Create(by, in); return err })
	return t, err
}

// Create opens a ticket with the customer's first message, as Service.Create.
func (b *Batch) Create(by Actor, in NewTicket) (Ticket, error) {
	s := b.s
	if err := in.clean(); err != nil {
		return Ticket{}, err
	}
	var t Ticket
	var cust customers.Customer
	var created bool
	err := b.run(func(tx *bolt.Tx) ([]row, error) {
		var err error
		now := s.now().UTC()
		if in.CustomerID != 0 {
			cust, err = customers.Get(tx, in.CustomerID)
		} else {
			cust, created, err = customers.FindOrCreateWithPhone(tx, in.CustomerName, in.CustomerEmail, in.CustomerPhone, now)
		}
		if err != nil {
			return nil, err
		}
		if in.AssigneeID != 0 && tx.Bucket(store.BucketUsers).Get(store.U64(in.AssigneeID)) == nil {
			return nil, fmt.Errorf("the chosen assignee no longer exists: pick someone else")
		}
		shop, err := settings.Get(tx)
		if err != nil {
			return nil, err
		}
		tg := shop.Targets
		cal, err := shop.Calendar()
		if err != nil {
			return nil, err
		}
		assignee := creatorAssignee(shop, by, in.AssigneeID)
		id, err := tx.Bucket(store.BucketTickets).NextSequence()
		if err != nil {
			return nil, err
		}
		t = Ticket{ID: id, Number: NumberBase + id, Subject: in.Subject, CustomerID: cust.ID,
			OrderNumber: in.OrderNumber, Channel: in.Channel, Category: in.Category, Priority: in.Priority,
			Status: StatusNew, AssigneeID: assignee, Tags: in.Tags, CreatedAt: now, UpdatedAt: now,
			MessageCount: 1, Preview: preview(in.Message), Version: 1, UpdatedBy: by.Name}
		t.setTargets(tg)
		t.retime(cal)
		if err := addMessage(tx, &Message{TicketID: id, Kind: FromCustomer, AuthorName: cust.Name, Body: in.Message, CreatedAt: now}); err != nil {
			return nil, err
		}
		if err := addEvent(tx, id, Event{Kind: EvCreated, At: now, By: by.ID, To: string(t.Status)}); err != nil {
			return nil, err
		}
		if t.AssigneeID != 0 {
			if err := addEvent(tx, id, Event{Kind: EvAssigned, At: now, By: by.ID, To: fmt.Sprint(t.AssigneeID)}); err != nil {
				return nil, err
			}
		}
		r, err := put(tx, nil, &t)
		if err != nil {
			return nil, err
		}
		return []row{r}, s.index(tx, &t, cust)
	})
	if err == nil && created {
		b.custs = append(b.custs, cust)
	}
	return t, err
}

// AddMessage adds a reply, an internal note or a customer's message. A reply
// is the first response if none came before; a customer writing again
// reopens a resolved ticket.
func (s *Service) AddMessage(by Actor, id uint64, kind MessageKind, body string) (t Ticket, m Message, err error) {
	err = s.Batch(func(b *Batch) error { t, m, err = b.AddMessage(by, id, kind, body); return err })
	return t, m, err
}

// AddMessage adds a message to ticket id, as Service.AddMessage.
func (b *Batch) AddMessage(by Actor, id uint64, kind MessageKind, body string) (Ticket, Message, error) {
	s := b.s
	body, err := cleanBody(body)
	if err != nil {
		return Ticket{}, Message{}, err
	}
	if kind != Reply && kind != Note && kind != FromCustomer {
		return Ticket{}, Message{}, fmt.Errorf("message kind %q is not known: use reply, note or customer", limits.Clip(string(kind), 20))
	}
	var t *Ticket
	var m Message
	err = b.run(func(tx *bolt.Tx) ([]row, error) {
		var err error
		if t, err = Get(tx, id); err != nil {
			return nil, err
		}
		old := *t
		now := s.now().UTC()
		_, cal, err := clockOf(tx)
		if err != nil {
			return nil, err
		}
		m = Message{TicketID: id, Kind: kind, AuthorID: by.ID, AuthorName: by.Name, Body: body, CreatedAt: now}
		var evs []Event
		switch kind {
		case Reply:
			evs = append(evs, Event{Kind: EvReplied, At: now, By: by.ID})
			if t.FirstResponseAt == nil {
				t.FirstResponseAt = &now
				evs = append(evs, Event{Kind: EvFirstReply, At: now, By: by.ID})
			}
			if t.Status == StatusNew {
				evs = append(evs, s.setStatus(t, StatusOpen, now, by.ID, cal)...)
			}
			// Whoever answers an unassigned ticket has taken it on.
			if t.AssigneeID == 0 && by.ID != 0 {
				evs = append(evs, Event{Kind: EvAssigned, At: now, By: by.ID, From: "0", To: fmt.Sprint(by.ID)})
				t.AssigneeID = by.ID
			}
		case Note:
			evs = append(evs, Event{Kind: EvNoted, At: now, By: by.ID})
		case FromCustomer:
			c, err := customers.Get(tx, t.CustomerID)
			if err != nil {
				return nil, err
			}
			m.AuthorID, m.AuthorName = 0, c.Name
			evs = append(evs, Event{Kind: EvCustomer, At: now})
			reopen := !t.Status.Active()
			if reopen || t.Status == StatusPending {
				evs = append(evs, s.setStatus(t, StatusOpen, now, 0, cal)...)
			}
			if reopen {
				t.restartClock(now, cal)
			}
		}
		if err := addMessage(tx, &m); err != nil {
			return nil, err
		}
		for _, e := range evs {
			if err := addEvent(tx, id, e); err != nil {
				return nil, err
			}
		}
		t.MessageCount++
		if kind != Note {
			t.Preview = preview(body)
		}
		t.UpdatedAt, t.Version, t.UpdatedBy = now, t.Version+1, by.Name
		r, err := put(tx, &old, t)
		if err != nil {
			return nil, err
		}
		if err := s.indexAdd(tx, id, body); err != nil {
			return nil, err
		}
		return []row{r}, nil
	})
	if err != nil {
		return Ticket{}, Message{}, err
	}
	return *t, m, nil
}

// setStatus moves t to status and returns the events that tell it.
func (s *Service) setStatus(t *Ticket, to Status, now time.Time, by uint64, cal *calendar.Calendar) []Event {
	from := t.Status
	if from == to {
		return nil
	}
	t.Status = to
	if to != StatusEscalated {
		t.EscalationDue = nil // the estimate was the escalation's
	}
	t.pauseClock(from, to, now, cal)
	evs := []Event{{Kind: EvStatus, At: now, By: by, From: string(from), To: string(to)}}
	switch {
	case to == StatusEscalated:
		evs = append(evs, Event{Kind: EvEscalated, At: now, By: by})
	case !to.Active() && from.Active():
		t.ResolvedAt = &now
		evs = append(evs, Event{Kind: EvResolved, At: now, By: by})
	case to.Active() && !from.Active():
		t.ResolvedAt = nil
		evs = append(evs, Event{Kind: EvReopened, At: now, By: by})
	}
	return evs
}
