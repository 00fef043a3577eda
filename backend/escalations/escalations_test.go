package escalations_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/escalations"
	"shopdesk/backend/orders"
	"shopdesk/backend/outbox"
	"shopdesk/backend/replies"
	"shopdesk/backend/returns"
	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/templates"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

type desk struct {
	t        *testing.T
	db       *store.DB
	tix      *tickets.Service
	ret      *returns.Service
	esc      *escalations.Service
	now      time.Time
	owner    escalations.Person
	rep      escalations.Person
	other    escalations.Person
	ownerRec users.Person
	woke     int
}

func newDesk(t *testing.T) *desk {
	t.Helper()
	db := storetest.Open(t)
	d := &desk{t: t, db: db, now: time.Date(2026, 11, 20, 15, 0, 0, 0, time.UTC)}
	us := users.New(db)
	o, err := us.Setup(users.NewPerson{Name: "Maya Owner", Email: "maya@shop.example", Password: "correct horse"})
	if err != nil {
		t.Fatal(err)
	}
	r, err := us.Add(users.NewPerson{Name: "Riley Rep", Email: "riley@shop.example", Role: users.Rep, Password: "correct horse"})
	if err != nil {
		t.Fatal(err)
	}
	x, err := us.Add(users.NewPerson{Name: "Sam Second", Email: "sam@shop.example", Role: users.Rep, Password: "correct horse"})
	if err != nil {
		t.Fatal(err)
	}
	d.ownerRec = o
	d.owner = escalations.Person{ID: o.ID, Name: o.Name, Owner: true}
	d.rep = escalations.Person{ID: r.ID, Name: r.Name}
	d.other = escalations.Person{ID: x.ID, Name: x.Name}
	if _, err := templates.NewService(db); err != nil {
		t.Fatal(err)
	}
	d.tix, err = tickets.New(db, customers.NewService(db).Dir)
	if err != nil {
		t.Fatal(err)
	}
	d.tix.SetClock(func() time.Time { return d.now })
	rep := replies.New(db, d.tix, nil)
	d.ret = returns.New(db, nil)
	d.ret.SetClock(func() time.Time { return d.now })
	d.esc = escalations.NewService(db, d.tix, rep, d.ret, func() { d.woke++ })
	d.esc.SetClock(func() time.Time { return d.now })
	return d
}

func (d *desk) ticket(subject string) tickets.Ticket {
	d.t.Helper()
	tk, err := d.tix.Create(tickets.Actor{ID: d.rep.ID, Name: d.rep.Name}, tickets.NewTicket{Subject: subject, CustomerEmail: "dana@fox.example",
		CustomerName: "Dana Fox", Message: "This is the third time I write about it.", Category: "complaint"})
	if err != nil {
		d.t.Fatal(err)
	}
	return tk
}

func (d *desk) fresh(id uint64) tickets.Ticket {
	d.t.Helper()
	got, err := d.tix.Get(id)
	if err != nil {
		d.t.Fatal(err)
	}
	return got.Ticket
}

func (d *desk) escalate(tk tickets.Ticket) escalations.Escalation {
	d.t.Helper()
	e, _, err := d.esc.Escalate(d.rep, tk.ID, tk.Version, escalations.NewEscalation{Reason: escalations.RepeatedComplaint, Details: "Third complaint about the same lamp."})
	if err != nil {
		d.t.Fatal(err)
	}
	return e
}

func wantErr(t *testing.T, err error, part string) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), part) {
		t.Fatalf("want an error saying %q, got %v", part, err)
	}
}

