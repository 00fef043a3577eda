package tickets_test

import (
	"testing"
	"time"

	"shopdesk/backend/calendar"
	"shopdesk/backend/settings"
	"shopdesk/backend/tickets"
)

func nineToFive(tz string) calendar.Hours {
	w := make([]calendar.Day, 7)
	for i := range w {
		w[i] = calendar.Day{Open: "09:00", Close: "17:00", Closed: i >= 5}
	}
	return calendar.Hours{TimeZone: tz, Week: w}
}

func (d *desk) setHours(t *testing.T, h calendar.Hours) {
	t.Helper()
	shop, err := settings.Load(d.db)
	if err != nil {
		t.Fatal(err)
	}
	shop.StoreName, shop.Hours = "Oak & Ash", h
	if err := d.t.SaveSettings(settings.Form(shop)); err != nil {
		t.Fatal(err)
	}
}

func (d *desk) overdue(t *testing.T) []uint64 {
	t.Helper()
	p, err := d.t.List(tickets.Query{View: tickets.ViewOverdue, Sort: tickets.SortDue, Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	return ids(p)
}

// A ticket that came in on Friday evening is not overdue on Saturday when
// the shop works Monday to Friday, 9 to 5: its first reply is due Monday.
func TestFridayEveningTicketIsNotOverdueOnSaturday(t *testing.T) {
	d := newDesk(t)
	berlin, _ := time.LoadLocation("Europe/Berlin")
	d.clock.t = time.Date(2026, 12, 4, 18, 0, 0, 0, berlin)
	d.setHours(t, nineToFive("Europe/Berlin"))
	d.clock.add(30 * time.Minute)
	tk := d.create(t, tickets.NewTicket{Priority: tickets.Normal}) // 4h first response

	if want := time.Date(2026, 12, 7, 13, 0, 0, 0, berlin); !tk.FirstResponseDue.Equal(want) {
		t.Errorf("first response due %s, want Monday 13:00", tk.FirstResponseDue.In(berlin))
	}
	d.clock.t = time.Date(2026, 12, 5, 12, 0, 0, 0, berlin)
	if got := d.overdue(t); len(got) != 0 {
		t.Errorf("overdue on Saturday: %v", got)
	}
	if c := d.t.Counts(0)[tickets.ViewOverdue]; c != 0 {
		t.Errorf("sidebar counts %d overdue on Saturday", c)
	}
	d.clock.t = time.Date(2026, 12, 7, 13, 1, 0, 0, berlin)
	if got := d.overdue(t); len(got) != 1 || got[0] != tk.ID {
		t.Errorf("overdue on Monday 13:01: %v, want the ticket", got)
	}
}

// Without business hours the clock runs around the clock, as before.
func TestNoHoursCountsEveryHour(t *testing.T) {
	d := newDesk(t)
	tk := d.create(t, tickets.NewTicket{Priority: tickets.Normal})
	if got := tk.FirstResponseDue.Sub(tk.CreatedAt); got != 4*time.Hour {
		t.Errorf("first response after %s, want 4h", got)
	}
}

// Waiting on the customer pauses the resolution clock, by business time.
func TestPendingPausesResolution(t *testing.T) {
	d := newDesk(t)
	d.clock.t = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC) // Monday
	d.setHours(t, nineToFive("UTC"))
	tk := d.create(t, tickets.NewTicket{Priority: tickets.Normal}) // resolution 24h of business time
	due := tk.ResolutionDue
	d.clock.add(time.Hour)
	tk, err := d.t.Update(d.rep, tk.ID, tk.Version, tickets.Change{Status: ptr(tickets.StatusPending)})
	if err != nil {
		t.Fatal(err)
	}
	d.clock.add(26 * time.Hour) // Tuesday 12:00: 10 business hours of waiting (7 Monday, 3 Tuesday)
	tk, _, err = d.t.AddMessage(tickets.Actor{}, tk.ID, tickets.FromCustomer, "Here is the photo.")
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 12, 2, 17, 0, 0, 0, time.UTC); !due.Equal(want) {
		t.Errorf("resolution first due %s, want Wednesday 17:00", due)
	}
	if want := time.Date(2026, 12, 4, 11, 0, 0, 0, time.UTC); !tk.ResolutionDue.Equal(want) {
		t.Errorf("resolution due %s after the wait, want Friday 11:00 (10 business hours later)", tk.ResolutionDue)
	}
}

