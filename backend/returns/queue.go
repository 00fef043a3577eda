package returns

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/orders"
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
)

// MaxPage is the most rows one Queue call returns.
const MaxPage = 100

func tabPrefix(t Tab) []byte { return append([]byte(t), 0) }

// Queue is one tab of requests: the longest waiting first (Done: the
// latest first), with every tab's count. Reason, Product and Days instead
// list the requests behind a bar of the trends chart, newest first.
func (s *Service) Queue(q QueueQuery) (p QueuePage, err error) {
	if q.Limit <= 0 || q.Limit > MaxPage {
		q.Limit = 50
	}
	if q.Tab == "" {
		q.Tab = TabApproval
	}
	if !slices.Contains(Tabs, q.Tab) {
		return p, fmt.Errorf("tab %q is not one of the returns queue's", q.Tab)
	}
	p.Items = []Row{}
	err = s.db.View(func(tx *bolt.Tx) error {
		pol, err := GetPolicy(tx)
		if err != nil {
			return err
		}
		loc := orders.Zone(tx)
		if p.Counts, err = s.counts(tx, pol); err != nil {
			return err
		}
		if q.Reason != "" || q.Product != "" || q.Days > 0 {
			return s.filtered(tx, pol, loc, q, &p)
		}
		c := tx.Bucket(store.BucketReturnQueue).Cursor()
		pre := tabPrefix(q.Tab)
		newestFirst := q.Tab == TabDone
		var k []byte
		from, ok := parseCursor(q.Cursor)
		switch {
		case ok && newestFirst:
			c.Seek(store.Key(pre, from))
			k, _ = c.Prev()
		case ok:
			c.Seek(store.Key(pre, from))
			k, _ = c.Next()
		case newestFirst:
			k, _ = c.Seek(store.Key(pre, store.U64(^uint64(0))))
			if k == nil {
				k, _ = c.Last()
			} else {
				k, _ = c.Prev()
			}
		default:
			k, _ = c.Seek(pre)
		}
		for ; k != nil && hasPrefix(k, pre) && len(p.Items) < q.Limit; k = move(c, newestFirst) {
			r, err := Get(tx, store.ParseU64(k[len(k)-8:]))
			if err != nil {
				return err
			}
			p.Items = append(p.Items, s.row(tx, pol, r, loc))
		}
		if k != nil && hasPrefix(k, pre) && len(p.Items) > 0 {
			last := p.Items[len(p.Items)-1]
			p.Next = strconv.FormatInt(last.Since.Unix(), 10) + ":" + strconv.FormatUint(last.ID, 10)
		}
		return nil
	})
	return p, err
}

func move(c *bolt.Cursor, back bool) []byte {
	if back {
		k, _ := c.Prev()
		return k
	}
	k, _ := c.Next()
	return k
}

func hasPrefix(k, p []byte) bool { return len(k) >= len(p) && string(k[:len(p)]) == string(p) }

func parseCursor(s string) ([]byte, bool) {
	var t int64
	var id uint64
	if _, err := fmt.Sscanf(s, "%d:%d", &t, &id); err != nil {
		return nil, false
	}
	return store.Key(store.U64(uint64(t)), store.U64(id)), true
}

// counts are the tab counts and the requests waiting for the owner, from
// the queue index alone.
func (s *Service) counts(tx *bolt.Tx, p Policy) (Counts, error) {
	n := Counts{Tabs: map[Tab]int{}}
	c := tx.Bucket(store.BucketReturnQueue).Cursor()
	target := s.now().Add(-time.Duration(p.RefundDays) * 24 * time.Hour).Unix()
	for _, t := range Tabs {
		pre := tabPrefix(t)
		for k, v := c.Seek(pre); k != nil && hasPrefix(k, pre); k, v = c.Next() {
			n.Tabs[t]++
			if len(v) == 0 {
				continue
			}
			var q queued
			if err := json.Unmarshal(v, &q); err != nil {
				return n, fmt.Errorf("read the returns queue: %w", err)
			}
			if q.Owner != "" {
				n.NeedsOwner++
			}
			if q.Received != 0 && q.Received < target {
				n.Late++
			}
		}
	}
	return n, nil
}