func TestTheFiveStepsEachWithItsRole(t *testing.T) {
	d := newDesk(t)
	tk := d.ticket("The lamp broke again")
	e, got, err := d.esc.Escalate(d.rep, tk.ID, tk.Version, escalations.NewEscalation{Reason: escalations.RepeatedComplaint, Details: "Third complaint about the same lamp."})
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != tickets.StatusEscalated || e.Step != escalations.Notified || len(e.Steps) != 2 ||
		e.Steps[0].By != "Riley Rep" || e.Manager != "Maya Owner" || e.Emailed || !strings.Contains(e.Steps[1].Note, "told in Shopdesk") {
		t.Fatalf("after escalating: ticket %s, %+v", got.Status, e)
	}
	if n, _ := d.esc.Counts(); n.Open != 1 || n.Waiting != 1 || n.Late != 0 {
		t.Fatalf("counts %+v", n)
	}

	// Step 3 is the manager's: the rep is refused, in Go.
	eta := d.now.Add(48 * time.Hour)
	_, err = d.esc.Investigate(d.rep, e.ID, e.Version, escalations.Investigation{ETA: eta, Contacted: "the warehouse"})
	wantErr(t, err, "only Maya Owner")
	// Step 4 needs step 3, and is the manager's too.
	_, err = d.esc.Communicate(d.owner, e.ID, e.Version, "We are on it.")
	wantErr(t, err, "investigate first")
	_, err = d.esc.Investigate(d.owner, e.ID, e.Version, escalations.Investigation{ETA: d.now.Add(-time.Hour), Contacted: "the warehouse"})
	wantErr(t, err, "in the past")
	_, err = d.esc.Investigate(d.owner, e.ID, e.Version, escalations.Investigation{ETA: eta})
	wantErr(t, err, "who you contacted")
	e, err = d.esc.Investigate(d.owner, e.ID, e.Version, escalations.Investigation{ETA: eta, Contacted: "the warehouse", Note: "A new lamp can go out Monday."})
	if err != nil || e.Step != escalations.Investigated || e.ETA == nil || !e.ETA.Equal(eta) || e.Contacted != "the warehouse" {
		t.Fatalf("investigated: %+v %v", e, err)
	}

	draft, err := d.esc.Draft(d.owner, e.ID, 0)
	if err != nil || !strings.Contains(draft.Text, "Hi Dana") || !strings.Contains(draft.Text, "by Sunday 22 November at 15:00") {
		t.Fatalf("the customer update: %q %v", draft.Text, err)
	}
	if _, err := d.esc.Draft(d.rep, e.ID, 0); err == nil {
		t.Fatal("a rep drafted the manager's update")
	}
	_, err = d.esc.Communicate(d.rep, e.ID, e.Version, "We are on it.")
	wantErr(t, err, "only Maya Owner")
	body := strings.NewReplacer("[Specific Solution]", "A replacement lamp ships on Monday.", "[Order Number]", "#1042", "[Store Name]", "Oak & Ash").Replace(draft.Text)
	e, err = d.esc.Communicate(d.owner, e.ID, e.Version, body)
	if err != nil || e.Step != escalations.Communicated {
		t.Fatalf("communicated: %+v %v", e, err)
	}
	var sent []outbox.Message
	d.db.View(func(tx *bolt.Tx) error { sent, _ = outbox.ForTicket(tx, tk.ID); return nil })
	if len(sent) != 1 || sent[0].To != "dana@fox.example" || !strings.Contains(sent[0].Text, "replacement lamp") {
		t.Fatalf("the customer's email: %+v", sent)
	}

	// Step 5: the ticket cannot be closed around the case; closing the case resolves it.
	tk = d.fresh(tk.ID)
	resolved := tickets.StatusResolved
	_, err = d.tix.Update(tickets.Actor{ID: d.rep.ID, Name: d.rep.Name}, tk.ID, tk.Version, tickets.Change{Status: &resolved})
	wantErr(t, err, "is escalated")
	_, err = d.esc.Close(d.other, e.ID, e.Version, escalations.Closing{Outcome: "New lamp sent"})
	wantErr(t, err, "only Riley Rep")
	_, err = d.esc.Close(d.rep, e.ID, e.Version, escalations.Closing{Outcome: "  "})
	wantErr(t, err, "final outcome")
	e, err = d.esc.Close(d.rep, e.ID, e.Version, escalations.Closing{Outcome: "New lamp sent, customer happy", Satisfied: true})
	if err != nil || e.Step != escalations.Closed || e.ClosedAt == nil || len(e.Steps) != 5 || e.Steps[4].By != "Riley Rep" {
		t.Fatalf("closed: %+v %v", e, err)
	}
	if s := d.fresh(tk.ID).Status; s != tickets.StatusResolved {
		t.Fatalf("the ticket is %s", s)
	}
	if n, _ := d.esc.Counts(); n.Open != 0 {
		t.Fatalf("counts after closing %+v", n)
	}
	b, _ := d.esc.Board()
	if len(b.Open) != 0 || len(b.Closed) != 1 || b.Closed[0].Outcome != "New lamp sent, customer happy" {
		t.Fatalf("board %+v", b)
	}
}

