package returns

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/limits"
	"shopdesk/backend/money"
	"shopdesk/backend/orders"
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
)

// Person is who asks for a change; the rules differ for the owner.
type Person struct {
	ID    uint64
	Name  string
	Owner bool
}

// Service runs return requests. Safe for concurrent use.
type Service struct {
	db  *store.DB
	now func() time.Time
	// Send hands a step's email to the outbox (see emails.go); nil in tests
	// that send none.
	mail Mailer
	// OnOwnerRefund is told, in the write, after every change of a request,
	// why it now waits for the owner to approve or give a refund above the
	// reps' limit ("" when it does not): escalations follow it.
	OnOwnerRefund func(tx *bolt.Tx, by Person, r Request, why string) error
}

// New returns a Service over db.
func New(db *store.DB, m Mailer) *Service { return &Service{db: db, now: time.Now, mail: m} }

// SetClock replaces the clock (tests, the sample shop, dev builds).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// Limits on what people type.
const (
	MaxNotes  = 5_000
	MaxReason = 1_000
	MaxLink   = 2_000
	MaxRef    = 120
)

func text(field, s string, n int, oneLine bool) (string, error) {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > n {
		return s, fmt.Errorf("%s is too long: keep it under %d characters", field, n)
	}
	if oneLine {
		return s, limits.Line(field, s)
	}
	return s, limits.Body(field, s)
}

// Number is how people see a request: "R-1001".
func Number(n uint64) string { return fmt.Sprintf("R-%d", n) }

// items checks what is asked back against the order and what other
// requests take back already.
func items(tx *bolt.Tx, o orders.Order, asked []ItemRequest, except uint64) ([]Item, error) {
	taken, err := returned(tx, o.ID, except)
	if err != nil {
		return nil, err
	}
	paid := paidFor(o)
	var out []Item
	seen := map[int]bool{}
	for _, a := range asked {
		if a.Quantity == 0 {
			continue
		}
		var line *orders.Item
		for i := range o.Items {
			if o.Items[i].Line == a.Line {
				line = &o.Items[i]
			}
		}
		switch {
		case line == nil:
			return nil, fmt.Errorf("order %s has no line %d: return only items that are in the order", o.Number, a.Line)
		case seen[a.Line]:
			return nil, fmt.Errorf("line %d (%s) is asked for twice: name each item once", a.Line, line.Product)
		case a.Quantity < 0:
			return nil, fmt.Errorf("%s: the quantity to return must be at least 1", line.Product)
		case a.Quantity > line.Quantity-taken[a.Line]:
			left := line.Quantity - taken[a.Line]
			if taken[a.Line] > 0 {
				return nil, fmt.Errorf("%s: %d bought, %d already being returned, so at most %d more can be", line.Product, line.Quantity, taken[a.Line], max(left, 0))
			}
			return nil, fmt.Errorf("%s: only %d bought, so at most %d can be returned", line.Product, line.Quantity, line.Quantity)
		}
		seen[a.Line] = true
		out = append(out, Item{Line: a.Line, Product: line.Product, SKU: line.SKU, Quantity: a.Quantity, UnitPaid: paid.unit(a.Line)})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("choose at least one item to return, and how many")
	}
	return out, nil
}

func checkReason(r Reason, text string) error {
	if r == "" {
		return fmt.Errorf("choose why the customer returns it")
	}
	if !slices.Contains(Reasons, r) {
		return fmt.Errorf("reason %q is not one Shopdesk knows: choose wrong size, damaged, incorrect item, not as described, changed mind, arrived late or other", limits.Clip(string(r), 30))
	}
	if r == OtherReason && strings.TrimSpace(text) == "" {
		return fmt.Errorf("say in a few words why, for a reason of \"other\"")
	}
	return nil
}

func checkWish(w Wish) error {
	if !slices.Contains(Wishes, w) {
		return fmt.Errorf("choose what the customer wants: a refund, an exchange or store credit")
	}
	return nil
}

