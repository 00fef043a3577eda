package orders

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/limits"
	"shopdesk/backend/money"
	"shopdesk/backend/settings"
)

// Limits on an order's fields.
const (
	MaxNumber   = 64
	MaxProduct  = 200
	MaxSKU      = 64
	MaxItems    = 500
	MaxQuantity = 10_000
	MaxTracking = 100
	MaxNotes    = 5_000
	// Future is how far ahead of now a date may be (clocks and time zones
	// differ by hours, never by days).
	Future = 36 * time.Hour
)

// Zone is the shop's time zone (Settings → Business hours), in which dates
// without an offset are read.
func Zone(tx *bolt.Tx) *time.Location {
	s, err := settings.Get(tx)
	if err != nil {
		return time.UTC
	}
	return s.Hours.Location()
}

// ParseDate reads a date as people and exports write them: RFC 3339,
// "2025-10-07 09:50:26 +0200" (Shopify), "2025-10-07 09:50:26",
// "2025-10-07T09:50", "2025-10-07", "10/07/2025 09:50:26" (month first, as
// WooCommerce exporters write it). Without an offset it is in loc.
func ParseDate(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 -07:00", "2006-01-02 15:04:05 MST"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	for _, layout := range []string{"2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02 15:04", "2006-01-02T15:04", "2006-01-02",
		"01/02/2006 15:04:05", "01/02/2006 15:04", "01/02/2006"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q is not a date Shopdesk reads: write it as 2025-10-07 or 2025-10-07 09:50", limits.Clip(s, 40))
}

