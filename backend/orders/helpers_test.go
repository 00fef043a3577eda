package orders_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/orders"
	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
)

var testNow = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

func newService(t *testing.T) (*orders.Service, *store.DB) {
	t.Helper()
	db := storetest.Open(t)
	s := orders.NewService(db, customers.NewService(db))
	s.SetClock(func() time.Time { return testNow })
	return s, db
}

func importText(t *testing.T, s *orders.Service, text string, f orders.Format) orders.ImportReport {
	t.Helper()
	rep, err := s.Import(context.Background(), strings.NewReader(text), int64(len(text)), "export.csv", f, nil)
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	return rep
}

func mustNumber(t *testing.T, s *orders.Service, n string) orders.Order {
	t.Helper()
	o, ok, err := s.ByNumber(n)
	if err != nil || !ok {
		t.Fatalf("order %s: ok=%v err=%v", n, ok, err)
	}
	return o
}

// checkIndexes proves every index bucket agrees with the order records.
func checkIndexes(t *testing.T, db *store.DB) {
	t.Helper()
	err := db.View(func(tx *bolt.Tx) error {
		want := map[string]bool{}
		totals := map[uint64]orders.Totals{}
		n := 0
		err := tx.Bucket(store.BucketShopOrders).ForEach(func(k, v []byte) error {
			n++
			o, err := orders.Get(tx, store.ParseU64(k))
			if err != nil {
				return err
			}
			want[fmt.Sprintf("n%x", mustKey(o.Number))] = true
			want[fmt.Sprintf("c%x", store.Key(store.U64(o.CustomerID), store.U64(uint64(o.PlacedAt.Unix())), k))] = true
			want[fmt.Sprintf("p%x", store.Key(store.U64(uint64(o.PlacedAt.Unix())), k))] = true
			tt := totals[o.CustomerID]
			tt.Orders++
			if tt.Spent == nil {
				tt.Spent = map[string]int64{}
			}
			tt.Spent[o.Currency] += o.Total - o.Refunded
			if tt.Spent[o.Currency] == 0 {
				delete(tt.Spent, o.Currency)
			}
			totals[o.CustomerID] = tt
			if got, ok, _ := orders.ByNumber(tx, o.Number); !ok || got.ID != o.ID {
				t.Errorf("number index: %s does not find order %d", o.Number, o.ID)
			}
			return nil
		})
		if err != nil {
			return err
		}
		have := map[string]bool{}
		tx.Bucket(store.BucketOrderNumber).ForEach(func(k, v []byte) error { have[fmt.Sprintf("n%x", k)] = true; return nil })
		tx.Bucket(store.BucketOrderCust).ForEach(func(k, v []byte) error { have[fmt.Sprintf("c%x", k)] = true; return nil })
		tx.Bucket(store.BucketOrderPlaced).ForEach(func(k, v []byte) error { have[fmt.Sprintf("p%x", k)] = true; return nil })
		for k := range want {
			if !have[k] {
				t.Errorf("index entry %s missing", k)
			}
		}
		for k := range have {
			if !want[k] {
				t.Errorf("index entry %s names no order", k)
			}
		}
		got := map[uint64]orders.Totals{}
		orders.EachCustomerTotals(tx, func(id uint64, tt orders.Totals) error { got[id] = tt; return nil })
		if len(got) != len(totals) {
			t.Errorf("totals for %d customers, want %d", len(got), len(totals))
		}
		for id, w := range totals {
			g := got[id]
			if g.Orders != w.Orders || fmt.Sprint(g.Spent) != fmt.Sprint(w.Spent) {
				t.Errorf("customer %d totals %+v, want %+v", id, g, w)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func mustKey(number string) []byte {
	return []byte(strings.ToLower(strings.TrimPrefix(strings.TrimSpace(number), "#")))
}

func csvOf(lines ...string) string {
	var b bytes.Buffer
	for _, l := range lines {
		b.WriteString(l)
		b.WriteString("\r\n")
	}
	return b.String()
}
