package summaries_test

import (
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/calendar"
	"shopdesk/backend/checklists"
	"shopdesk/backend/customers"
	"shopdesk/backend/escalations"
	"shopdesk/backend/orders"
	"shopdesk/backend/outbox"
	"shopdesk/backend/replies"
	"shopdesk/backend/returns"
	"shopdesk/backend/settings"
	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/summaries"
	"shopdesk/backend/templates"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

type day struct {
	t      *testing.T
	db     *store.DB
	now    time.Time
	tix    *tickets.Service
	ret    *returns.Service
	esc    *escalations.Service
	ck     *checklists.Service
	sum    *summaries.Service
	owner  summaries.Person
	rep    summaries.Person
	people []checklists.Person
	hours  calendar.Hours
}

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

var shopName = "Oak & Ash"

func newDay(t *testing.T) *day {
	t.Helper()
	db := storetest.Open(t)
	d := &day{t: t, db: db, now: at("2026-12-02T19:00:00Z")}
	clock := func() time.Time { return d.now }
	us := users.New(db)
	o, err := us.Setup(users.NewPerson{Name: "Maya Owner", Email: "maya@shop.example", Password: "correct horse"})
	if err != nil {
		t.Fatal(err)
	}
	r, err := us.Add(users.NewPerson{Name: "Riley Rep", Email: "riley@shop.example", Role: users.Rep, Password: "correct horse"})
	if err != nil {
		t.Fatal(err)
	}
	d.owner = summaries.Person{ID: o.ID, Name: o.Name, Owner: true}
	d.rep = summaries.Person{ID: r.ID, Name: r.Name}
	d.people = []checklists.Person{{ID: o.ID, Name: o.Name, Role: "owner", Owner: true}, {ID: r.ID, Name: r.Name, Role: "rep"}}
	week := make([]calendar.Day, 7)
	for i := range week {
		week[i] = calendar.Day{Open: "09:00", Close: "17:00"}
	}
	d.hours = calendar.Hours{TimeZone: "Europe/Berlin", Week: week}
	if _, err := settings.Update(db, settings.Change{StoreName: &shopName, Hours: &d.hours}); err != nil {
		t.Fatal(err)
	}
	if _, err := templates.NewService(db); err != nil {
		t.Fatal(err)
	}
	if d.tix, err = tickets.New(db, customers.NewService(db).Dir); err != nil {
		t.Fatal(err)
	}
	d.tix.SetClock(clock)
	d.ret = returns.New(db, nil)
	d.ret.SetClock(clock)
	d.esc = escalations.NewService(db, d.tix, replies.New(db, d.tix, nil), d.ret, nil)
	d.esc.SetClock(clock)
	if d.ck, err = checklists.NewService(db); err != nil {
		t.Fatal(err)
	}
	d.ck.SetClock(clock)
	d.sum = summaries.NewService(db, d.tix, nil)
	d.sum.SetClock(clock)
	return d
}

func (d *day) ticket(when, subject string) tickets.Ticket {
	d.t.Helper()
	d.now = at(when)
	tk, err := d.tix.Create(tickets.Actor{ID: d.rep.ID, Name: d.rep.Name}, tickets.NewTicket{Subject: subject, CustomerEmail: "dana@fox.example", Message: "Hello"})
	if err != nil {
		d.t.Fatal(err)
	}
	return tk
}

func (d *day) status(when string, tk tickets.Ticket, s tickets.Status) tickets.Ticket {
	d.t.Helper()
	d.now = at(when)
	cur, err := d.tix.Get(tk.ID)
	if err != nil {
		d.t.Fatal(err)
	}
	out, err := d.tix.Update(tickets.Actor{ID: d.rep.ID, Name: d.rep.Name}, tk.ID, cur.Ticket.Version, tickets.Change{Status: &s})
	if err != nil {
		d.t.Fatal(err)
	}
	return out
}

func numbers(f summaries.Figure) string {
	var s []string
	for _, r := range f.Tickets {
		s = append(s, r.Subject)
	}
	return strings.Join(s, ",")
}

// A hand-built Thursday in Berlin: the figures are what happened on it,
// counted in the shop's time zone, and pending is what was still open at
// its end even though things moved on the next morning.
func TestTheFiguresOfAHandBuiltDay(t *testing.T) {
	d := newDay(t)
	a := d.ticket("2026-12-02T19:00:00Z", "A") // Wednesday evening: not Thursday's
	b := d.ticket("2026-12-03T08:30:00Z", "B") // 09:30 Berlin
	c := d.ticket("2026-12-03T08:31:00Z", "C")
	dd := d.ticket("2026-12-03T08:32:00Z", "D")
	d.status("2026-12-03T09:00:00Z", b, tickets.StatusResolved)
	c = d.status("2026-12-03T10:00:00Z", c, tickets.StatusResolved)
	c = d.status("2026-12-03T11:00:00Z", c, tickets.StatusOpen) // reopened
	d.now = at("2026-12-03T12:00:00Z")
	if _, _, err := d.esc.Escalate(escalations.Person{ID: d.rep.ID, Name: d.rep.Name}, c.ID, c.Version, escalations.NewEscalation{Reason: escalations.VIP}); err != nil {
		t.Fatal(err)
	}
	// A refund at 15:00 Berlin.
	var o orders.Order
	err := d.db.Update(func(tx *bolt.Tx) (err error) {
		o, err = orders.Create(tx, orders.Input{Number: "#77", Name: "Dana Fox", Email: "dana@fox.example", PlacedAt: "2026-11-20", DeliveredAt: "2026-11-25",
			Currency: "EUR", Items: []orders.Item{{Product: "Lamp", Quantity: 1, UnitPrice: 3000}}}, d.now)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	own := returns.Person{ID: d.owner.ID, Name: d.owner.Name, Owner: true}
	v, err := d.ret.Start(own, returns.NewRequest{OrderID: o.ID, Items: []returns.ItemRequest{{Line: 1, Quantity: 1}}, Reason: returns.Damaged, Wish: returns.WantRefund})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []returns.Action{{Kind: returns.Approve}, {Kind: returns.Receive}, {Kind: returns.Inspect, Condition: returns.AsNew}} {
		if v, err = d.ret.Act(own, v.Request.ID, v.Request.Version, a); err != nil {
			t.Fatal(err)
		}
	}
	d.now = at("2026-12-03T14:00:00Z")
	if _, err = d.ret.Act(own, v.Request.ID, v.Request.Version, returns.Action{Kind: returns.DoRefund, Amount: 3000, Method: returns.OriginalPayment}); err != nil {
		t.Fatal(err)
	}
	// The rep's checklist: one task ticked at 09:05.
	d.now = at("2026-12-03T08:05:00Z")
	rp := d.people[1]
	runs, err := d.ck.Today(rp)
	if err != nil || len(runs) == 0 {
		t.Fatalf("runs %v %v", runs, err)
	}
	if _, err := d.ck.Mark(rp, rp.ID, "2026-12-03", runs[0].TemplateID, runs[0].Tasks[0].ID, true, "inbox sorted"); err != nil {
		t.Fatal(err)
	}
	// 00:30 on Friday in Berlin, still Thursday in UTC: Friday's.
	d.ticket("2026-12-03T23:30:00Z", "F")
	// Friday morning: A and D are resolved.
	d.status("2026-12-04T08:00:00Z", a, tickets.StatusResolved)
	d.status("2026-12-04T08:10:00Z", dd, tickets.StatusResolved)
	d.now = at("2026-12-04T10:00:00Z")

	got, err := d.sum.Day(d.owner, d.people, "2026-12-03")
	if err != nil {
		t.Fatal(err)
	}
	f := got.Live
	if f.Received.Count != 3 || numbers(f.Received) != "B,C,D" {
		t.Errorf("received %d: %s", f.Received.Count, numbers(f.Received))
	}
	if f.Resolved.Count != 2 || numbers(f.Resolved) != "B,C" {
		t.Errorf("resolved %d: %s", f.Resolved.Count, numbers(f.Resolved))
	}
	if f.Pending.Count != 3 || numbers(f.Pending) != "D,C,A" {
		t.Errorf("pending at the end of Thursday %d: %s", f.Pending.Count, numbers(f.Pending))
	}
	if f.Refunds.Count != 1 || len(f.Refunds.Totals) != 1 || f.Refunds.Totals[0].Amount != 3000 || f.Refunds.Totals[0].Currency != "EUR" || f.Refunds.Returns[0].Number != v.Request.Number {
		t.Errorf("refunds %+v", f.Refunds)
	}
	if f.EscalationsOpened.Count != 1 || f.EscalationsClosed.Count != 0 || numbers(f.EscalationsOpened) != "C" {
		t.Errorf("escalations %+v %+v", f.EscalationsOpened, f.EscalationsClosed)
	}
	if f.Tasks.Done != 1 || f.Tasks.Counted < 2 || f.Tasks.Skipped != f.Tasks.Counted-1 {
		t.Errorf("tasks %+v", f.Tasks)
	}
	kinds := map[string]string{}
	for _, c := range got.Candidates {
		kinds[c.Kind] += c.Ticket.Subject
	}
	if kinds["reopened"] != "C" || kinds["escalated"] != "C" {
		t.Errorf("candidates %+v", got.Candidates)
	}
	// Friday so far: F received, A and D resolved; pending now is C and F.
	fri, err := d.sum.Day(d.rep, d.people, "")
	if err != nil || !fri.Today || fri.Live.Received.Count != 1 || fri.Live.Resolved.Count != 2 || numbers(fri.Live.Pending) != "F,C" {
		t.Errorf("today %+v %v", fri.Live, err)
	}
}

func TestADayAcrossTheClockChangeIsTwentyFiveHours(t *testing.T) {
	d := newDay(t)
	d.ticket("2026-10-24T22:30:00Z", "Sunday 00:30") // 00:30 CEST on Sunday 25 October
	d.ticket("2026-10-25T22:30:00Z", "Sunday 23:30") // 23:30 CET, the same Sunday
	d.ticket("2026-10-25T23:30:00Z", "Monday 00:30")
	d.now = at("2026-10-26T10:00:00Z")
	got, err := d.sum.Day(d.owner, d.people, "2026-10-25")
	if err != nil || got.Live.Received.Count != 2 || numbers(got.Live.Received) != "Sunday 00:30,Sunday 23:30" {
		t.Fatalf("the 25-hour Sunday: %+v %v", got.Live.Received, err)
	}
}

func TestSavedSummariesAreFixedEditsShowAndConflictsAreRefused(t *testing.T) {
	d := newDay(t)
	d.ticket("2026-12-03T09:00:00Z", "Morning")
	d.now = at("2026-12-03T16:00:00Z")
	if _, err := d.sum.Email(d.rep, "2026-12-03"); err != summaries.ErrNotSaved {
		t.Fatalf("emailed before saving: %v", err)
	}
	s, err := d.sum.Save(d.rep, d.people, "2026-12-03", summaries.Text{Notable: "The courier lost two parcels.", Highlights: "Sam calmed a VIP."})
	if err != nil || s.Version != 1 || s.Figures.Received.Count != 1 || s.PreparedBy != "Riley Rep" {
		t.Fatalf("saved %+v %v", s, err)
	}
	// Later tickets do not change the saved figures.
	d.ticket("2026-12-03T16:30:00Z", "Late afternoon")
	got, _ := d.sum.Day(d.rep, d.people, "2026-12-03")
	if got.Saved == nil || got.Saved.Figures.Received.Count != 1 || got.Live.Received.Count != 2 {
		t.Fatalf("saved %+v live %+v", got.Saved, got.Live.Received)
	}
	// The owner edits; the rep, still on version 1, is refused and told who.
	d.now = at("2026-12-03T21:00:00Z")
	s2, err := d.sum.Save(d.owner, d.people, "2026-12-03", summaries.Text{Notable: "The courier lost two parcels; claim filed.", Highlights: "Sam calmed a VIP.", Version: 1})
	if err != nil || len(s2.Edits) != 1 || s2.Edits[0].By != "Maya Owner" || s2.Edits[0].Notable != "The courier lost two parcels." {
		t.Fatalf("edited %+v %v", s2, err)
	}
	_, err = d.sum.Save(d.rep, d.people, "2026-12-03", summaries.Text{Notable: "mine", Version: 1})
	if err == nil || !strings.Contains(err.Error(), "Maya Owner saved the summary for Thursday 3 December") {
		t.Fatalf("a stale save: %v", err)
	}
	_, err = d.sum.Save(d.rep, d.people, "2026-12-03", summaries.Text{Notable: "mine too"})
	if err == nil || !strings.Contains(err.Error(), "saved the summary") {
		t.Fatalf("a second first save: %v", err)
	}
	// Emailed to the owner, from the template, with the figures.
	s3, err := d.sum.Email(d.rep, "2026-12-03")
	if err != nil || len(s3.Emailed) != 1 || s3.Emailed[0].To != "maya@shop.example" {
		t.Fatalf("emailed %+v %v", s3, err)
	}
	var m outbox.Message
	d.db.View(func(tx *bolt.Tx) error { m, err = outbox.Get(tx, s3.Emailed[0].Mail); return err })
	if err != nil || m.Subject != "End-of-day summary for Thursday 3 December 2026" || !strings.Contains(m.Text, "Tickets received:    1") ||
		!strings.Contains(m.Text, "claim filed") || !strings.Contains(m.Text, "Edited by Maya Owner") {
		t.Fatalf("the email: %q %q %v", m.Subject, m.Text, err)
	}
}

func TestWhoMayPrepareWhichDay(t *testing.T) {
	d := newDay(t)
	d.now = at("2026-12-03T16:00:00Z")
	if _, err := d.sum.Day(d.rep, d.people, "2026-12-02"); err == nil || !strings.Contains(err.Error(), "only the owner") {
		t.Fatalf("a rep on yesterday: %v", err)
	}
	if _, err := d.sum.Save(d.rep, d.people, "2026-12-02", summaries.Text{}); err == nil || !strings.Contains(err.Error(), "only the owner") {
		t.Fatalf("a rep saves yesterday: %v", err)
	}
	if _, err := d.sum.Day(d.owner, d.people, "2026-12-04"); err == nil || !strings.Contains(err.Error(), "not happened yet") {
		t.Fatalf("tomorrow: %v", err)
	}
	if _, err := d.sum.Day(d.owner, d.people, "3/12/2026"); err == nil || !strings.Contains(err.Error(), "not a date") {
		t.Fatalf("a bad date: %v", err)
	}
	if _, err := d.sum.Day(d.owner, d.people, "2026-12-02"); err != nil {
		t.Fatalf("the owner on yesterday: %v", err)
	}
}