// Start opens a request for items of an order (and the ticket it came
// from, if any).
func (s *Service) Start(by Person, in NewRequest) (v View, err error) {
	now := s.now().UTC()
	var id uint64
	err = s.db.Update(func(tx *bolt.Tx) error {
		o, err := orders.Get(tx, in.OrderID)
		if err != nil {
			return fmt.Errorf("the order of this return: %w", err)
		}
		if in.TicketID != 0 {
			if _, err := tickets.Get(tx, in.TicketID); err != nil {
				return fmt.Errorf("the ticket of this return: %w", err)
			}
		}
		if err := checkReason(in.Reason, in.ReasonText); err != nil {
			return err
		}
		if err := checkWish(in.Wish); err != nil {
			return err
		}
		r := Request{CustomerID: o.CustomerID, OrderID: o.ID, OrderNumber: o.Number, TicketID: in.TicketID,
			Currency: o.Currency, Reason: in.Reason, Wish: in.Wish, State: Requested, Since: now, CreatedAt: now, UpdatedAt: now, Version: 1}
		if r.ReasonText, err = text("the reason", in.ReasonText, MaxReason, false); err != nil {
			return err
		}
		if r.Notes, err = text("notes", in.Notes, MaxNotes, false); err != nil {
			return err
		}
		if r.Items, err = items(tx, o, in.Items, 0); err != nil {
			return err
		}
		if r.ID, err = tx.Bucket(store.BucketReturns).NextSequence(); err != nil {
			return err
		}
		id, r.Number = r.ID, 1000+r.ID
		r.Events = []Event{{At: now, ByID: by.ID, By: by.Name, Kind: "created", To: Requested, Note: summary(r.Items)}}
		if err := put(tx, nil, &r); err != nil {
			return err
		}
		return s.told(tx, by, r)
	})
	if err != nil {
		return v, err
	}
	return s.Get(by, id)
}

func summary(list []Item) string {
	parts := make([]string, len(list))
	for i, it := range list {
		parts[i] = it.Product
		if it.Quantity > 1 {
			parts[i] += fmt.Sprintf(" × %d", it.Quantity)
		}
	}
	return strings.Join(parts, ", ")
}

// Edit changes what a request asks for while it waits for approval.
func (s *Service) Edit(by Person, id, version uint64, e Edit) (v View, err error) {
	now := s.now().UTC()
	err = s.db.Update(func(tx *bolt.Tx) error {
		r, err := Get(tx, id)
		if err != nil {
			return err
		}
		if r.Version != version {
			return ErrConflict
		}
		old := r
		if r.State != Requested {
			return fmt.Errorf("this request is %s: its items and reason can only change before it is approved", label(r.State))
		}
		o, err := orders.Get(tx, r.OrderID)
		if err != nil {
			return err
		}
		if err := checkReason(e.Reason, e.ReasonText); err != nil {
			return err
		}
		if err := checkWish(e.Wish); err != nil {
			return err
		}
		if r.Items, err = items(tx, o, e.Items, r.ID); err != nil {
			return err
		}
		if r.ReasonText, err = text("the reason", e.ReasonText, MaxReason, false); err != nil {
			return err
		}
		if r.Notes, err = text("notes", e.Notes, MaxNotes, false); err != nil {
			return err
		}
		r.Reason, r.Wish = e.Reason, e.Wish
		r.Events = append(r.Events, Event{At: now, ByID: by.ID, By: by.Name, Kind: "edited", Note: summary(r.Items)})
		r.UpdatedAt, r.Version = now, r.Version+1
		if err := put(tx, &old, &r); err != nil {
			return err
		}
		return s.told(tx, by, r)
	})
	if err != nil {
		return v, err
	}
	return s.Get(by, id)
}