func optDate(what, s string, loc *time.Location, now time.Time) (*time.Time, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	t, err := ParseDate(s, loc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if t.After(now.Add(Future)) {
		return nil, fmt.Errorf("%s %s is in the future: check the date", what, t.In(loc).Format("2 Jan 2006"))
	}
	return &t, nil
}

// order checks in and makes the order it describes (customer found or
// created in tx); the caller gives it its ID.
func (in Input) order(tx *bolt.Tx, now time.Time) (Order, error) {
	loc := Zone(tx)
	o, err := in.check(loc, now)
	if err != nil {
		return o, err
	}
	var c customers.Customer
	if in.CustomerID != 0 {
		if c, err = customers.Get(tx, in.CustomerID); err != nil {
			return o, fmt.Errorf("the order's customer: %w", err)
		}
	} else {
		if strings.TrimSpace(in.Email) == "" && strings.TrimSpace(in.Name) == "" {
			return o, fmt.Errorf("the order has no customer: pick one, or type their name and email address")
		}
		if c, _, err = customers.FindOrCreate(tx, in.Name, in.Email, now); err != nil {
			return o, err
		}
	}
	o.CustomerID = c.ID
	if o.Name == "" {
		o.Name = c.Name
	}
	if o.Email == "" {
		o.Email = c.Email
	}
	return o, nil
}

// check validates everything but the customer.
func (in Input) check(loc *time.Location, now time.Time) (Order, error) {
	var o Order
	o.Number = strings.TrimSpace(in.Number)
	switch {
	case o.Number == "" || o.Number == "#":
		return o, fmt.Errorf("the order has no number: type the shop's order number, such as #1001")
	case utf8.RuneCountInString(o.Number) > MaxNumber:
		return o, fmt.Errorf("order number is too long: use at most %d characters", MaxNumber)
	}
	if err := limits.Line("order number", o.Number); err != nil {
		return o, err
	}
	cur, err := money.CleanCurrency(in.Currency)
	if err != nil {
		return o, err
	}
	o.Currency = cur
	if strings.TrimSpace(in.PlacedAt) == "" {
		return o, fmt.Errorf("order %s has no order date: type the day it was placed", o.Number)
	}
	placed, err := optDate("order date", in.PlacedAt, loc, now)
	if err != nil {
		return o, err
	}
	o.PlacedAt = *placed
	if o.PaidAt, err = optDate("paid date", in.PaidAt, loc, now); err != nil {
		return o, err
	}
	if o.FulfilledAt, err = optDate("shipped date", in.FulfilledAt, loc, now); err != nil {
		return o, err
	}
	if o.DeliveredAt, err = optDate("delivery date", in.DeliveredAt, loc, now); err != nil {
		return o, err
	}
	for _, d := range []struct {
		what string
		t    *time.Time
	}{{"shipped", o.FulfilledAt}, {"delivered", o.DeliveredAt}} {
		if d.t != nil && d.t.Before(o.PlacedAt.Add(-24*time.Hour)) {
			return o, fmt.Errorf("order %s is %s before it was placed: check the dates", o.Number, d.what)
		}
	}
	if len(in.Items) == 0 {
		return o, fmt.Errorf("order %s has no items: add at least one product", o.Number)
	}
	if len(in.Items) > MaxItems {
		return o, fmt.Errorf("order %s has %d items: Shopdesk keeps at most %d lines an order", o.Number, len(in.Items), MaxItems)
	}
	o.Items = make([]Item, len(in.Items))
	for i, it := range in.Items {
		it.Product, it.SKU = strings.TrimSpace(it.Product), strings.TrimSpace(it.SKU)
		line := fmt.Sprintf("line %d of order %s", i+1, o.Number)
		switch {
		case it.Product == "" && it.SKU == "":
			return o, fmt.Errorf("%s has no product name: type what was bought", line)
		case utf8.RuneCountInString(it.Product) > MaxProduct:
			return o, fmt.Errorf("%s: the product name is too long (at most %d characters)", line, MaxProduct)
		case utf8.RuneCountInString(it.SKU) > MaxSKU:
			return o, fmt.Errorf("%s: the SKU is too long (at most %d characters)", line, MaxSKU)
		case it.Quantity < 1 || it.Quantity > MaxQuantity:
			return o, fmt.Errorf("%s: the quantity %d is not between 1 and %d", line, it.Quantity, MaxQuantity)
		case it.UnitPrice < 0 || it.UnitPrice > money.Max:
			return o, fmt.Errorf("%s: the price %s is not an amount Shopdesk takes", line, fmtMoney(it.UnitPrice, cur))
		case it.Discount < 0 || it.Discount > it.UnitPrice*int64(it.Quantity):
			return o, fmt.Errorf("%s: the discount %s is more than the line costs", line, fmtMoney(it.Discount, cur))
		}
		if err := limits.Line("product name", it.Product+it.SKU); err != nil {
			return o, fmt.Errorf("%s: %w", line, err)
		}
		if it.Product == "" {
			it.Product = it.SKU
		}
		o.Items[i] = it
		o.Subtotal += it.UnitPrice*int64(it.Quantity) - it.Discount
		if o.Subtotal > money.Max {
			return o, fmt.Errorf("order %s adds up to more than Shopdesk takes (%s): check the prices", o.Number, fmtMoney(money.Max, cur))
		}
	}
	for _, a := range []struct {
		what string
		v    int64
	}{{"discount", in.Discount}, {"shipping", in.Shipping}, {"tax", in.Tax}} {
		if a.v < 0 || a.v > money.Max {
			return o, fmt.Errorf("order %s: the %s %s is not an amount Shopdesk takes", o.Number, a.what, fmtMoney(a.v, cur))
		}
	}
	if in.Discount > o.Subtotal {
		return o, fmt.Errorf("order %s: the discount %s is more than the items cost (%s)", o.Number, fmtMoney(in.Discount, cur), fmtMoney(o.Subtotal, cur))
	}
	o.Discount, o.Shipping, o.Tax = in.Discount, in.Shipping, in.Tax
	o.Total = o.Subtotal - o.Discount + o.Shipping + o.Tax
	o.Payment, o.Fulfilment = in.Payment, in.Fulfilment
	if o.Payment == "" {
		o.Payment = PaymentPaid
	}
	if o.Fulfilment == "" {
		o.Fulfilment = Unfulfilled
		if o.DeliveredAt != nil {
			o.Fulfilment = Delivered
		} else if o.FulfilledAt != nil {
			o.Fulfilment = Fulfilled
		}
	}
	if !slices.Contains(Payments, o.Payment) {
		return o, fmt.Errorf("payment status %q is not known: choose one of pending, paid, partially_refunded, refunded …", limits.Clip(string(o.Payment), 30))
	}
	if !slices.Contains(Fulfilments, o.Fulfilment) {
		return o, fmt.Errorf("fulfilment status %q is not known: choose unfulfilled, partial, fulfilled, delivered or cancelled", limits.Clip(string(o.Fulfilment), 30))
	}
	o.PaymentMethod = limits.Clip(strings.TrimSpace(in.PaymentMethod), 100)
	o.Carrier = limits.Clip(strings.TrimSpace(in.Carrier), 60)
	o.Tracking = strings.TrimSpace(in.Tracking)
	if utf8.RuneCountInString(o.Tracking) > MaxTracking {
		return o, fmt.Errorf("tracking number is too long: use at most %d characters", MaxTracking)
	}
	o.Notes = strings.TrimSpace(in.Notes)
	if utf8.RuneCountInString(o.Notes) > MaxNotes {
		return o, fmt.Errorf("order notes are too long: keep them under %d characters", MaxNotes)
	}
	if err := limits.Body("order notes", o.Notes); err != nil {
		return o, err
	}
	o.Name = limits.Clip(strings.TrimSpace(in.Name), customers.MaxName)
	o.Email = strings.TrimSpace(in.Email)
	return o, nil
}
