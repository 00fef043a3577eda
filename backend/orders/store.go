package orders

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

func numberKey(number string) []byte {
	return []byte(strings.ToLower(strings.TrimPrefix(strings.TrimSpace(number), "#")))
}

func stamp(t time.Time) []byte { return store.U64(uint64(t.Unix())) }

// Get reads one order inside tx.
func Get(tx *bolt.Tx, id uint64) (Order, error) {
	var o Order
	v := tx.Bucket(store.BucketShopOrders).Get(store.U64(id))
	if v == nil {
		return o, ErrNotFound
	}
	if err := json.Unmarshal(v, &o); err != nil {
		return o, fmt.Errorf("read order %d: %w", id, err)
	}
	return o, nil
}

// ByNumber finds an order by its number, ignoring case and a leading "#":
// "#1001" and "1001" are the same order.
func ByNumber(tx *bolt.Tx, number string) (Order, bool, error) {
	k := numberKey(number)
	if len(k) == 0 {
		return Order{}, false, nil
	}
	v := tx.Bucket(store.BucketOrderNumber).Get(k)
	if v == nil {
		return Order{}, false, nil
	}
	o, err := Get(tx, store.ParseU64(v))
	return o, err == nil, err
}

// ForCustomer lists a customer's orders, newest first.
func ForCustomer(tx *bolt.Tx, customerID uint64, limit int) ([]Summary, error) {
	out := []Summary{}
	prefix := store.U64(customerID)
	c := tx.Bucket(store.BucketOrderCust).Cursor()
	k, _ := c.Seek(store.Key(prefix, store.U64(^uint64(0))))
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	for ; len(k) == 24 && store.ParseU64(k) == customerID; k, _ = c.Prev() {
		if limit > 0 && len(out) >= limit {
			break
		}
		o, err := Get(tx, store.ParseU64(k[16:]))
		if err != nil {
			return nil, err
		}
		out = append(out, o.Summary())
	}
	return out, nil
}

// Summary is the order's line in a list.
func (o Order) Summary() Summary {
	units := 0
	for _, it := range o.Items {
		units += it.Quantity
	}
	return Summary{ID: o.ID, Number: o.Number, CustomerID: o.CustomerID, Name: o.Name, PlacedAt: o.PlacedAt,
		Currency: o.Currency, Total: o.Total, Refunded: o.Refunded, Items: units, Payment: o.Payment,
		Fulfilment: o.Fulfilment, Tracking: o.Tracking}
}

// put writes o and moves its index entries from old (nil for a new order)
// in the same transaction, and keeps the customers' totals.
func put(tx *bolt.Tx, old *Order, o *Order) error {
	v, err := json.Marshal(o)
	if err != nil {
		return err
	}
	id := store.U64(o.ID)
	if err := tx.Bucket(store.BucketShopOrders).Put(id, v); err != nil {
		return err
	}
	if old != nil {
		if err := unindex(tx, old); err != nil {
			return err
		}
	}
	return index(tx, o)
}

func index(tx *bolt.Tx, o *Order) error {
	id := store.U64(o.ID)
	if err := tx.Bucket(store.BucketOrderNumber).Put(numberKey(o.Number), id); err != nil {
		return err
	}
	if err := tx.Bucket(store.BucketOrderCust).Put(store.Key(store.U64(o.CustomerID), stamp(o.PlacedAt), id), nil); err != nil {
		return err
	}
	if err := tx.Bucket(store.BucketOrderPlaced).Put(store.Key(stamp(o.PlacedAt), id), nil); err != nil {
		return err
	}
	return addTotals(tx, o, +1)
}

func unindex(tx *bolt.Tx, o *Order) error {
	id := store.U64(o.ID)
	nb := tx.Bucket(store.BucketOrderNumber)
	if store.ParseU64(nb.Get(numberKey(o.Number))) == o.ID {
		if err := nb.Delete(numberKey(o.Number)); err != nil {
			return err
		}
	}
	if err := tx.Bucket(store.BucketOrderCust).Delete(store.Key(store.U64(o.CustomerID), stamp(o.PlacedAt), id)); err != nil {
		return err
	}
	if err := tx.Bucket(store.BucketOrderPlaced).Delete(store.Key(stamp(o.PlacedAt), id)); err != nil {
		return err
	}
	return addTotals(tx, o, -1)
}

// Create adds an order typed in by hand inside tx.
func Create(tx *bolt.Tx, in Input, now time.Time) (Order, error) {
	return create(tx, in, FromHand, now)
}