// Act moves a request on by one step, if the rules allow it for by.
func (s *Service) Act(by Person, id, version uint64, a Action) (v View, err error) {
	now := s.now().UTC()
	err = s.db.Update(func(tx *bolt.Tx) error {
		r, err := Get(tx, id)
		if err != nil {
			return err
		}
		if r.Version != version {
			return ErrConflict
		}
		next, err := to(r.State, a.Kind)
		if err != nil {
			return err
		}
		o, err := orders.Get(tx, r.OrderID)
		if err != nil {
			return fmt.Errorf("the order of this return: %w", err)
		}
		p, err := GetPolicy(tx)
		if err != nil {
			return err
		}
		old := r
		ev := Event{At: now, ByID: by.ID, By: by.Name, Kind: string(a.Kind), From: r.State, To: next}
		if ev.Note, err = text("the note", a.Note, MaxNotes, false); err != nil {
			return err
		}
		c := check(p, o, r.Items, r.Reason, r.CreatedAt, orders.Zone(tx))
		switch a.Kind {
		case Approve:
			if why := approvalNeedsOwner(p, c, r); why != "" {
				if !by.Owner {
					return fmt.Errorf("only the owner can approve this: %s. It waits under Needs approval for them", why)
				}
				if !c.Within {
					if ev.Override, err = text("the reason for approving outside the window", a.Reason, MaxReason, false); err != nil {
						return err
					}
					if ev.Override == "" {
						return fmt.Errorf("this return is outside the %d-day window: say why you approve it anyway", p.WindowDays)
					}
				}
			}
			if r.LabelLink, err = text("the return label link", a.LabelLink, MaxLink, true); err != nil {
				return err
			}
		case Reject:
			if r.RejectReason, err = text("the reason", a.Reason, MaxReason, false); err != nil {
				return err
			}
			if r.RejectReason == "" {
				return fmt.Errorf("say why the return is rejected: the customer is told")
			}
			ev.Note = firstNonEmpty(ev.Note, r.RejectReason)
		case Receive, Inspect:
			if a.Condition != "" && !slices.Contains(Conditions, a.Condition) {
				return fmt.Errorf("condition %q is not known: choose as new, opened, used, damaged or wrong item", limits.Clip(string(a.Condition), 30))
			}
			if a.Kind == Inspect && a.Condition == "" && r.Condition == "" {
				return fmt.Errorf("record the item's condition: as new, opened, used, damaged or the wrong item")
			}
			if a.Condition != "" {
				r.Condition = a.Condition
			}
			if a.Kind == Receive {
				t := now
				r.ReceivedAt = &t
			}
		case DoRefund, Credit:
			ref, err := s.refund(tx, by, p, o, r, c, a, now)
			if err != nil {
				return err
			}
			r.Refund = ref
			ev.Note = firstNonEmpty(ev.Note, money.Format(ref.Amount, ref.Currency)+" by "+methodLabel(ref.Method))
		case Exchange:
			if r.Tracking, err = text("the tracking number", a.Tracking, orders.MaxTracking, true); err != nil {
				return err
			}
		}
		r.Events = append(r.Events, ev)
		r.State, r.Since, r.UpdatedAt, r.Version = next, now, now, r.Version+1
		if err := put(tx, &old, &r); err != nil {
			return err
		}
		return s.told(tx, by, r)
	})
	if err != nil {
		return v, err
	}
	return s.Get(by, id)
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func methodLabel(m Method) string {
	return map[Method]string{OriginalPayment: "the original payment", StoreCredit: "store credit", OtherMethod: "other means"}[m]
}

// refund checks and records money given back: never more than was paid
// for the items (and is left on the order), never twice, and above the
// owner's limit only by the owner. A refund to the original payment (or
// other means) counts on the order; store credit does not, as no money
// leaves the shop.
func (s *Service) refund(tx *bolt.Tx, by Person, p Policy, o orders.Order, r Request, c Check, a Action, now time.Time) (*Refund, error) {
	if r.Refund != nil {
		return nil, fmt.Errorf("this request was refunded already: %s on %s by %s", money.Format(r.Refund.Amount, r.Refund.Currency), r.Refund.At.Format("2 Jan 2006"), r.Refund.By)
	}
	method := a.Method
	if a.Kind == Credit {
		method = StoreCredit
	}
	if !slices.Contains(Methods, method) {
		return nil, fmt.Errorf("choose how the money goes back: the original payment, store credit or other")
	}
	if a.Kind == DoRefund && method == StoreCredit {
		return nil, fmt.Errorf("store credit is given with Credit, not Refund")
	}
	if a.Amount <= 0 {
		return nil, fmt.Errorf("type the amount given back: more than zero")
	}
	if a.Amount > c.ItemsPaid {
		return nil, fmt.Errorf("%s is more than the customer paid for these items (%s): refund at most that", money.Format(a.Amount, o.Currency), money.Format(c.ItemsPaid, o.Currency))
	}
	if method != StoreCredit && a.Amount > o.Total-o.Refunded {
		return nil, fmt.Errorf("order %s has only %s left to refund: %s was refunded already", o.Number, money.Format(o.Total-o.Refunded, o.Currency), money.Format(o.Refunded, o.Currency))
	}
	if !by.Owner {
		if o.Currency != p.Currency {
			return nil, fmt.Errorf("only the owner can refund this: the order is in %s, and the limit for reps is set in %s", o.Currency, p.Currency)
		}
		if a.Amount > p.RepLimit {
			return nil, fmt.Errorf("only the owner can refund %s: reps may refund up to %s", money.Format(a.Amount, o.Currency), money.Format(p.RepLimit, p.Currency))
		}
	}
	ref, err := text("the reference", a.Reference, MaxRef, true)
	if err != nil {
		return nil, err
	}
	if method != StoreCredit {
		if _, err := orders.AddRefund(tx, o.ID, a.Amount, now); err != nil {
			return nil, err
		}
	}
	return &Refund{Amount: a.Amount, Currency: o.Currency, Method: method, Reference: ref, At: now, ByID: by.ID, By: by.Name}, nil
}

// told passes OnOwnerRefund why r waits for the owner's money decision.
func (s *Service) told(tx *bolt.Tx, by Person, r Request) error {
	if s.OnOwnerRefund == nil {
		return nil
	}
	p, err := GetPolicy(tx)
	if err != nil {
		return err
	}
	o, err := orders.Get(tx, r.OrderID)
	if err != nil {
		return err
	}
	c := check(p, o, r.Items, r.Reason, r.CreatedAt, orders.Zone(tx))
	return s.OnOwnerRefund(tx, by, r, refundAboveLimit(p, c, r))
}

// refundAboveLimit says why r waits for the owner because of the money:
// approving a refund, or giving one, above what reps may ("" if not).
func refundAboveLimit(p Policy, c Check, r Request) string {
	if r.State != Requested && !(r.State == Inspected && r.Wish != WantExchange) {
		return ""
	}
	switch {
	case r.Currency != p.Currency:
		return fmt.Sprintf("the refund is in %s, and the limit for reps is set in %s", r.Currency, p.Currency)
	case c.RefundDue > p.RepLimit:
		return fmt.Sprintf("the refund of %s is above the %s reps may give", money.Format(c.RefundDue, r.Currency), money.Format(p.RepLimit, p.Currency))
	}
	return ""
}

// approvalNeedsOwner says why only the owner may approve ("" if a rep may).
func approvalNeedsOwner(p Policy, c Check, r Request) string {
	switch {
	case !c.Within:
		return fmt.Sprintf("it is %s", strings.SplitN(c.Text, ":", 2)[0])
	case r.Currency != p.Currency:
		return fmt.Sprintf("the order is in %s, and the limit for reps is set in %s", r.Currency, p.Currency)
	case c.RefundDue > p.RepLimit:
		return fmt.Sprintf("the refund of %s is above the %s reps may approve", money.Format(c.RefundDue, r.Currency), money.Format(p.RepLimit, p.Currency))
	}
	return ""
}

// needsOwner says why the next step of r waits for the owner.
func needsOwner(p Policy, c Check, r Request) string {
	switch r.State {
	case Requested:
		return approvalNeedsOwner(p, c, r)
	case Inspected:
		if r.Wish != WantExchange && (r.Currency != p.Currency || c.RefundDue > p.RepLimit) {
			return fmt.Sprintf("the refund of %s is above the %s reps may give", money.Format(c.RefundDue, r.Currency), money.Format(p.RepLimit, p.Currency))
		}
	}
	return ""
}

// late is a received item not refunded within the target.
func late(p Policy, r Request, now time.Time) bool {
	if r.ReceivedAt == nil || (r.State != Received && r.State != Inspected) {
		return false
	}
	return now.Sub(*r.ReceivedAt) > time.Duration(p.RefundDays)*24*time.Hour
}

// Get is a request with everything its screen shows.
func (s *Service) Get(by Person, id uint64) (v View, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		r, err := Get(tx, id)
		if err != nil {
			return err
		}
		v, err = s.view(tx, r)
		return err
	})
	return v, err
}

