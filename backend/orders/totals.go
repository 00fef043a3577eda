package orders

import (
	"encoding/json"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// Totals are what a customer bought: how many orders, and what they spent
// in each currency (total less refunds). Kept in the data file, in the same
// transaction as every order write, so the customer list can sort by them
// without reading 60,000 orders.
type Totals struct {
	Orders int              `json:"orders"`
	Spent  map[string]int64 `json:"spent"`
}

// CustomerTotals reads one customer's totals (zero when they have none).
func CustomerTotals(tx *bolt.Tx, customerID uint64) (Totals, error) {
	var t Totals
	v := tx.Bucket(store.BucketOrderTotals).Get(store.U64(customerID))
	if v == nil {
		return t, nil
	}
	return t, json.Unmarshal(v, &t)
}

// EachCustomerTotals calls fn for every customer with orders.
func EachCustomerTotals(tx *bolt.Tx, fn func(customerID uint64, t Totals) error) error {
	return tx.Bucket(store.BucketOrderTotals).ForEach(func(k, v []byte) error {
		var t Totals
		if err := json.Unmarshal(v, &t); err != nil {
			return err
		}
		return fn(store.ParseU64(k), t)
	})
}

func addTotals(tx *bolt.Tx, o *Order, sign int) error {
	if o.CustomerID == 0 {
		return nil
	}
	t, err := CustomerTotals(tx, o.CustomerID)
	if err != nil {
		return err
	}
	t.Orders += sign
	if t.Spent == nil {
		t.Spent = map[string]int64{}
	}
	t.Spent[o.Currency] += int64(sign) * (o.Total - o.Refunded)
	if t.Spent[o.Currency] == 0 {
		delete(t.Spent, o.Currency)
	}
	k := store.U64(o.CustomerID)
	if t.Orders <= 0 {
		return tx.Bucket(store.BucketOrderTotals).Delete(k)
	}
	v, err := json.Marshal(t)
	if err != nil {
		return err
	}
	return tx.Bucket(store.BucketOrderTotals).Put(k, v)
}

// TotalsOf reads these customers' totals, in order.
func (s *Service) TotalsOf(ids []uint64) (out []Totals, err error) {
	out = make([]Totals, len(ids))
	err = s.db.View(func(tx *bolt.Tx) error {
		for i, id := range ids {
			if out[i], err = CustomerTotals(tx, id); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

// AllTotals reads every customer's totals.
func (s *Service) AllTotals() (map[uint64]Totals, error) {
	out := map[uint64]Totals{}
	err := s.db.View(func(tx *bolt.Tx) error {
		return EachCustomerTotals(tx, func(id uint64, t Totals) error { out[id] = t; return nil })
	})
	return out, err
}
