package tickets_test

import (
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"testing"
	"time"

	"shopdesk/backend/tickets"
)

func TestSavedViewsAndCounts(t *testing.T) {
	d := newDesk(t)
	mine := d.create(t, tickets.NewTicket{AssigneeID: d.rep.ID})
	nobody := d.create(t, tickets.NewTicket{})
	done := d.create(t, tickets.NewTicket{})
	if _, err := d.t.Update(d.rep, done.ID, done.Version, tickets.Change{Status: ptr(tickets.StatusResolved)}); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		view string
		want []uint64
	}{
		{tickets.ViewMine, []uint64{mine.ID}},
		{tickets.ViewUnassigned, []uint64{nobody.ID}},
		{tickets.ViewOpen, []uint64{nobody.ID, mine.ID}},
		{tickets.ViewResolved, []uint64{done.ID}},
		{tickets.ViewAll, []uint64{done.ID, nobody.ID, mine.ID}},
	}
	counts := d.t.Counts(d.rep.ID)
	for _, c := range cases {
		p, err := d.t.List(tickets.Query{View: c.view, Me: d.rep.ID, Sort: tickets.SortCreated})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(ids(p), c.want) {
			t.Errorf("%s = %v, want %v", c.view, ids(p), c.want)
		}
		if counts[c.view] != len(c.want) || p.Total != len(c.want) {
			t.Errorf("%s: count %d, total %d, want %d", c.view, counts[c.view], p.Total, len(c.want))
		}
	}
	if _, err := d.t.List(tickets.Query{View: "everything"}); err == nil {
		t.Error("an unknown view was accepted")
	}
	if _, err := d.t.List(tickets.Query{Sort: "random"}); err == nil {
		t.Error("an unknown sort was accepted")
	}
	if _, err := d.t.List(tickets.Query{Cursor: "garbage"}); err == nil {
		t.Error("a damaged cursor was accepted")
	}
}