func (s *Service) view(tx *bolt.Tx, r Request) (View, error) {
	v := View{Request: r, Next: Next(r.State)}
	p, err := GetPolicy(tx)
	if err != nil {
		return v, err
	}
	o, err := orders.Get(tx, r.OrderID)
	if err != nil {
		return v, fmt.Errorf("the order of this return: %w", err)
	}
	if c, err := customers.Get(tx, r.CustomerID); err == nil {
		v.Customer, v.Email = c.Name, c.Email
	}
	v.Check = check(p, o, r.Items, r.Reason, r.CreatedAt, orders.Zone(tx))
	if r.Refund != nil {
		v.Check.RefundCap = 0
	}
	v.NeedsOwner = needsOwner(p, v.Check, r)
	v.Late = late(p, r, s.now())
	v.Steps = steps(r)
	v.Emails = emailChoices(tx, r.State)
	return v, nil
}

// row is the request's line in the queue.
func (s *Service) row(tx *bolt.Tx, p Policy, r Request, loc *time.Location) Row {
	w := Row{ID: r.ID, Number: r.Number, State: r.State, CustomerID: r.CustomerID, OrderID: r.OrderID, OrderNumber: r.OrderNumber,
		TicketID: r.TicketID, Reason: r.Reason, Wish: r.Wish, Products: summary(r.Items), Currency: r.Currency, Since: r.Since,
		Late: late(p, r, s.now())}
	if c, err := customers.Get(tx, r.CustomerID); err == nil {
		w.CustomerName = c.Name
	}
	if o, err := orders.Get(tx, r.OrderID); err == nil {
		c := check(p, o, r.Items, r.Reason, r.CreatedAt, loc)
		w.Amount = c.ItemsPaid
		if r.Refund != nil {
			w.Amount = r.Refund.Amount
		}
		w.NeedsOwner = needsOwner(p, c, r)
	}
	return w
}

// Policy reads the shop's return policy.
func (s *Service) Policy() (p Policy, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { p, err = GetPolicy(tx); return err })
	return p, err
}

// SavePolicy checks and saves the return policy.
func (s *Service) SavePolicy(p Policy) (out Policy, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		if out, err = PutPolicy(tx, p); err != nil {
			return err
		}
		return requeue(tx)
	})
	return out, err
}