// Counts are the queue's tab counts and the sidebar's.
func (s *Service) Counts() (n Counts, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		p, err := GetPolicy(tx)
		if err != nil {
			return err
		}
		n, err = s.counts(tx, p)
		return err
	})
	return n, err
}

// filtered lists the requests behind a trends bar, newest first.
func (s *Service) filtered(tx *bolt.Tx, pol Policy, loc *time.Location, q QueueQuery, p *QueuePage) error {
	days := q.Days
	if days <= 0 {
		days = 365
	}
	since := s.now().Add(-time.Duration(days) * 24 * time.Hour)
	skip := 0
	if q.Cursor != "" {
		skip, _ = strconv.Atoi(q.Cursor)
	}
	seen := 0
	c := tx.Bucket(store.BucketReturnDay).Cursor()
	for k, v := c.Last(); k != nil && int64(store.ParseU64(k)) >= since.Unix(); k, v = c.Prev() {
		var e dayEntry
		if err := json.Unmarshal(v, &e); err != nil {
			return err
		}
		if !e.matches(q) {
			continue
		}
		seen++
		if seen <= skip {
			continue
		}
		if len(p.Items) == q.Limit {
			p.Next = strconv.Itoa(skip + q.Limit)
			return nil
		}
		r, err := Get(tx, store.ParseU64(k[8:]))
		if err != nil {
			return err
		}
		p.Items = append(p.Items, s.row(tx, pol, r, loc))
	}
	return nil
}

func (e dayEntry) matches(q QueueQuery) bool {
	if q.Reason != "" && e.Reason != q.Reason {
		return false
	}
	if q.Product == "" {
		return true
	}
	for _, it := range e.Items {
		if it.Key == q.Product {
			return true
		}
	}
	return false
}

// Trends counts return reasons and the most returned products over the
// last days (30, 90 or 365), from the trends index alone.
func (s *Service) Trends(days int) (t Trends, err error) {
	if days != 30 && days != 90 && days != 365 {
		return t, fmt.Errorf("trends cover the last 30, 90 or 365 days")
	}
	t.Days = days
	since := s.now().Add(-time.Duration(days) * 24 * time.Hour).Unix()
	reasons := map[Reason]int{}
	units := map[string]*Count{}
	err = s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(store.BucketReturnDay).Cursor()
		for k, v := c.Last(); k != nil && int64(store.ParseU64(k)) >= since; k, v = c.Prev() {
			var e dayEntry
			if err := json.Unmarshal(v, &e); err != nil {
				return err
			}
			if e.State == Cancelled {
				continue
			}
			t.Total++
			reasons[e.Reason]++
			for _, it := range e.Items {
				u := units[it.Key]
				if u == nil {
					u = &Count{Key: it.Key, Label: it.Label}
					units[it.Key] = u
				}
				u.Count += it.Qty
			}
		}
		return nil
	})
	for _, r := range Reasons {
		t.Reasons = append(t.Reasons, Count{Key: string(r), Label: ReasonLabel(r), Count: reasons[r]})
	}
	sort.SliceStable(t.Reasons, func(i, j int) bool { return t.Reasons[i].Count > t.Reasons[j].Count })
	t.Products = []Count{}
	for _, u := range units {
		t.Products = append(t.Products, *u)
	}
	sort.Slice(t.Products, func(i, j int) bool {
		a, b := t.Products[i], t.Products[j]
		return a.Count > b.Count || (a.Count == b.Count && a.Key < b.Key)
	})
	if len(t.Products) > 10 {
		t.Products = t.Products[:10]
	}
	return t, err
}