func TestFilters(t *testing.T) {
	d := newDesk(t)
	a := d.create(t, tickets.NewTicket{Priority: tickets.Urgent, Channel: "chat", Category: "shipping_delay", Tags: []string{"VIP"}})
	b := d.create(t, tickets.NewTicket{Priority: tickets.Low, Channel: "email", Category: "complaint", AssigneeID: d.owner.ID})
	one := func(q tickets.Query) []uint64 {
		t.Helper()
		p, err := d.t.List(q)
		if err != nil {
			t.Fatal(err)
		}
		return ids(p)
	}
	none := int64(0)
	owner := int64(d.owner.ID)
	cases := []struct {
		name string
		q    tickets.Query
		want []uint64
	}{
		{"priority", tickets.Query{Priorities: []tickets.Priority{tickets.Urgent}}, []uint64{a.ID}},
		{"channel", tickets.Query{Channels: []tickets.Channel{"email"}}, []uint64{b.ID}},
		{"category", tickets.Query{Categories: []tickets.Category{"shipping_delay", "complaint"}}, []uint64{b.ID, a.ID}},
		{"tag, any case", tickets.Query{Tag: "vip"}, []uint64{a.ID}},
		{"unassigned", tickets.Query{Assignee: &none}, []uint64{a.ID}},
		{"assignee", tickets.Query{Assignee: &owner}, []uint64{b.ID}},
		{"status", tickets.Query{Statuses: []tickets.Status{tickets.StatusNew}}, []uint64{b.ID, a.ID}},
		{"customer", tickets.Query{CustomerID: a.CustomerID}, []uint64{b.ID, a.ID}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := one(c.q); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

// TestPagesMatchAFullSort checks every sort, page by page, against sorting
// all tickets in plain Go.
func TestPagesMatchAFullSort(t *testing.T) {
	d := newDesk(t)
	rng := rand.New(rand.NewSource(7))
	var all []tickets.Ticket
	for i := 0; i < 120; i++ {
		d.clock.add(time.Duration(rng.Intn(90)) * time.Minute)
		tk := d.create(t, tickets.NewTicket{Priority: tickets.Priorities[rng.Intn(4)], Channel: tickets.Channels[rng.Intn(6)]})
		if rng.Intn(4) == 0 {
			tk, _, _ = d.t.AddMessage(d.rep, tk.ID, tickets.Reply, "on it")
		}
		if rng.Intn(5) == 0 {
			tk, _ = d.t.Update(d.rep, tk.ID, tk.Version, tickets.Change{Status: ptr(tickets.StatusClosed)})
		}
		all = append(all, tk)
	}
	// Touch some old tickets so update order differs from creation order.
	for i := 0; i < 30; i++ {
		d.clock.add(time.Minute)
		k := rng.Intn(len(all))
		all[k], _, _ = d.t.AddMessage(d.rep, all[k].ID, tickets.Note, "looked again")
	}
	rank := func(p tickets.Priority) int {
		for i, x := range tickets.Priorities {
			if x == p {
				return i
			}
		}
		return -1
	}
	due := func(t tickets.Ticket) int64 {
		if t.DueAt().IsZero() {
			return 1 << 62
		}
		return t.DueAt().UnixMilli()
	}
	less := map[string]func(a, b tickets.Ticket) bool{
		tickets.SortUpdated: func(a, b tickets.Ticket) bool {
			if !a.UpdatedAt.Equal(b.UpdatedAt) {
				return a.UpdatedAt.After(b.UpdatedAt)
			}
			return a.ID > b.ID
		},
		tickets.SortPriority: func(a, b tickets.Ticket) bool {
			if rank(a.Priority) != rank(b.Priority) {
				return rank(a.Priority) < rank(b.Priority)
			}
			if !a.UpdatedAt.Equal(b.UpdatedAt) {
				return a.UpdatedAt.After(b.UpdatedAt)
			}
			return a.ID > b.ID
		},
		tickets.SortDue: func(a, b tickets.Ticket) bool {
			if due(a) != due(b) {
				return due(a) < due(b)
			}
			if rank(a.Priority) != rank(b.Priority) {
				return rank(a.Priority) < rank(b.Priority)
			}
			return a.ID > b.ID
		},
		tickets.SortCreated: func(a, b tickets.Ticket) bool { return a.ID > b.ID },
	}
	for sortName, lessFn := range less {
		t.Run(sortName, func(t *testing.T) {
			want := append([]tickets.Ticket(nil), all...)
			sort.Slice(want, func(i, j int) bool { return lessFn(want[i], want[j]) })
			var got []uint64
			cursor := ""
			for pages := 0; ; pages++ {
				p, err := d.t.List(tickets.Query{Sort: sortName, Cursor: cursor, Limit: 17})
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, ids(p)...)
				if p.Next == "" {
					break
				}
				cursor = p.Next
				if pages > 20 {
					t.Fatal("paging never ends")
				}
			}
			var wantIDs []uint64
			for _, w := range want {
				wantIDs = append(wantIDs, w.ID)
			}
			if !reflect.DeepEqual(got, wantIDs) {
				t.Errorf("order differs:\n got %v\nwant %v", got, wantIDs)
			}
		})
	}
}

func TestSearch(t *testing.T) {
	d := newDesk(t)
	lamp := d.create(t, tickets.NewTicket{Subject: "Broken lamp", CustomerEmail: "ann.lee@example.com", CustomerName: "Ann Lee", OrderNumber: "SD-104233", Message: "The shade arrived cracked."})
	rug := d.create(t, tickets.NewTicket{Subject: "Rug colour", CustomerEmail: "bo@example.org", CustomerName: "Bo Jensen", Message: "Is the rug more red or orange?"})
	d.t.AddMessage(d.rep, rug.ID, tickets.Reply, "It is a warm terracotta, between the two.")
	cases := []struct {
		q    string
		want []uint64
	}{
		{"lamp", []uint64{lamp.ID}},
		{"LAMP cracked", []uint64{lamp.ID}},
		{"lamp rug", nil},
		{"terracotta", []uint64{rug.ID}},
		{"ann.lee@example.com", []uint64{lamp.ID}},
		{"example", []uint64{rug.ID, lamp.ID}},
		{"jensen", []uint64{rug.ID}},
		{"SD-104233", []uint64{lamp.ID}},
		{"sd-104233", []uint64{lamp.ID}},
		{"104233", []uint64{lamp.ID}},
		{"#1002", []uint64{rug.ID}},
		{"nothing-like-this", nil},
		{"the", nil},
	}
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			p, err := d.t.List(tickets.Query{Search: c.q})
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(p); !reflect.DeepEqual(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
				t.Errorf("search %q = %v, want %v", c.q, got, c.want)
			}
		})
	}
	// Search combines with filters, and a changed customer is found by the new name.
	p, _ := d.t.List(tickets.Query{Search: "example", Priorities: []tickets.Priority{tickets.Urgent}})
	if len(p.Items) != 0 {
		t.Errorf("filter ignored in search: %v", ids(p))
	}
	c, _ := d.cust.Get(rug.CustomerID)
	if _, err := d.cust.Update(c.ID, c.Version, customersInput(c.Email, "Bo Okafor")); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]int{"okafor": 1, "jensen": 0} {
		p, _ = d.t.List(tickets.Query{Search: q})
		if len(p.Items) != want {
			t.Errorf("after renaming the customer, %q finds %d tickets, want %d", q, len(p.Items), want)
		}
	}
}

func TestSearchPages(t *testing.T) {
	d := newDesk(t)
	var want []uint64
	for i := 0; i < 45; i++ {
		tk := d.create(t, tickets.NewTicket{Subject: fmt.Sprintf("parcel %d", i)})
		want = append([]uint64{tk.ID}, want...)
	}
	var got []uint64
	cursor := ""
	for {
		p, err := d.t.List(tickets.Query{Search: "parcel", Cursor: cursor, Limit: 20})
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, ids(p)...)
		if p.Next == "" {
			break
		}
		cursor = p.Next
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("search pages = %v, want %v", got, want)
	}
}
