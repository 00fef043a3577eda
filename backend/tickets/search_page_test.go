package tickets_test

import (
	"fmt"
	"testing"

	"shopdesk/backend/tickets"
)

// TestSearchPagesNeverRepeatOrSkip walks a search page by page while
// tickets are written, with the ticket whose number was typed pinned first
// and also matching by its words (the tie the pinned rank must break).
func TestSearchPagesNeverRepeatOrSkip(t *testing.T) {
	d := newDesk(t)
	var want []uint64
	for i := range 9 {
		tk := d.create(t, tickets.NewTicket{Subject: fmt.Sprintf("Parcel %d", i), Message: "About ticket 1004, the lamp."})
		want = append(want, tk.ID)
	}
	d.create(t, tickets.NewTicket{Subject: "Unrelated", Message: "A question about socks."})
	for _, limit := range []int{1, 2, 3, 4, 50} {
		t.Run(fmt.Sprintf("%d a page", limit), func(t *testing.T) {
			seen := map[uint64]int{}
			var order []uint64
			cursor := ""
			for pages := 0; ; pages++ {
				if pages > 20 {
					t.Fatal("the pages never end")
				}
				p, err := d.t.List(tickets.Query{Search: "1004", Cursor: cursor, Limit: limit})
				if err != nil {
					t.Fatal(err)
				}
				for _, it := range p.Items {
					seen[it.ID]++
					order = append(order, it.ID)
				}
				// A concurrent write between pages: a new match, and an
				// old match changed.
				if pages == 0 {
					d.create(t, tickets.NewTicket{Subject: "New", Message: "Also ticket 1004."})
					if _, _, err := d.t.AddMessage(d.rep, want[0], tickets.Note, "1004 again"); err != nil {
						t.Fatal(err)
					}
				}
				if p.Next == "" {
					break
				}
				cursor = p.Next
			}
			if len(order) == 0 || order[0] != 4 {
				t.Errorf("first result = %v, want ticket #1004 pinned first", order)
			}
			for _, id := range want {
				if seen[id] != 1 {
					t.Errorf("ticket %d listed %d times, want once (order %v)", id, seen[id], order)
				}
			}
			for id, n := range seen {
				if n > 1 {
					t.Errorf("ticket %d repeated", id)
				}
			}
		})
	}
	if _, err := d.t.List(tickets.Query{Search: "1004", Cursor: "s1.zz!"}); err == nil {
		t.Error("a damaged search cursor was accepted")
	}
}
