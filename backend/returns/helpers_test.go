package returns_test

import (
	"fmt"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/orders"
	"shopdesk/backend/returns"
	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
)

var (
	owner = returns.Person{ID: 1, Name: "Maya Owner", Owner: true}
	rep   = returns.Person{ID: 2, Name: "Riley Rep"}
)

type shop struct {
	t   *testing.T
	db  *store.DB
	s   *returns.Service
	now time.Time
}

func newShop(t *testing.T) *shop {
	t.Helper()
	db := storetest.Open(t)
	sh := &shop{t: t, db: db, now: time.Date(2026, 11, 20, 15, 0, 0, 0, time.UTC)}
	sh.s = returns.New(db, nil)
	sh.s.SetClock(func() time.Time { return sh.now })
	return sh
}

// order adds an order delivered on day (YYYY-MM-DD; "" for unknown),
// placed five days before.
func (sh *shop) order(number, delivered string, items ...orders.Item) orders.Order {
	sh.t.Helper()
	in := orders.Input{Number: number, Name: "Dana Fox", Email: "dana@fox.example", PlacedAt: "2026-10-01", Currency: "USD", Items: items}
	if delivered != "" {
		d, _ := time.Parse("2006-01-02", delivered)
		in.PlacedAt = d.AddDate(0, 0, -5).Format("2006-01-02")
		in.DeliveredAt = delivered
	}
	var o orders.Order
	err := sh.db.Update(func(tx *bolt.Tx) (err error) { o, err = orders.Create(tx, in, sh.now); return err })
	if err != nil {
		sh.t.Fatal(err)
	}
	return o
}

func (sh *shop) start(by returns.Person, o orders.Order, reason returns.Reason, lines ...returns.ItemRequest) returns.View {
	sh.t.Helper()
	if len(lines) == 0 {
		for _, it := range o.Items {
			lines = append(lines, returns.ItemRequest{Line: it.Line, Quantity: it.Quantity})
		}
	}
	v, err := sh.s.Start(by, returns.NewRequest{OrderID: o.ID, Items: lines, Reason: reason, Wish: returns.WantRefund})
	if err != nil {
		sh.t.Fatal(err)
	}
	return v
}

func (sh *shop) act(by returns.Person, v returns.View, a returns.Action) (returns.View, error) {
	return sh.s.Act(by, v.Request.ID, v.Request.Version, a)
}

func (sh *shop) must(by returns.Person, v returns.View, a returns.Action) returns.View {
	sh.t.Helper()
	out, err := sh.act(by, v, a)
	if err != nil {
		sh.t.Fatalf("%s: %v", a.Kind, err)
	}
	return out
}

// checkIndexes proves every index agrees with the requests.
func (sh *shop) checkIndexes() {
	sh.t.Helper()
	err := sh.db.View(func(tx *bolt.Tx) error {
		want := map[string]bool{}
		tx.Bucket(store.BucketReturns).ForEach(func(k, _ []byte) error {
			r, err := returns.Get(tx, store.ParseU64(k))
			if err != nil {
				return err
			}
			want[fmt.Sprintf("o%d/%d", r.OrderID, r.ID)] = true
			want[fmt.Sprintf("c%d/%d", r.CustomerID, r.ID)] = true
			if r.TicketID != 0 {
				want[fmt.Sprintf("t%d/%d", r.TicketID, r.ID)] = true
			}
			want[fmt.Sprintf("d%d/%d", r.CreatedAt.Unix(), r.ID)] = true
			want[fmt.Sprintf("q%s/%d/%d", tabName(r.State), r.Since.Unix(), r.ID)] = true
			return nil
		})
		have := map[string]bool{}
		for b, p := range map[string]string{string(store.BucketReturnOrder): "o", string(store.BucketReturnCust): "c", string(store.BucketReturnTicket): "t", string(store.BucketReturnDay): "d"} {
			tx.Bucket([]byte(b)).ForEach(func(k, _ []byte) error {
				have[fmt.Sprintf("%s%d/%d", p, store.ParseU64(k), store.ParseU64(k[8:]))] = true
				return nil
			})
		}
		tx.Bucket(store.BucketReturnQueue).ForEach(func(k, _ []byte) error {
			n := len(k)
			have[fmt.Sprintf("q%s/%d/%d", k[:n-17], store.ParseU64(k[n-16:]), store.ParseU64(k[n-8:]))] = true
			return nil
		})
		for k := range want {
			if !have[k] {
				sh.t.Errorf("index entry %s missing", k)
			}
		}
		for k := range have {
			if !want[k] {
				sh.t.Errorf("index entry %s names no request", k)
			}
		}
		return nil
	})
	if err != nil {
		sh.t.Fatal(err)
	}
}

func tabName(s returns.State) string {
	switch s {
	case returns.Requested:
		return "approval"
	case returns.Approved:
		return "waiting"
	case returns.Received:
		return "inspect"
	case returns.Inspected:
		return "refund"
	}
	return "done"
}

var mug = orders.Item{Product: "Stoneware mug", SKU: "MUG", Quantity: 2, UnitPrice: 2400}
