package reviews_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/escalations"
	"shopdesk/backend/reviews"
	"shopdesk/backend/tickets"
)

// resolvedBy makes a ticket answered by who and resolved.
func (q *qa) resolvedBy(who reviews.Person, subject string) tickets.Ticket {
	q.t.Helper()
	a := tickets.Actor{ID: who.ID, Name: who.Name}
	tk, err := q.tix.Create(a, tickets.NewTicket{Subject: subject, CustomerEmail: "c@shop.example", Message: "Hi"})
	if err != nil {
		q.t.Fatal(err)
	}
	q.now = q.now.Add(time.Minute)
	if _, _, err := q.tix.AddMessage(a, tk.ID, tickets.Reply, "Sorted."); err != nil {
		q.t.Fatal(err)
	}
	cur, _ := q.tix.Get(tk.ID)
	resolved := tickets.StatusResolved
	if tk, err = q.tix.Update(a, tk.ID, cur.Ticket.Version, tickets.Change{Status: &resolved}); err != nil {
		q.t.Fatal(err)
	}
	return tk
}

func subjects(s []reviews.Suggestion) []string {
	var out []string
	for _, x := range s {
		out = append(out, x.Subject+"("+strings.Join(x.Why, "+")+")")
	}
	return out
}

func TestTheQueueSamplesEachRepTheSameWayEveryTime(t *testing.T) {
	q := newQA(t)
	week := q.now.Truncate(24 * time.Hour)
	var rileys []tickets.Ticket
	for i := range 8 {
		rileys = append(rileys, q.resolvedBy(riley, "Riley "+string(rune('A'+i))))
	}
	for i := range 3 {
		q.resolvedBy(sam, "Sam "+string(rune('A'+i)))
	}
	q.resolvedBy(maya, "Maya alone")
	// Riley's B came back: reopened; an escalation on Sam's ticket.
	b := rileys[1]
	cur, _ := q.tix.Get(b.ID)
	open := tickets.StatusOpen
	q.tix.Update(tickets.Actor{ID: riley.ID, Name: riley.Name}, b.ID, cur.Ticket.Version, tickets.Change{Status: &open})
	q.db.Update(func(tx *bolt.Tx) error {
		_, err := escalations.Imported(tx, escalations.Escalation{TicketID: 9, Subject: "Sam A", Reason: escalations.VIP, OpenedAt: q.now,
			Step: escalations.Notified, Steps: []escalations.Done{{Step: escalations.Notified, At: q.now}}})
		return err
	})
	var first, again []reviews.Suggestion
	q.db.View(func(tx *bolt.Tx) (err error) {
		if first, err = reviews.Queue(tx, week, 3, maya.ID); err != nil {
			t.Fatal(err)
		}
		again, _ = reviews.Queue(tx, week, 3, maya.ID)
		return nil
	})
	if !slices.Equal(subjects(first), subjects(again)) {
		t.Fatalf("the same week gave two samples:\n%v\n%v", subjects(first), subjects(again))
	}
	perRep := map[string]int{}
	for _, s := range first {
		if slices.Contains(s.Why, reviews.WhySample) {
			perRep[s.Rep]++
		}
		if s.Subject == "Maya alone" {
			t.Fatalf("the owner's own ticket was suggested: %v", subjects(first))
		}
	}
	if perRep["Riley Rep"] != 3 || perRep["Sam Rep"] != 3 {
		t.Fatalf("sampled per rep %v: %v", perRep, subjects(first))
	}
	got := strings.Join(subjects(first), " ")
	if !strings.Contains(got, "Riley B(") || !strings.Contains(got, "reopened") || !strings.Contains(got, "escalated") {
		t.Fatalf("flagged ones missing: %v", got)
	}
	// Another week samples differently (or at least is allowed to), and a
	// reviewed ticket drops out.
	if _, err := q.start(maya, rileys[0], riley.ID); err != nil {
		t.Fatal(err)
	}
	q.db.View(func(tx *bolt.Tx) error {
		after, _ := reviews.Queue(tx, week, 10, maya.ID)
		for _, s := range after {
			if s.TicketID == rileys[0].ID {
				t.Fatalf("a reviewed ticket is still suggested")
			}
		}
		return nil
	})
}