func TestAnEscalationNeedsAReason(t *testing.T) {
	d := newDesk(t)
	tk := d.ticket("Odd order")
	_, _, err := d.esc.Escalate(d.rep, tk.ID, tk.Version, escalations.NewEscalation{})
	wantErr(t, err, "say why this ticket needs escalating")
	_, _, err = d.esc.Escalate(d.rep, tk.ID, tk.Version, escalations.NewEscalation{Reason: escalations.Other, Text: " "})
	wantErr(t, err, "say what the reason is")
	_, _, err = d.esc.Escalate(d.rep, tk.ID, tk.Version, escalations.NewEscalation{Reason: "angry"})
	wantErr(t, err, "not a reason")
	// Nothing was written: the ticket is as it was.
	if got := d.fresh(tk.ID); got.Status != tk.Status || got.Version != tk.Version {
		t.Fatalf("a refused escalation changed the ticket: %s v%d", got.Status, got.Version)
	}
	e, _, err := d.esc.Escalate(d.rep, tk.ID, tk.Version, escalations.NewEscalation{Reason: escalations.Other, Text: "Press enquiry"})
	if err != nil || e.ReasonText() != "Press enquiry" {
		t.Fatalf("other with text: %+v %v", e, err)
	}
	tk = d.fresh(tk.ID)
	_, _, err = d.esc.Escalate(d.rep, tk.ID, tk.Version, escalations.NewEscalation{Reason: escalations.VIP})
	wantErr(t, err, "already escalated")
}

func TestTheNamedManagerIsToldByEmailAndMayActButNotOthers(t *testing.T) {
	d := newDesk(t)
	st, _ := d.esc.Settings()
	st.ManagerID, st.Email = d.other.ID, true
	if _, err := d.esc.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	// A stale save is refused.
	if _, err := d.esc.SaveSettings(st); err == nil || !strings.Contains(err.Error(), "someone else changed") {
		t.Fatalf("stale settings save: %v", err)
	}
	e := d.escalate(d.ticket("Suspicious order"))
	if e.Manager != "Sam Second" || !e.Emailed || d.woke != 1 {
		t.Fatalf("manager %q emailed %v woke %d", e.Manager, e.Emailed, d.woke)
	}
	var queued []outbox.Message
	d.db.View(func(tx *bolt.Tx) error { queued, _ = outbox.ForTicket(tx, e.TicketID); return nil })
	if len(queued) != 1 || queued[0].To != "sam@shop.example" || !strings.Contains(queued[0].Subject, "repeated complaint") ||
		!strings.Contains(queued[0].Text, "Riley Rep escalated") {
		t.Fatalf("the manager's email: %+v", queued)
	}
	eta := d.now.Add(24 * time.Hour)
	_, err := d.esc.Investigate(d.rep, e.ID, e.Version, escalations.Investigation{ETA: eta, Contacted: "finance"})
	wantErr(t, err, "only Sam Second")
	if _, err := d.esc.Investigate(d.other, e.ID, e.Version, escalations.Investigation{ETA: eta, Contacted: "finance"}); err != nil {
		t.Fatal(err)
	}
	// Someone working from the version before is told so.
	if _, err := d.esc.Investigate(d.owner, e.ID, e.Version, escalations.Investigation{ETA: eta, Contacted: "finance"}); !errors.Is(err, escalations.ErrConflict) {
		t.Fatalf("stale step: %v", err)
	}
}

