package returns

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/orders"
	"shopdesk/backend/store"
)

var (
	// ErrNotFound is a request that is not (or no longer) in the data file.
	ErrNotFound = errors.New("this return request is no longer in Shopdesk")
	// ErrConflict is a change to a request someone else changed meanwhile.
	ErrConflict = errors.New("someone else changed this return request while you had it open: reload it to see what they did, then try again")
)

// Get reads one request inside tx.
func Get(tx *bolt.Tx, id uint64) (Request, error) {
	var r Request
	v := tx.Bucket(store.BucketReturns).Get(store.U64(id))
	if v == nil {
		return r, ErrNotFound
	}
	if err := json.Unmarshal(v, &r); err != nil {
		return r, fmt.Errorf("read return request %d: %w", id, err)
	}
	return r, nil
}

func stamp(t time.Time) []byte { return store.U64(uint64(t.Unix())) }

func queueKey(r *Request) []byte {
	return store.Key([]byte(tabOf(r.State)), []byte{0}, stamp(r.Since), store.U64(r.ID))
}

// dayEntry is what the trends index keeps of a request, so trends never
// read the requests themselves.
type dayEntry struct {
	Reason Reason    `json:"r"`
	Items  []dayItem `json:"i"`
	State  State     `json:"s"`
}

type dayItem struct {
	Key   string `json:"k"` // SKU, or the product's name
	Label string `json:"l"`
	Qty   int    `json:"q"`
}

func itemKey(it Item) string {
	if it.SKU != "" {
		return it.SKU
	}
	return it.Product
}

// put writes r and moves its index entries from old (nil: new request).
func put(tx *bolt.Tx, old, r *Request) error {
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	id := store.U64(r.ID)
	if err := tx.Bucket(store.BucketReturns).Put(id, v); err != nil {
		return err
	}
	q := tx.Bucket(store.BucketReturnQueue)
	if old != nil {
		if err := q.Delete(queueKey(old)); err != nil {
			return err
		}
	}
	qv, err := queueValue(tx, r)
	if err != nil {
		return err
	}
	if err := q.Put(queueKey(r), qv); err != nil {
		return err
	}
	if old == nil {
		for _, p := range []struct {
			b []byte
			k uint64
		}{{store.BucketReturnOrder, r.OrderID}, {store.BucketReturnCust, r.CustomerID}, {store.BucketReturnTicket, r.TicketID}} {
			if p.k == 0 {
				continue
			}
			if err := tx.Bucket(p.b).Put(store.Key(store.U64(p.k), id), nil); err != nil {
				return err
			}
		}
	}
	if r.Refund != nil {
		if err := store.PutRefund(tx.Bucket(store.BucketReturnRefunded), r.Refund.At, r.ID,
			store.RefundEntry{Amount: r.Refund.Amount, Currency: r.Refund.Currency}); err != nil {
			return err
		}
	}
	e := dayEntry{Reason: r.Reason, State: r.State}
	for _, it := range r.Items {
		e.Items = append(e.Items, dayItem{Key: itemKey(it), Label: it.Product, Qty: it.Quantity})
	}
	ev, err := json.Marshal(e)
	if err != nil {
		return err
	}
	return tx.Bucket(store.BucketReturnDay).Put(store.Key(stamp(r.CreatedAt), id), ev)
}

// Delete removes a request and its index entries (the owner deleting
// its order's customer; tests).
func Delete(tx *bolt.Tx, id uint64) error {
	r, err := Get(tx, id)
	if err != nil {
		return err
	}
	k := store.U64(id)
	for _, p := range []struct {
		b   []byte
		key []byte
	}{{store.BucketReturnQueue, queueKey(&r)}, {store.BucketReturnOrder, store.Key(store.U64(r.OrderID), k)},
		{store.BucketReturnCust, store.Key(store.U64(r.CustomerID), k)}, {store.BucketReturnTicket, store.Key(store.U64(r.TicketID), k)},
		{store.BucketReturnDay, store.Key(stamp(r.CreatedAt), k)}, {store.BucketReturns, k}} {
		if err := tx.Bucket(p.b).Delete(p.key); err != nil {
			return err
		}
	}
	if r.Refund != nil {
		return tx.Bucket(store.BucketReturnRefunded).Delete(store.RefundKey(r.Refund.At, r.ID))
	}
	return nil
}