// Changing priority or channel takes the new targets.
func TestPriorityAndChannelRetarget(t *testing.T) {
	d := newDesk(t)
	tk := d.create(t, tickets.NewTicket{Priority: tickets.Low})
	tk, err := d.t.Update(d.rep, tk.ID, tk.Version, tickets.Change{Priority: ptr(tickets.Urgent)})
	if err != nil {
		t.Fatal(err)
	}
	if got := tk.FirstResponseDue.Sub(tk.CreatedAt); got != time.Hour {
		t.Errorf("urgent first response after %s, want 1h", got)
	}
	tk, err = d.t.Update(d.rep, tk.ID, tk.Version, tickets.Change{Channel: ptr(tickets.Channel("chat"))})
	if err != nil {
		t.Fatal(err)
	}
	if got := tk.FirstResponseDue.Sub(tk.CreatedAt); got != 10*time.Minute {
		t.Errorf("chat first response after %s, want 10m", got)
	}
}

// Setting hours moves open tickets' due times, and the lists agree after
// the file is reopened.
func TestSettingHoursRetimesOpenTickets(t *testing.T) {
	d := newDesk(t)
	berlin, _ := time.LoadLocation("Europe/Berlin")
	d.clock.t = time.Date(2026, 12, 4, 18, 30, 0, 0, berlin)
	tk := d.create(t, tickets.NewTicket{Priority: tickets.Normal})
	d.clock.add(time.Minute)
	d.setHours(t, nineToFive("Europe/Berlin"))
	got, err := d.t.Get(tk.ID)
	if err != nil {
		t.Fatal(err)
	}
	// One minute was counted around the clock before the hours took effect.
	if want := time.Date(2026, 12, 7, 12, 59, 0, 0, berlin); !got.Ticket.FirstResponseDue.Equal(want) {
		t.Errorf("due %s after setting hours, want Monday 12:59", got.Ticket.FirstResponseDue.In(berlin))
	}
	d.clock.t = time.Date(2026, 12, 5, 12, 0, 0, 0, berlin)
	if ov := d.overdue(t); len(ov) != 0 {
		t.Errorf("overdue after setting hours: %v", ov)
	}
}

// A customer who writes again on a resolved ticket gets a fresh resolution
// target from their message, not one long past.
func TestCustomerReopenRestartsResolution(t *testing.T) {
	d := newDesk(t)
	tk := d.create(t, tickets.NewTicket{Priority: tickets.Normal}) // 24h resolution
	tk, _, err := d.t.AddMessage(d.rep, tk.ID, tickets.Reply, "A new lamp is on its way.")
	if err != nil {
		t.Fatal(err)
	}
	tk, err = d.t.Update(d.rep, tk.ID, tk.Version, tickets.Change{Status: ptr(tickets.StatusResolved)})
	if err != nil {
		t.Fatal(err)
	}
	d.clock.add(72 * time.Hour)
	tk, _, err = d.t.AddMessage(tickets.Actor{}, tk.ID, tickets.FromCustomer, "It broke again.")
	if err != nil {
		t.Fatal(err)
	}
	if want := d.clock.now().Add(24 * time.Hour); !tk.ResolutionDue.Equal(want) {
		t.Errorf("resolution due %s after reopening, want %s", tk.ResolutionDue, want)
	}
	if got := d.overdue(t); len(got) != 0 {
		t.Errorf("reopened ticket overdue at once: %v", got)
	}
}