func TestAnEscalationPastItsEstimateIsLate(t *testing.T) {
	d := newDesk(t)
	e := d.escalate(d.ticket("Where is it"))
	e, err := d.esc.Investigate(d.owner, e.ID, e.Version, escalations.Investigation{ETA: d.now.Add(2 * time.Hour), Contacted: "the carrier"})
	if err != nil || e.Late {
		t.Fatalf("%+v %v", e, err)
	}
	d.now = d.now.Add(3 * time.Hour)
	if got, _ := d.esc.Get(e.ID); !got.Late {
		t.Fatal("past its estimate and not late")
	}
	b, _ := d.esc.Board()
	if n, _ := d.esc.Counts(); n.Late != 1 || b.Counts.Late != 1 || !b.Open[0].Late {
		t.Fatalf("counts %+v board %+v", n, b.Counts)
	}
	on, _ := d.esc.ForTicket(e.TicketID)
	if len(on) != 1 || !on[0].Late {
		t.Fatalf("on the ticket: %+v", on)
	}
	// A new estimate clears it.
	e, _ = d.esc.Get(e.ID)
	if e, err = d.esc.Investigate(d.owner, e.ID, e.Version, escalations.Investigation{ETA: d.now.Add(time.Hour), Contacted: "the carrier"}); err != nil || e.Late {
		t.Fatalf("moved estimate: %+v %v", e, err)
	}
}