// ReasonLabel is a reason as people read it.
func ReasonLabel(r Reason) string {
	return map[Reason]string{WrongSize: "Wrong size", Damaged: "Damaged", IncorrectItem: "Incorrect item",
		NotAsDescribed: "Not as described", ChangedMind: "Changed mind", ArrivedLate: "Arrived late", OtherReason: "Other"}[r]
}

func (s *Service) rows(tx *bolt.Tx, ids []uint64) ([]Row, error) {
	p, err := GetPolicy(tx)
	if err != nil {
		return nil, err
	}
	loc := orders.Zone(tx)
	out := []Row{}
	for i := len(ids) - 1; i >= 0; i-- {
		r, err := Get(tx, ids[i])
		if err != nil {
			return nil, err
		}
		out = append(out, s.row(tx, p, r, loc))
	}
	return out, nil
}

// ForOrder lists an order's requests, newest first.
func (s *Service) ForOrder(orderID uint64) (out []Row, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		out, err = s.rows(tx, under(tx, store.BucketReturnOrder, orderID))
		return err
	})
	return out, err
}

// ForCustomer lists a customer's requests, newest first.
func (s *Service) ForCustomer(customerID uint64) (out []Row, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		out, err = s.rows(tx, under(tx, store.BucketReturnCust, customerID))
		return err
	})
	return out, err
}

// ForTicket lists the requests opened from a ticket, newest first.
func (s *Service) ForTicket(ticketID uint64) (out []Row, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		out, err = s.rows(tx, under(tx, store.BucketReturnTicket, ticketID))
		return err
	})
	return out, err
}

// reasonFor guesses the reason from the ticket's category.
var reasonFor = map[tickets.Category]Reason{"incorrect_item": IncorrectItem, "shipping_delay": ArrivedLate, "complaint": NotAsDescribed}

// Draft pre-fills a new request from a ticket: the order it names (or
// orderID), every line with what is left to return, the reason its
// category suggests, and the customer's orders to choose from.
func (s *Service) Draft(ticketID, orderID uint64) (d Draft, err error) {
	d.TicketID = ticketID
	d.Items, d.Orders = []Item{}, []DraftOrder{}
	err = s.db.View(func(tx *bolt.Tx) error {
		var customer uint64
		if ticketID != 0 {
			t, err := tickets.Get(tx, ticketID)
			if err != nil {
				return err
			}
			customer = t.CustomerID
			d.Reason = reasonFor[t.Category]
			if orderID == 0 && t.OrderNumber != "" {
				if o, ok, err := orders.ByNumber(tx, t.OrderNumber); err != nil {
					return err
				} else if ok && o.CustomerID == t.CustomerID {
					orderID = o.ID
				}
			}
		}
		if orderID != 0 {
			o, err := orders.Get(tx, orderID)
			if err != nil {
				return err
			}
			customer = o.CustomerID
			d.OrderID, d.OrderNumber, d.Currency = o.ID, o.Number, o.Currency
			taken, err := returned(tx, o.ID, 0)
			if err != nil {
				return err
			}
			paid := paidFor(o)
			for _, it := range o.Items {
				if left := it.Quantity - taken[it.Line]; left > 0 {
					d.Items = append(d.Items, Item{Line: it.Line, Product: it.Product, SKU: it.SKU, Quantity: left, UnitPaid: paid.unit(it.Line)})
				}
			}
			p, err := GetPolicy(tx)
			if err != nil {
				return err
			}
			d.Check = check(p, o, d.Items, d.Reason, s.now(), orders.Zone(tx))
		}
		if customer != 0 {
			list, err := orders.ForCustomer(tx, customer, 20)
			if err != nil {
				return err
			}
			for _, o := range list {
				d.Orders = append(d.Orders, DraftOrder{ID: o.ID, Number: o.Number, PlacedAt: o.PlacedAt})
			}
		}
		return nil
	})
	return d, err
}
