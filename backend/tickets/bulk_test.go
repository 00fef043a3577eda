package tickets_test

import (
	"errors"
	"testing"

	"shopdesk/backend/tickets"
)

func TestUpdateManyChangesEveryTicketInOneGo(t *testing.T) {
	d := newDesk(t)
	a := d.create(t, tickets.NewTicket{Tags: []string{"damaged"}})
	b := d.create(t, tickets.NewTicket{})
	c := d.create(t, tickets.NewTicket{})

	got, err := d.t.UpdateMany(d.owner, []uint64{a.ID, b.ID}, tickets.BulkChange{
		AssigneeID: ptr(d.rep.ID), Priority: ptr(tickets.High), AddTag: "courier",
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("changed %d tickets, want 2", len(got))
	}
	for _, id := range []uint64{a.ID, b.ID} {
		dt, err := d.t.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		tk := dt.Ticket
		if tk.AssigneeID != d.rep.ID || tk.Priority != tickets.High || tk.Version != 2 {
			t.Errorf("#%d: assignee %d, priority %s, version %d; want %d, high, 2", tk.Number, tk.AssigneeID, tk.Priority, tk.Version, d.rep.ID)
		}
	}
	da, _ := d.t.Get(a.ID)
	if want := []string{"damaged", "courier"}; len(da.Ticket.Tags) != 2 || da.Ticket.Tags[0] != want[0] || da.Ticket.Tags[1] != want[1] {
		t.Errorf("tags = %v, want the ticket's own tag kept and %v added", da.Ticket.Tags, want)
	}
	dc, _ := d.t.Get(c.ID)
	if dc.Ticket.Version != 1 {
		t.Errorf("an unselected ticket changed: version %d", dc.Ticket.Version)
	}
	// The inbox list sees the change at once.
	mine, err := d.t.List(tickets.Query{View: "mine", Me: d.rep.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(mine.Items) != 2 {
		t.Errorf("the rep's list shows %d tickets, want the 2 assigned", len(mine.Items))
	}
}

func TestUpdateManyIsAllOrNothing(t *testing.T) {
	d := newDesk(t)
	a := d.create(t, tickets.NewTicket{})
	_, err := d.t.UpdateMany(d.owner, []uint64{a.ID, 999_999}, tickets.BulkChange{Status: ptr(tickets.StatusPending)})
	if !errors.Is(err, tickets.ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	da, _ := d.t.Get(a.ID)
	if da.Ticket.Status != tickets.StatusNew || da.Ticket.Version != 1 {
		t.Errorf("the known ticket changed although the change failed: %s v%d", da.Ticket.Status, da.Ticket.Version)
	}
}

func TestUpdateManyRefusesWhatItCannotDo(t *testing.T) {
	d := newDesk(t)
	a := d.create(t, tickets.NewTicket{})
	bad := tickets.Status("gone")
	cases := map[string]struct {
		ids []uint64
		c   tickets.BulkChange
	}{
		"nothing selected":  {nil, tickets.BulkChange{Status: ptr(tickets.StatusOpen)}},
		"nothing to change": {[]uint64{a.ID}, tickets.BulkChange{}},
		"an unknown status": {[]uint64{a.ID}, tickets.BulkChange{Status: &bad}},
		"too many at once":  {make([]uint64, tickets.MaxBulk+1), tickets.BulkChange{Status: ptr(tickets.StatusOpen)}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := d.t.UpdateMany(d.owner, tc.ids, tc.c); err == nil {
				t.Error("no error")
			}
		})
	}
}
