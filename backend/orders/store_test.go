package orders_test

import (
	"errors"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/orders"
)

func phoneOrder(number string) orders.Input {
	return orders.Input{Number: number, Name: "Lee Park", Email: "lee@park.example", PlacedAt: "2026-11-02", Currency: "usd",
		Items:    []orders.Item{{Product: "Oak board", SKU: "OSB", Quantity: 1, UnitPrice: 6500}, {Product: "Mug", Quantity: 3, UnitPrice: 2400, Discount: 200}},
		Discount: 500, Shipping: 495, Tax: 300}
}

func TestAnOrderTypedInByHand(t *testing.T) {
	s, db := newService(t)
	o, err := s.Create(phoneOrder("P-100"))
	if err != nil {
		t.Fatal(err)
	}
	if o.Subtotal != 6500+7200-200 || o.Total != o.Subtotal-500+495+300 || o.Currency != "USD" || o.Source != orders.FromHand || o.Version != 1 {
		t.Fatalf("order %+v", o)
	}
	if o.Items[0].Line != 1 || o.Items[1].Line != 2 || o.Payment != orders.PaymentPaid {
		t.Fatalf("lines/status %+v", o)
	}
	if _, err := s.Create(phoneOrder("p-100")); err == nil || !strings.Contains(err.Error(), "already in Shopdesk") {
		t.Fatalf("duplicate number: %v", err)
	}
	in := phoneOrder("P-100")
	in.Items = append([]orders.Item{{Product: "Candle", Quantity: 1, UnitPrice: 3200}}, in.Items...)
	in.Items[1].Line, in.Items[2].Line = 1, 2
	up, err := s.Update(o.ID, o.Version, in)
	if err != nil {
		t.Fatal(err)
	}
	if up.Items[0].Line != 3 || up.Items[1].Line != 1 || up.Version != 2 {
		t.Fatalf("a new line took an old line's number: %+v", up.Items)
	}
	if _, err := s.Update(o.ID, o.Version, in); !errors.Is(err, orders.ErrConflict) {
		t.Fatalf("stale edit: %v", err)
	}
	list, _ := s.ForCustomer(o.CustomerID, 10)
	if len(list) != 1 || list[0].Total != up.Total {
		t.Fatalf("customer's orders %+v", list)
	}
	checkIndexes(t, db)
	if err := s.Delete(o.ID); err != nil {
		t.Fatal(err)
	}
	checkIndexes(t, db)
	if _, ok, _ := s.ByNumber("P-100"); ok {
		t.Fatal("deleted order still found by number")
	}
}

func TestBadOrdersAreRefusedWithAReason(t *testing.T) {
	s, _ := newService(t)
	cases := map[string]func(*orders.Input){
		"no number":        func(in *orders.Input) { in.Number = " " },
		"no items":         func(in *orders.Input) { in.Items = nil },
		"quantity":         func(in *orders.Input) { in.Items[0].Quantity = 0 },
		"negative price":   func(in *orders.Input) { in.Items[0].UnitPrice = -1 },
		"absurd":           func(in *orders.Input) { in.Items[0].UnitPrice = 1 << 40 },
		"future":           func(in *orders.Input) { in.PlacedAt = "2030-01-01" },
		"delivered before": func(in *orders.Input) { in.DeliveredAt = "2026-10-01" },
		"currency":         func(in *orders.Input) { in.Currency = "dollars" },
		"no customer":      func(in *orders.Input) { in.Name, in.Email = "", "" },
		"discount":         func(in *orders.Input) { in.Discount = 1 << 30 },
		"date":             func(in *orders.Input) { in.PlacedAt = "yesterday" },
	}
	for name, change := range cases {
		in := phoneOrder("X-" + name)
		change(&in)
		if _, err := s.Create(in); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestRefundsNeverExceedTheTotal(t *testing.T) {
	s, db := newService(t)
	o, err := s.Create(phoneOrder("R-1"))
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		if _, err := orders.AddRefund(tx, o.ID, o.Total-100, testNow); err != nil {
			return err
		}
		if _, err := orders.AddRefund(tx, o.ID, 101, testNow); err == nil || !strings.Contains(err.Error(), "only 1.00 USD left") {
			t.Errorf("over-refund: %v", err)
		}
		got, err := orders.AddRefund(tx, o.ID, 100, testNow)
		if err != nil || got.Payment != orders.PaymentRefunded || got.Refunded != got.Total {
			t.Errorf("full refund: %+v %v", got, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	checkIndexes(t, db)
	var tt orders.Totals
	db.View(func(tx *bolt.Tx) error { tt, _ = orders.CustomerTotals(tx, o.CustomerID); return nil })
	if tt.Orders != 1 || tt.Spent["USD"] != 0 {
		t.Fatalf("totals after a full refund: %+v", tt)
	}
}

func TestListPagesNewestFirstAndSearches(t *testing.T) {
	s, db := newService(t)
	cs := customers.NewService(db)
	for i, day := range []string{"2026-01-05", "2026-03-01", "2026-02-10", "2026-03-01"} {
		in := phoneOrder("L-" + string(rune('A'+i)))
		in.PlacedAt = day
		if i == 3 {
			in.Name, in.Email = "Quinn Rowe", "quinn@rowe.example"
		}
		if _, err := s.Create(in); err != nil {
			t.Fatal(err)
		}
	}
	_ = cs
	p, err := s.List(orders.ListQuery{Limit: 3})
	if err != nil || p.Total != 4 || len(p.Items) != 3 || p.Next == "" {
		t.Fatalf("page 1 %+v %v", p, err)
	}
	if p.Items[0].Number != "L-D" || p.Items[1].Number != "L-B" || p.Items[2].Number != "L-C" {
		t.Fatalf("order %v %v %v", p.Items[0].Number, p.Items[1].Number, p.Items[2].Number)
	}
	p2, _ := s.List(orders.ListQuery{Limit: 3, Cursor: p.Next})
	if len(p2.Items) != 1 || p2.Items[0].Number != "L-A" || p2.Next != "" {
		t.Fatalf("page 2 %+v", p2)
	}
	if r, _ := s.List(orders.ListQuery{Search: "quinn"}); len(r.Items) != 1 || r.Items[0].Number != "L-D" {
		t.Fatalf("search by name %+v", r)
	}
	if r, _ := s.List(orders.ListQuery{Search: "l-"}); len(r.Items) != 4 {
		t.Fatalf("search by number %+v", r)
	}
}
