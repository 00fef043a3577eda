package tickets_test

import (
	"math/rand"
	"path/filepath"
	"reflect"
	"testing"

	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/tickets"
)

// TestIndexesSurviveUpdatesDeletesAndRestart changes tickets at random, then
// checks that the lists answered from memory equal the lists answered after
// reopening the file (rows read back from bbolt), and that search agrees.
func TestIndexesSurviveUpdatesDeletesAndRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shop.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := openDesk(t, db)
	rng := rand.New(rand.NewSource(42))
	var live []tickets.Ticket
	words := []string{"lamp", "rug", "chair", "vase"}
	for i := 0; i < 200; i++ {
		switch op := rng.Intn(10); {
		case op < 5 || len(live) == 0:
			live = append(live, d.create(t, tickets.NewTicket{Subject: words[rng.Intn(4)] + " issue", OrderNumber: "SD-" + words[rng.Intn(4)], Priority: tickets.Priorities[rng.Intn(4)]}))
		case op < 8:
			k := rng.Intn(len(live))
			tk, err := d.t.Update(d.rep, live[k].ID, live[k].Version, tickets.Change{
				Status: ptr(tickets.Statuses[rng.Intn(6)]), Subject: ptr(words[rng.Intn(4)] + " problem"),
				OrderNumber: ptr("SD-" + words[rng.Intn(4)]), Tags: &[]string{words[rng.Intn(4)]}})
			if err != nil {
				t.Fatal(err)
			}
			live[k] = tk
		default:
			k := rng.Intn(len(live))
			if err := d.t.Delete(live[k].ID); err != nil {
				t.Fatal(err)
			}
			live = append(live[:k], live[k+1:]...)
		}
	}
	queries := []tickets.Query{{}, {View: tickets.ViewOpen, Sort: tickets.SortPriority}, {View: tickets.ViewResolved, Sort: tickets.SortDue}, {Tag: "rug"}}
	for _, w := range words {
		queries = append(queries, tickets.Query{Search: w}, tickets.Query{Search: "SD-" + w})
	}
	before := listAll(t, d.t, queries)

	// Every live ticket is found by its subject word and order number.
	for _, tk := range live {
		p, _ := d.t.List(tickets.Query{Search: tk.Subject + " " + tk.OrderNumber, Limit: 200})
		found := false
		for _, s := range p.Items {
			found = found || s.ID == tk.ID
		}
		if !found {
			t.Fatalf("ticket %d (%q, %s) not found by its own words", tk.ID, tk.Subject, tk.OrderNumber)
		}
	}
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db2 := storetest.OpenAt(t, path)
	d2 := openDesk(t, db2)
	after := listAll(t, d2.t, queries)
	if !reflect.DeepEqual(before, after) {
		t.Errorf("lists differ after reopening the file")
	}
	if n := d2.t.Counts(0)[tickets.ViewAll]; n != len(live) {
		t.Errorf("after reopening, %d tickets, want %d", n, len(live))
	}
}

func listAll(t *testing.T, s *tickets.Service, qs []tickets.Query) [][]uint64 {
	t.Helper()
	var out [][]uint64
	for _, q := range qs {
		q.Limit = 200
		p, err := s.List(q)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ids(p))
	}
	return out
}