func TestARefundAboveTheLimitIsEscalatedAndClosedByTheOwnersDecision(t *testing.T) {
	d := newDesk(t)
	p, _ := d.ret.Policy()
	p.RepLimit = 4800
	if _, err := d.ret.SavePolicy(p); err != nil {
		t.Fatal(err)
	}
	var o orders.Order
	err := d.db.Update(func(tx *bolt.Tx) (err error) {
		o, err = orders.Create(tx, orders.Input{Number: "#9001", Name: "Dana Fox", Email: "dana@fox.example", PlacedAt: "2026-11-05", DeliveredAt: "2026-11-10",
			Currency: "USD", Items: []orders.Item{{Product: "Wool blanket", Quantity: 1, UnitPrice: 12000}}}, d.now)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	rep := returns.Person{ID: d.rep.ID, Name: d.rep.Name}
	own := returns.Person{ID: d.owner.ID, Name: d.owner.Name, Owner: true}
	v, err := d.ret.Start(rep, returns.NewRequest{OrderID: o.ID, Items: []returns.ItemRequest{{Line: 1, Quantity: 1}}, Reason: returns.Damaged, Wish: returns.WantRefund})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := d.esc.Board()
	if len(b.Open) != 1 || b.Open[0].Reason != escalations.RefundAboveLimit || b.Open[0].ReturnID != v.Request.ID || !strings.Contains(b.Open[0].Text, "above") {
		t.Fatalf("board after the request: %+v", b.Open)
	}
	e := b.Open[0]
	// It is decided on the return, not by the escalation's own steps.
	_, err = d.esc.Investigate(d.owner, e.ID, e.Version, escalations.Investigation{ETA: d.now.Add(time.Hour), Contacted: "nobody"})
	wantErr(t, err, "return request")
	v, err = d.ret.Act(own, v.Request.ID, v.Request.Version, returns.Action{Kind: returns.Approve})
	if err != nil {
		t.Fatal(err)
	}
	e, _ = d.esc.Get(e.ID)
	if e.Step != escalations.Investigated || !strings.Contains(e.Steps[2].Note, "Maya Owner approved") {
		t.Fatalf("after approval: %+v", e)
	}
	for _, a := range []returns.Action{{Kind: returns.Receive}, {Kind: returns.Inspect, Condition: returns.AsNew}} {
		if v, err = d.ret.Act(rep, v.Request.ID, v.Request.Version, a); err != nil {
			t.Fatal(err)
		}
	}
	// Inspected, the refund itself waits for the owner: still one escalation.
	if b, _ = d.esc.Board(); len(b.Open) != 1 || b.Open[0].ID != e.ID {
		t.Fatalf("inspected: %+v", b.Open)
	}
	if _, err = d.ret.Act(own, v.Request.ID, v.Request.Version, returns.Action{Kind: returns.DoRefund, Amount: 12000, Method: returns.OriginalPayment}); err != nil {
		t.Fatal(err)
	}
	e, _ = d.esc.Get(e.ID)
	if e.Open() || !strings.Contains(e.Outcome, "refunded 120.00 USD") || !e.Satisfied {
		t.Fatalf("after the refund: %+v", e)
	}
	if n, _ := d.esc.Counts(); n.Open != 0 {
		t.Fatalf("counts %+v", n)
	}
}

func TestAClosedTicketCannotBeEscalated(t *testing.T) {
	d := newDesk(t)
	tk := d.ticket("Done already")
	resolved := tickets.StatusResolved
	tk, err := d.tix.Update(tickets.Actor{ID: d.rep.ID, Name: d.rep.Name}, tk.ID, tk.Version, tickets.Change{Status: &resolved})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = d.esc.Escalate(d.rep, tk.ID, tk.Version, escalations.NewEscalation{Reason: escalations.VIP})
	wantErr(t, err, "reopen it")
	if n, _ := d.esc.Counts(); n.Open != 0 {
		t.Fatalf("counts %+v", n)
	}
}

func TestADeletedTicketTakesItsEscalationWith(t *testing.T) {
	d := newDesk(t)
	e := d.escalate(d.ticket("Spam"))
	keep := d.escalate(d.ticket("Real one"))
	if err := d.tix.DeleteWith(e.TicketID, escalations.DeleteTicket(e.TicketID)); err != nil {
		t.Fatal(err)
	}
	if _, err := d.esc.Get(e.ID); !errors.Is(err, escalations.ErrNotFound) {
		t.Fatalf("the deleted ticket's escalation: %v", err)
	}
	b, _ := d.esc.Board()
	if n, _ := d.esc.Counts(); n.Open != 1 || len(b.Open) != 1 || b.Open[0].ID != keep.ID {
		t.Fatalf("counts %+v board %+v", n, b.Open)
	}
}

func TestPastItsEstimateTheTicketIsOverdue(t *testing.T) {
	d := newDesk(t)
	e := d.escalate(d.ticket("Where is it"))
	eta := d.now.Add(2 * time.Hour)
	if _, err := d.esc.Investigate(d.owner, e.ID, e.Version, escalations.Investigation{ETA: eta, Contacted: "the carrier"}); err != nil {
		t.Fatal(err)
	}
	tk := d.fresh(e.TicketID)
	if !tk.DueAt().Equal(eta) || tk.Overdue(d.now) {
		t.Fatalf("due %v, overdue %v", tk.DueAt(), tk.Overdue(d.now))
	}
	d.now = d.now.Add(3 * time.Hour)
	if late := d.fresh(e.TicketID); !late.Overdue(d.now) {
		t.Fatal("past the estimate, the ticket is not overdue")
	}
	if n := d.tix.Counts(d.owner.ID); n[tickets.ViewOverdue] != 1 {
		t.Fatalf("the overdue view counts %d", n[tickets.ViewOverdue])
	}
}
