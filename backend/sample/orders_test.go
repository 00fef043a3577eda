package sample_test

import (
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/orders"
	"shopdesk/backend/returns"
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
)

func TestEveryCustomerHasOrdersAndTicketsNameTheirOwn(t *testing.T) {
	db, shop := generate(t, small(7, 1800))
	res := shop.Result
	if res.Orders < res.Customers*3/2 || res.Orders > res.Customers*4 {
		t.Fatalf("%d orders for %d customers", res.Orders, res.Customers)
	}
	err := db.View(func(tx *bolt.Tx) error {
		without := 0
		tx.Bucket(store.BucketCustomers).ForEach(func(k, _ []byte) error {
			if list, _ := orders.ForCustomer(tx, store.ParseU64(k), 1); len(list) == 0 {
				without++
			}
			return nil
		})
		if without > 0 {
			t.Errorf("%d customers have no orders", without)
		}
		named, own := 0, 0
		for id := uint64(1); ; id++ {
			tk, err := tickets.Get(tx, id)
			if err != nil {
				break
			}
			if tk.OrderNumber == "" {
				continue
			}
			named++
			if o, ok, _ := orders.ByNumber(tx, tk.OrderNumber); ok && o.CustomerID == tk.CustomerID && !o.PlacedAt.After(tk.CreatedAt) {
				own++
			}
		}
		if named == 0 || own != named {
			t.Errorf("%d of %d tickets name an order the customer placed before writing", own, named)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestReturnRequestsWaitInEveryTabOfTheQueue(t *testing.T) {
	db, shop := generate(t, small(11, 6000))
	res := shop.Result
	if res.Returns != res.Customers/6 {
		t.Fatalf("%d return requests for %d customers", res.Returns, res.Customers)
	}
	for _, st := range []returns.State{returns.Requested, returns.Approved, returns.Received, returns.Inspected,
		returns.Refunded, returns.Closed, returns.Rejected, returns.Cancelled} {
		if res.ReturnStates[st] == 0 {
			t.Errorf("no request is %s: %v", st, res.ReturnStates)
		}
	}
	n, err := returns.New(db, nil).Counts()
	if err != nil {
		t.Fatal(err)
	}
	for _, tab := range returns.Tabs {
		if n.Tabs[tab] == 0 {
			t.Errorf("the %s tab is empty: %v", tab, n.Tabs)
		}
	}
}