func create(tx *bolt.Tx, in Input, src Source, now time.Time) (Order, error) {
	o, err := in.order(tx, now)
	if err != nil {
		return o, err
	}
	for i := range o.Items {
		o.Items[i].Line = i + 1
	}
	if _, ok, err := ByNumber(tx, o.Number); err != nil {
		return o, err
	} else if ok {
		return o, fmt.Errorf("order %s is already in Shopdesk: open it and edit it instead", o.Number)
	}
	return o, insert(tx, &o, src, now)
}

// insert gives o its ID and writes it.
func insert(tx *bolt.Tx, o *Order, src Source, now time.Time) error {
	id, err := tx.Bucket(store.BucketShopOrders).NextSequence()
	if err != nil {
		return err
	}
	o.ID, o.Source, o.CreatedAt, o.UpdatedAt, o.Version = id, src, now, now, 1
	return put(tx, nil, o)
}

// Update replaces an order's fields if nobody saved it since version.
func Update(tx *bolt.Tx, id, version uint64, in Input, now time.Time) (Order, error) {
	old, err := Get(tx, id)
	if err != nil {
		return old, err
	}
	if old.Version != version {
		return old, ErrConflict
	}
	o, err := in.order(tx, now)
	if err != nil {
		return o, err
	}
	if other, ok, err := ByNumber(tx, o.Number); err != nil {
		return o, err
	} else if ok && other.ID != id {
		return o, fmt.Errorf("order %s is already in Shopdesk: use another number", o.Number)
	}
	keepLines(old, &o)
	o.ID, o.Source, o.CreatedAt, o.UpdatedAt, o.Version = id, old.Source, old.CreatedAt, now, old.Version+1
	o.Refunded, o.Digest = old.Refunded, old.Digest
	if o.Refunded > o.Total {
		return o, fmt.Errorf("the order's total %s would be below what was already refunded (%s): check the amounts",
			fmtMoney(o.Total, o.Currency), fmtMoney(o.Refunded, o.Currency))
	}
	return o, put(tx, &old, &o)
}

// keepLines gives edited items the line numbers they had (matched by the
// number the window sent back), new ones the next free numbers: returns
// name lines by number.
func keepLines(old Order, o *Order) {
	next := 0
	have := map[int]bool{}
	for _, it := range old.Items {
		next = max(next, it.Line)
		have[it.Line] = true
	}
	seen := map[int]bool{}
	for i := range o.Items {
		l := o.Items[i].Line
		if l != 0 && have[l] && !seen[l] {
			seen[l] = true
			continue
		}
		next++
		o.Items[i].Line = next
	}
}

// Delete removes an order; block, if set, may refuse (an order with
// return requests).
func Delete(tx *bolt.Tx, id uint64, block func(*bolt.Tx, Order) error) error {
	o, err := Get(tx, id)
	if err != nil {
		return err
	}
	if block != nil {
		if err := block(tx, o); err != nil {
			return err
		}
	}
	if err := unindex(tx, &o); err != nil {
		return err
	}
	return tx.Bucket(store.BucketShopOrders).Delete(store.U64(id))
}

// AddRefund records money given back on the order: it raises Refunded,
// refuses more than is left of the total, and moves the payment status.
func AddRefund(tx *bolt.Tx, id uint64, amount int64, now time.Time) (Order, error) {
	o, err := Get(tx, id)
	if err != nil {
		return o, err
	}
	if amount <= 0 {
		return o, fmt.Errorf("a refund must be more than zero")
	}
	if left := o.Total - o.Refunded; amount > left {
		return o, fmt.Errorf("order %s has only %s left to refund (total %s, already refunded %s)", o.Number,
			fmtMoney(left, o.Currency), fmtMoney(o.Total, o.Currency), fmtMoney(o.Refunded, o.Currency))
	}
	old := o
	o.Refunded += amount
	o.Payment = PaymentPartiallyRefunded
	if o.Refunded == o.Total {
		o.Payment = PaymentRefunded
	}
	o.UpdatedAt, o.Version = now, o.Version+1
	return o, put(tx, &old, &o)
}

// Insert writes an order made by Shopdesk itself (the sample shop): its
// lines numbered and sums worked out here, with no look-ups, so that tens of
// thousands go in quickly. Everything people type goes through Create.
func Insert(tx *bolt.Tx, o *Order, now time.Time) error {
	o.Subtotal = 0
	for i := range o.Items {
		o.Items[i].Line = i + 1
		o.Subtotal += o.Items[i].UnitPrice*int64(o.Items[i].Quantity) - o.Items[i].Discount
	}
	o.Total = o.Subtotal - o.Discount + o.Shipping + o.Tax
	src := o.Source
	if src == "" {
		src = FromHand
	}
	return insert(tx, o, src, now)
}
