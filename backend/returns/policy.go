package returns

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/money"
	"shopdesk/backend/orders"
	"shopdesk/backend/store"
)

var policyKey = []byte("returns_policy")

// DefaultPolicy is the policy of a shop that never set one: a 30-day
// window, no restocking fee (the seed's advice), free return shipping when
// the shop is at fault, reps trusted with refunds up to 100.00, and the
// seed's refund target of 7 days.
func DefaultPolicy() Policy {
	return Policy{WindowDays: 30, FreeShipping: []Reason{Damaged, IncorrectItem, NotAsDescribed},
		RepLimit: 10_000, Currency: "USD", RefundDays: 7}
}

// GetPolicy reads the shop's return policy.
func GetPolicy(tx *bolt.Tx) (Policy, error) {
	p := DefaultPolicy()
	v := tx.Bucket(store.BucketSettings).Get(policyKey)
	if v == nil {
		return p, nil
	}
	if err := json.Unmarshal(v, &p); err != nil {
		return p, fmt.Errorf("read the return policy: %w", err)
	}
	return p, nil
}

// Validate checks a policy and says what to change.
func (p *Policy) Validate() error {
	var err error
	if p.Currency, err = money.CleanCurrency(p.Currency); err != nil {
		return fmt.Errorf("the shop's %w", err)
	}
	switch {
	case p.WindowDays < 0 || p.WindowDays > 730:
		return fmt.Errorf("the return window must be between 1 and 730 days (0 for no limit)")
	case p.RestockingPercent < 0 || p.RestockingPercent > 100:
		return fmt.Errorf("the restocking fee must be between 0 and 100 %%")
	case p.ShippingFee < 0 || p.ShippingFee > money.Max:
		return fmt.Errorf("the return shipping fee %s is not an amount Shopdesk takes", money.Format(p.ShippingFee, p.Currency))
	case p.RepLimit < 0 || p.RepLimit > money.Max:
		return fmt.Errorf("the refund limit for reps %s is not an amount Shopdesk takes", money.Format(p.RepLimit, p.Currency))
	case p.RefundDays < 1 || p.RefundDays > 90:
		return fmt.Errorf("the refund target must be between 1 and 90 days")
	}
	seen := map[Reason]bool{}
	out := []Reason{}
	for _, r := range p.FreeShipping {
		if !slices.Contains(Reasons, r) {
			return fmt.Errorf("reason %q is not one Shopdesk knows", r)
		}
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	p.FreeShipping = out
	return nil
}

// PutPolicy saves the policy after checking it.
func PutPolicy(tx *bolt.Tx, p Policy) (Policy, error) {
	if err := p.Validate(); err != nil {
		return p, err
	}
	v, err := json.Marshal(p)
	if err != nil {
		return p, err
	}
	return p, tx.Bucket(store.BucketSettings).Put(policyKey, v)
}

// day is the calendar date of t in loc, as days since the epoch.
func day(t time.Time, loc *time.Location) int {
	y, m, d := t.In(loc).Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// check works out the policy for returning items of o asked on at: the
// window in days (from delivery, else the order date, in the shop's time
// zone), and the money.
func check(p Policy, o orders.Order, items []Item, reason Reason, at time.Time, loc *time.Location) Check {
	c := Check{WindowDays: p.WindowDays, From: "order date"}
	start := o.PlacedAt
	if o.DeliveredAt != nil {
		start, c.From = *o.DeliveredAt, "delivery"
	}
	c.Day = max(0, day(at, loc)-day(start, loc))
	switch {
	case p.WindowDays == 0:
		c.Within, c.Text = true, fmt.Sprintf("day %d since %s: the shop has no return window", c.Day, c.From)
	case c.Day <= p.WindowDays:
		c.Within, c.Text = true, fmt.Sprintf("day %d of %d: within the window", c.Day, p.WindowDays)
	default:
		past := c.Day - p.WindowDays
		c.Text = fmt.Sprintf("%d %s past the %d-day window: only the owner can approve, with a reason", past, plural(past, "day"), p.WindowDays)
	}
	if c.From == "order date" && p.WindowDays > 0 {
		c.Text += " (counted from the order date: the delivery date is not known)"
	}
	paid := paidFor(o)
	for _, it := range items {
		c.ItemsPaid += paid.of(it.Line, it.Quantity)
	}
	c.Restocking = c.ItemsPaid * int64(p.RestockingPercent) / 100
	if !slices.Contains(p.FreeShipping, reason) && o.Currency == p.Currency {
		c.ShippingFee = p.ShippingFee
	}
	c.RefundDue = max(0, c.ItemsPaid-c.Restocking-c.ShippingFee)
	c.RefundCap = min(c.ItemsPaid, o.Total-o.Refunded)
	c.RefundDue = min(c.RefundDue, c.RefundCap)
	return c
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
