package sample_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/sample"
	"shopdesk/backend/settings"
	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

var end = time.Date(2026, 10, 30, 16, 0, 0, 0, time.UTC)

func small(seed uint64, n int) sample.Options {
	return sample.Options{Seed: seed, Customers: n / 3, Tickets: n, Now: end, PasswordCost: 4}
}

// shopOf is what two runs must agree on.
type shopOf struct {
	Result   sample.Result
	Subjects []string
	Orders   []string
	Emails   []string
}

func generate(t *testing.T, opts sample.Options) (*store.DB, shopOf) {
	t.Helper()
	db := storetest.Open(t)
	res, err := sample.Generate(db, opts)
	if err != nil {
		t.Fatal(err)
	}
	res.Elapsed = 0
	for i := range res.Staff {
		res.Staff[i].CreatedAt = res.Staff[i].CreatedAt.UTC()
	}
	res.Owner = res.Staff[0]
	out := shopOf{Result: res}
	err = db.View(func(tx *bolt.Tx) error {
		for id := uint64(1); ; id++ {
			tk, err := tickets.Get(tx, id)
			if errors.Is(err, tickets.ErrNotFound) {
				return nil
			} else if err != nil {
				return err
			}
			c, err := customers.Get(tx, tk.CustomerID)
			if err != nil {
				return err
			}
			out.Subjects = append(out.Subjects, tk.Subject)
			out.Orders = append(out.Orders, tk.OrderNumber)
			out.Emails = append(out.Emails, c.Email)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return db, out
}

func TestSameSeedSameShop(t *testing.T) {
	t.Parallel()
	_, a := generate(t, small(7, 300))
	_, b := generate(t, small(7, 300))
	if !reflect.DeepEqual(a, b) {
		t.Errorf("two runs with one seed differ:\n%+v\n%+v", a.Result, b.Result)
	}
	if a.Result.Tickets != 300 || a.Result.Customers != 100 || len(a.Subjects) != 300 {
		t.Errorf("made %d tickets (%d read back) and %d customers, want 300 and 100", a.Result.Tickets, len(a.Subjects), a.Result.Customers)
	}
	_, c := generate(t, small(8, 300))
	if reflect.DeepEqual(a.Subjects, c.Subjects) {
		t.Error("another seed made the same tickets")
	}
}

func TestSampleLooksLikeARealShop(t *testing.T) {
	t.Parallel()
	opts := small(0, 1500)
	opts.RememberOwner = true
	db, shop := generate(t, opts)
	res := shop.Result

	if res.Owner.Name != "Maya Chen" || res.Owner.Role != users.Owner || len(res.Staff) != 4 {
		t.Errorf("staff = %+v, want Maya Chen as owner and three reps", res.Staff)
	}
	us := users.New(db)
	for _, p := range res.Staff {
		if _, err := us.SignIn(p.ID, sample.Password); err != nil {
			t.Errorf("%s cannot sign in with the documented password: %v", p.Name, err)
		}
	}
	shopSettings, err := settings.Load(db)
	if err != nil {
		t.Fatal(err)
	}
	if shopSettings.StoreName != sample.StoreName || shopSettings.RememberedUser != res.Owner.ID {
		t.Errorf("settings = %+v, want the sample store with the owner remembered", shopSettings)
	}

	// About three messages a ticket, most tickets done, a backlog left.
	if per := float64(res.Messages) / float64(res.Tickets); per < 2.6 || per > 3.6 {
		t.Errorf("%.2f messages a ticket, want about 3", per)
	}
	done := res.Statuses[tickets.StatusResolved] + res.Statuses[tickets.StatusClosed]
	if done < res.Tickets*80/100 || done == res.Tickets {
		t.Errorf("statuses %v: want most, but not all, resolved or closed", res.Statuses)
	}
	for _, st := range []tickets.Status{tickets.StatusNew, tickets.StatusOpen, tickets.StatusPending, tickets.StatusResolved, tickets.StatusClosed} {
		if res.Statuses[st] == 0 {
			t.Errorf("no %s tickets in %v", st, res.Statuses)
		}
	}

	ts, err := tickets.New(db, customers.NewDirectory(db))
	if err != nil {
		t.Fatal(err)
	}
	ts.SetClock(func() time.Time { return end })
	counts := ts.Counts(res.Owner.ID)
	if counts[tickets.ViewAll] != res.Tickets || counts[tickets.ViewOverdue] == 0 || counts[tickets.ViewMine] == 0 {
		t.Errorf("view counts %v: want every ticket, some overdue, some Maya's", counts)
	}
	first, err := ts.List(tickets.Query{View: tickets.ViewAll, Sort: tickets.SortCreated, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	newest := first.Items[0]
	if newest.CreatedAt.After(end) || newest.CreatedAt.Before(end.Add(-7*24*time.Hour)) {
		t.Errorf("newest ticket was made %v, want within the week before %v", newest.CreatedAt, end)
	}

	// Orders look like the shop's, and search finds them and the customers.
	var order, email string
	for i, o := range shop.Orders {
		if o != "" {
			order, email = o, shop.Emails[i]
			break
		}
	}
	if len(order) != 9 || order[:3] != "SD-" {
		t.Errorf("order number %q, want SD- and six digits", order)
	}
	for _, q := range []string{order, email, "refund", "tracking delivery"} {
		p, err := ts.List(tickets.Query{Search: q})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Items) == 0 {
			t.Errorf("search %q found nothing", q)
		}
	}

	// The history was written by the ticket rules: every ticket has its
	// created event, and every resolved one a resolved event.
	err = db.View(func(tx *bolt.Tx) error {
		for id := uint64(1); id <= uint64(res.Tickets); id += 37 {
			tk, err := tickets.Get(tx, id)
			if err != nil {
				return err
			}
			evs, err := tickets.Events(tx, id)
			if err != nil {
				return err
			}
			kinds := map[tickets.EventKind]bool{}
			for _, e := range evs {
				kinds[e.Kind] = true
				if e.At.Before(tk.CreatedAt) || e.At.After(end) {
					t.Errorf("ticket %d: event %s at %v, outside %v … %v", id, e.Kind, e.At, tk.CreatedAt, end)
				}
			}
			if !kinds[tickets.EvCreated] || (tk.ResolvedAt != nil) != kinds[tickets.EvResolved] {
				t.Errorf("ticket %d (%s) has events %v", id, tk.Status, kinds)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestGenerateRefusesAShopWithData(t *testing.T) {
	db, _ := generate(t, small(1, 30))
	if _, err := sample.Generate(db, small(1, 30)); !errors.Is(err, sample.ErrNotEmpty) {
		t.Errorf("second fill: %v, want ErrNotEmpty", err)
	}
}

func TestDemoFillsOnlyANewFile(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "shop.db")
	filled, err := sample.Demo(path)
	if err != nil || !filled {
		t.Fatalf("demo on a new file: filled %v, %v", filled, err)
	}
	filled, err = sample.Demo(path)
	if err != nil || filled {
		t.Fatalf("demo on a full file: filled %v, %v; want it left alone", filled, err)
	}
	db := storetest.OpenAt(t, path)
	ts, err := tickets.New(db, customers.NewDirectory(db))
	if err != nil {
		t.Fatal(err)
	}
	if n, want := ts.Counts(0)[tickets.ViewAll], sample.DemoOptions().Tickets; n != want {
		t.Errorf("the demo file has %d tickets, want %d", n, want)
	}
	shop, err := settings.Load(db)
	if err != nil {
		t.Fatal(err)
	}
	if shop.RememberedUser == 0 {
		t.Error("the demo does not open on the inbox: nobody is remembered")
	}
	if _, err := os.Stat(path + ".part"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a .part file was left behind: %v", err)
	}
}

func TestDemoLeavesAForeignFileAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(path, []byte("shopping list: milk, eggs"), 0o600); err != nil {
		t.Fatal(err)
	}
	filled, err := sample.Demo(path)
	if err != nil || filled {
		t.Errorf("demo on a foreign file: filled %v, %v; want it left for the app to refuse", filled, err)
	}
	if b, _ := os.ReadFile(path); string(b) != "shopping list: milk, eggs" {
		t.Errorf("the foreign file was changed: %q", b)
	}
}
