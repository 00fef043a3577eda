package tickets_test

import (
	"testing"

	"shopdesk/backend/settings"
	"shopdesk/backend/tickets"
)

func setLeaveUnassigned(t *testing.T, d *desk, leave bool) {
	t.Helper()
	shop, err := settings.Load(d.db)
	if err != nil {
		t.Fatal(err)
	}
	shop.LeaveNewUnassigned = leave
	if err := settings.Save(d.db, shop); err != nil {
		t.Fatal(err)
	}
}

func TestNewTicketGoesToWhoeverLoggedIt(t *testing.T) {
	d := newDesk(t)
	setLeaveUnassigned(t, d, false)
	cases := []struct {
		name  string
		leave bool
		in    tickets.NewTicket
		want  uint64
	}{
		{"logged by the rep", false, tickets.NewTicket{}, d.rep.ID},
		{"given to someone else", false, tickets.NewTicket{AssigneeID: d.owner.ID}, d.owner.ID},
		{"setting off", true, tickets.NewTicket{}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			setLeaveUnassigned(t, d, c.leave)
			tk := d.create(t, c.in)
			if tk.AssigneeID != c.want {
				t.Errorf("assignee = %d, want %d", tk.AssigneeID, c.want)
			}
			det, err := d.t.Get(tk.ID)
			if err != nil {
				t.Fatal(err)
			}
			assigned := false
			for _, e := range det.Events {
				assigned = assigned || e.Kind == tickets.EvAssigned
			}
			if assigned != (c.want != 0) {
				t.Errorf("assigned event present = %v, want %v", assigned, c.want != 0)
			}
		})
	}
}

func TestAFreshShopAssignsByDefault(t *testing.T) {
	d := newDesk(t)
	// A settings record written before the setting existed.
	if err := settings.Save(d.db, settings.Shop{StoreName: "Old shop", Targets: settings.DefaultTargets()}); err != nil {
		t.Fatal(err)
	}
	if tk := d.create(t, tickets.NewTicket{}); tk.AssigneeID != d.rep.ID {
		t.Errorf("assignee = %d, want the rep who created it (%d)", tk.AssigneeID, d.rep.ID)
	}
}

func TestReplyTakesAnUnassignedTicket(t *testing.T) {
	d := newDesk(t)
	tk := d.create(t, tickets.NewTicket{})
	if tk.AssigneeID != 0 {
		t.Fatalf("ticket starts assigned to %d", tk.AssigneeID)
	}
	got, _, err := d.t.AddMessage(d.owner, tk.ID, tickets.Note, "Looking into it.")
	if err != nil {
		t.Fatal(err)
	}
	if got.AssigneeID != 0 {
		t.Errorf("a note assigned the ticket to %d", got.AssigneeID)
	}
	got, _, err = d.t.AddMessage(d.owner, tk.ID, tickets.Reply, "It ships today.")
	if err != nil {
		t.Fatal(err)
	}
	if got.AssigneeID != d.owner.ID {
		t.Errorf("after the owner replied, assignee = %d, want %d", got.AssigneeID, d.owner.ID)
	}
	mine, err := d.t.List(tickets.Query{View: tickets.ViewMine, Me: d.owner.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(mine.Items) != 1 {
		t.Errorf("the owner's view lists %d tickets, want the one replied to", len(mine.Items))
	}
	// Someone else replying later does not take it over.
	got, _, err = d.t.AddMessage(d.rep, tk.ID, tickets.Reply, "Tracking: 123.")
	if err != nil {
		t.Fatal(err)
	}
	if got.AssigneeID != d.owner.ID {
		t.Errorf("a second replier took the ticket: assignee = %d", got.AssigneeID)
	}
}