// RefundsBetween calls fn for each refund given in [from, to), in order.
func RefundsBetween(tx *bolt.Tx, from, to time.Time, fn func(request uint64, e store.RefundEntry) error) error {
	c := tx.Bucket(store.BucketReturnRefunded).Cursor()
	end := stamp(to)
	for k, v := c.Seek(stamp(from)); k != nil && string(k[:8]) < string(end); k, v = c.Next() {
		var e store.RefundEntry
		if err := json.Unmarshal(v, &e); err != nil {
			return fmt.Errorf("read the refunds index: %w", err)
		}
		if err := fn(store.ParseU64(k[8:]), e); err != nil {
			return err
		}
	}
	return nil
}

// under lists the request IDs indexed under owner in bucket b, oldest
// first.
func under(tx *bolt.Tx, b []byte, owner uint64) []uint64 {
	var ids []uint64
	p := store.U64(owner)
	c := tx.Bucket(b).Cursor()
	for k, _ := c.Seek(p); len(k) == 16 && store.ParseU64(k) == owner; k, _ = c.Next() {
		ids = append(ids, store.ParseU64(k[8:]))
	}
	return ids
}

// BlockOrderDelete refuses to delete an order that has return requests:
// their money and history stand on it.
func BlockOrderDelete(tx *bolt.Tx, o orders.Order) error {
	if ids := under(tx, store.BucketReturnOrder, o.ID); len(ids) > 0 {
		return fmt.Errorf("order %s has %d return %s: it cannot be deleted while they stand on it", o.Number, len(ids), plural(len(ids), "request"))
	}
	return nil
}

// returned counts the units of each line of an order that requests still
// standing (not rejected or cancelled) take back, leaving out except.
func returned(tx *bolt.Tx, orderID, except uint64) (map[int]int, error) {
	out := map[int]int{}
	for _, id := range under(tx, store.BucketReturnOrder, orderID) {
		if id == except {
			continue
		}
		r, err := Get(tx, id)
		if err != nil {
			return nil, err
		}
		if r.State == Rejected || r.State == Cancelled {
			continue
		}
		for _, it := range r.Items {
			out[it.Line] += it.Quantity
		}
	}
	return out, nil
}

// queued is what the queue index keeps beside each request, so the tab
// counts and the sidebar's never read the requests: each read of a
// request or order is a page fault somewhere in a gigabyte file.
type queued struct {
	// Owner is why the next step waits for the owner ("" if anyone may),
	// as of the last write or policy save.
	Owner string `json:"o,omitempty"`
	// Received is when the item arrived (unix seconds), for the refund
	// target.
	Received int64 `json:"r,omitempty"`
}

func queueValue(tx *bolt.Tx, r *Request) ([]byte, error) {
	var q queued
	if r.ReceivedAt != nil && (r.State == Received || r.State == Inspected) {
		q.Received = r.ReceivedAt.Unix()
	}
	if r.State == Requested || r.State == Inspected {
		p, err := GetPolicy(tx)
		if err != nil {
			return nil, err
		}
		o, err := orders.Get(tx, r.OrderID)
		if err != nil {
			return nil, err
		}
		q.Owner = needsOwner(p, check(p, o, r.Items, r.Reason, r.CreatedAt, orders.Zone(tx)), *r)
	}
	if q == (queued{}) {
		return nil, nil
	}
	return json.Marshal(q)
}

// requeue writes the queue values of the requests still waiting on a
// decision again, after the policy changed what needs the owner.
func requeue(tx *bolt.Tx) error {
	q := tx.Bucket(store.BucketReturnQueue)
	for _, t := range []Tab{TabApproval, TabRefund} {
		pre := tabPrefix(t)
		var keys [][]byte
		c := q.Cursor()
		for k, _ := c.Seek(pre); k != nil && hasPrefix(k, pre); k, _ = c.Next() {
			keys = append(keys, append([]byte(nil), k...))
		}
		for _, k := range keys {
			r, err := Get(tx, store.ParseU64(k[len(k)-8:]))
			if err != nil {
				return err
			}
			v, err := queueValue(tx, &r)
			if err != nil {
				return err
			}
			if err := q.Put(k, v); err != nil {
				return err
			}
		}
	}
	return nil
}
