package orders

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"shopdesk/backend/limits"
	"shopdesk/backend/money"
)

// layout reads one platform's export: which column names an order, and
// how a row fills the order being built.
type layout struct {
	format Format
	source Source
	key    func(r row) string
	// fill takes the order-level columns when first is true (the order's
	// first row) and the row's line item every time.
	fill func(r row, d *draft, first bool) error
}

// draft is an order being read from its rows.
type draft struct {
	o                  Order
	email, name, phone string
	line               int // its first row's line
	total              int64
	hasTotal           bool
	loc                *time.Location
	defCur             string
	now                time.Time
}

// detect tells the export's platform by its header.
func detect(f *csvFile, want Format) (layout, error) {
	shopify := f.has("name", "lineitem name") && f.col("lineitem quantity") >= 0 && f.col("lineitem price") >= 0
	woo := f.has("order_id", "item_name") && f.col("billing_email", "customer_email") >= 0 && f.col("order_total") >= 0 && f.col("item_quantity", "quantity") >= 0 &&
		(f.col("order_currency", "billing_first_name", "status") >= 0)
	plain := f.has("order_id", "order_date", "customer_email", "item_name", "quantity", "unit_price")
	switch {
	case (want == FormatAuto || want == FormatShopify) && shopify:
		return shopifyLayout(f), nil
	case (want == FormatAuto || want == FormatWooCommerce) && woo && !plain:
		return wooLayout(f), nil
	case (want == FormatAuto || want == FormatCSV) && plain:
		return plainLayout(f), nil
	case want == FormatWooCommerce && woo:
		return wooLayout(f), nil
	}
	expect := map[Format]string{
		FormatShopify:     "a Shopify orders export (columns Name, Email, Lineitem name, Lineitem quantity, Lineitem price …)",
		FormatWooCommerce: "a WooCommerce order export with one row per item (columns order_id, order_date, billing_email, item_name, item_quantity, order_total …)",
		FormatCSV:         "Shopdesk's plain order CSV (columns order_id, order_date, customer_email, item_name, quantity, unit_price)",
	}
	what := expect[want]
	if want == FormatAuto || what == "" {
		what = "a Shopify or WooCommerce orders export, or Shopdesk's plain order CSV (order_id, order_date, customer_email, item_name, quantity, unit_price)"
	}
	other := ""
	switch {
	case shopify:
		other = " It looks like a Shopify orders export: choose Shopify."
	case woo:
		other = " It looks like a WooCommerce export: choose WooCommerce."
	case plain:
		other = " It looks like Shopdesk's plain CSV: choose Plain CSV."
	case f.has("handle", "title", "variant sku"):
		other = " It looks like a Shopify products export, not orders."
	case f.has("first name", "last name", "email") || f.has("email", "accepts email marketing"):
		other = " It looks like a customers export, not orders."
	}
	return layout{}, fmt.Errorf("this file is not %s. Its first line has: %s.%s", what, f.firstLine(), other)
}

func (d *draft) amount(what, s string, optional bool) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		if optional {
			return 0, nil
		}
		return 0, fmt.Errorf("the %s is empty", what)
	}
	v, err := money.Parse(s, d.o.Currency)
	if err != nil {
		return 0, fmt.Errorf("the %s: %w", what, err)
	}
	return v, nil
}

func (d *draft) date(what, s string) (*time.Time, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	t, err := ParseDate(s, d.loc)
	if err != nil {
		return nil, fmt.Errorf("the %s: %w", what, err)
	}
	if t.After(d.now.Add(Future)) {
		return nil, fmt.Errorf("the %s %s is in the future", what, t.In(d.loc).Format("2 Jan 2006"))
	}
	return &t, nil
}

func (d *draft) currency(s string) error {
	if strings.TrimSpace(s) == "" {
		s = d.defCur
	}
	c, err := money.CleanCurrency(s)
	d.o.Currency = c
	return err
}

func quantity(s string) (int, error) {
	q, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 0, fmt.Errorf("the quantity %q is not a whole number", limits.Clip(s, 20))
	}
	if q < 1 || q > MaxQuantity {
		return 0, fmt.Errorf("the quantity %d is not between 1 and %d", q, MaxQuantity)
	}
	return q, nil
}

// addItem appends a line item: price is the unit price before discounts,
// discount the line's own discount for all its units.
func (d *draft) addItem(product, sku string, qty int, price, discount int64) error {
	product, sku = strings.TrimSpace(product), strings.TrimSpace(sku)
	if product == "" && sku == "" {
		return fmt.Errorf("the line item has no product name")
	}
	if discount > price*int64(qty) {
		return fmt.Errorf("the line discount %s is more than the line costs", money.Format(discount, d.o.Currency))
	}
	if product == "" {
		product = sku
	}
	d.o.Items = append(d.o.Items, Item{Line: len(d.o.Items) + 1, Product: limits.Clip(product, MaxProduct),
		SKU: limits.Clip(sku, MaxSKU), Quantity: qty, UnitPrice: price, Discount: discount})
	return nil
}

// ---- Shopify: Admin → Orders → Export. One row per line item; the
// order's own columns are filled on its first row only.

func shopifyLayout(f *csvFile) layout {
	c := func(n ...string) int { return f.col(n...) }
	name, email, fin, paidAt, ful, fulAt := c("name"), c("email"), c("financial status"), c("paid at"), c("fulfillment status"), c("fulfilled at", "fulfillment date")
	cur, sub, ship, tax, total, disc := c("currency"), c("subtotal"), c("shipping"), c("taxes"), c("total"), c("discount amount")
	created, qty, lname, lprice, lsku, ldisc := c("created at"), c("lineitem quantity"), c("lineitem name"), c("lineitem price"), c("lineitem sku"), c("lineitem discount")
	bill, shipName, phone, billPhone := c("billing name"), c("shipping name"), c("phone"), c("billing phone")
	notes, cancelled, method, refunded := c("notes"), c("cancelled at"), c("payment method"), c("refunded amount")
	_ = sub
	return layout{format: FormatShopify, source: FromShopify,
		key: func(r row) string { return r.get(name) },
		fill: func(r row, d *draft, first bool) error {
			if first {
				d.email = r.get(email)
				d.name = firstOf(r.get(bill), r.get(shipName))
				d.phone = firstOf(r.get(phone), r.get(billPhone))
				if err := d.currency(r.get(cur)); err != nil {
					return err
				}
				placed, err := d.date("order date (Created at)", r.get(created))
				if err != nil {
					return err
				}
				if placed == nil {
					return fmt.Errorf("the order has no Created at date")
				}
				d.o.PlacedAt = *placed
				if d.o.PaidAt, err = d.date("Paid at date", r.get(paidAt)); err != nil {
					return err
				}
				if d.o.FulfilledAt, err = d.date("Fulfilled at date", r.get(fulAt)); err != nil {
					return err
				}
				if d.o.CancelledAt, err = d.date("Cancelled at date", r.get(cancelled)); err != nil {
					return err
				}
				if d.o.Shipping, err = d.amount("Shipping", r.get(ship), true); err != nil {
					return err
				}
				if d.o.Tax, err = d.amount("Taxes", r.get(tax), true); err != nil {
					return err
				}
				if d.o.Discount, err = d.amount("Discount Amount", r.get(disc), true); err != nil {
					return err
				}
				if d.o.Refunded, err = d.amount("Refunded Amount", r.get(refunded), true); err != nil {
					return err
				}
				if s := r.get(total); s != "" {
					if d.total, err = d.amount("Total", s, false); err != nil {
						return err
					}
					d.hasTotal = true
				}
				d.o.Payment = shopifyPayment(r.get(fin))
				d.o.Fulfilment = shopifyFulfilment(r.get(ful), d.o.CancelledAt != nil)
				d.o.PaymentMethod = limits.Clip(r.get(method), 100)
				d.o.Notes = limits.Clip(r.get(notes), MaxNotes)
			}
			q, err := quantity(r.get(qty))
			if err != nil {
				return err
			}
			price, err := d.amount("Lineitem price", r.get(lprice), false)
			if err != nil {
				return err
			}
			ld, err := d.amount("Lineitem discount", r.get(ldisc), true)
			if err != nil {
				return err
			}
			return d.addItem(r.get(lname), r.get(lsku), q, price, ld)
		}}
}

func shopifyPayment(s string) Payment {
	switch p := Payment(strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), " ", "_"))); p {
	case PaymentPending, PaymentAuthorized, PaymentPartiallyPaid, PaymentPaid, PaymentPartiallyRefunded, PaymentRefunded, PaymentVoided:
		return p
	case "expired":
		return PaymentVoided
	}
	return PaymentPending
}

func shopifyFulfilment(s string, cancelled bool) Fulfilment {
	if cancelled {
		return Cancelled
	}
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "fulfilled", "restocked":
		return Fulfilled
	case "partial", "partially_fulfilled":
		return PartiallyFulfilled
	}
	return Unfulfilled
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// ---- WooCommerce: the "Customer/Order/Coupon Export" extension's
// "Default CSV – One row per item" format (the columns its developer
// documentation names; free exporters can be set to the same names).
// Order columns repeat on every item row.

func wooLayout(f *csvFile) layout {
	c := func(n ...string) int { return f.col(n...) }
	id, number, date, status, cur := c("order_id"), c("order_number", "order_number_formatted"), c("order_date", "date"), c("status", "order_status"), c("order_currency", "currency")
	ship, tax, disc, total, refunded := c("shipping_total", "order_shipping"), c("tax_total", "order_tax"), c("discount_total", "cart_discount"), c("order_total"), c("refunded_total", "order_refunded")
	email, first, last, phone, method := c("billing_email", "customer_email"), c("billing_first_name"), c("billing_last_name"), c("billing_phone"), c("payment_method_title", "payment_method")
	paid, done, note := c("paid_date", "date_paid"), c("completed_date", "date_completed"), c("customer_note")
	iname, isku, iqty, isub, itotal := c("item_name"), c("item_sku", "sku"), c("item_quantity", "quantity"), c("item_subtotal"), c("item_total")
	return layout{format: FormatWooCommerce, source: FromWooCommerce,
		key: func(r row) string {
			if n := r.get(number); n != "" {
				return n
			}
			return r.get(id)
		},
		fill: func(r row, d *draft, first_ bool) error {
			if first_ {
				d.email = r.get(email)
				d.name = strings.TrimSpace(r.get(first) + " " + r.get(last))
				d.phone = r.get(phone)
				if err := d.currency(r.get(cur)); err != nil {
					return err
				}
				placed, err := d.date("order_date", r.get(date))
				if err != nil {
					return err
				}
				if placed == nil {
					return fmt.Errorf("the order has no order_date")
				}
				d.o.PlacedAt = *placed
				if d.o.PaidAt, err = d.date("paid date", r.get(paid)); err != nil {
					return err
				}
				if d.o.FulfilledAt, err = d.date("completed date", r.get(done)); err != nil {
					return err
				}
				for _, a := range []struct {
					col  int
					to   *int64
					name string
				}{{ship, &d.o.Shipping, "shipping_total"}, {tax, &d.o.Tax, "tax_total"}, {disc, &d.o.Discount, "discount_total"}, {refunded, &d.o.Refunded, "refunded_total"}} {
					if *a.to, err = d.amount(a.name, r.get(a.col), true); err != nil {
						return err
					}
				}
				if d.total, err = d.amount("order_total", r.get(total), false); err != nil {
					return err
				}
				d.hasTotal = true
				d.o.Payment, d.o.Fulfilment = wooStatus(r.get(status))
				d.o.PaymentMethod = limits.Clip(r.get(method), 100)
				d.o.Notes = limits.Clip(r.get(note), MaxNotes)
			}
			q, err := quantity(r.get(iqty))
			if err != nil {
				return err
			}
			lineTotal, err := d.amount("item_total", r.get(itotal), itotal < 0)
			if err != nil {
				return err
			}
			sub, err := d.amount("item_subtotal", r.get(isub), true)
			if err != nil {
				return err
			}
			if sub == 0 {
				sub = lineTotal
			}
			// Woo gives line totals, not unit prices: the unit price is
			// the pre-discount subtotal a unit, rounded up so the line's
			// discount is never negative.
			unit := (sub + int64(q) - 1) / int64(q)
			if lineTotal == 0 && itotal < 0 {
				lineTotal = unit * int64(q)
			}
			return d.addItem(r.get(iname), r.get(isku), q, unit, unit*int64(q)-lineTotal)
		}}
}

func wooStatus(s string) (Payment, Fulfilment) {
	switch strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), "wc-") {
	case "completed":
		return PaymentPaid, Fulfilled
	case "processing":
		return PaymentPaid, Unfulfilled
	case "refunded":
		return PaymentRefunded, Fulfilled
	case "cancelled", "failed":
		return PaymentVoided, Cancelled
	}
	return PaymentPending, Unfulfilled // pending, on-hold, checkout-draft
}

// ---- Shopdesk's plain CSV (docs/orders-csv.md): one row per item; the
// order's columns may repeat or stay empty on its later rows.

func plainLayout(f *csvFile) layout {
	c := func(n ...string) int { return f.col(n...) }
	id, date, email, name, phone, cur := c("order_id"), c("order_date"), c("customer_email"), c("customer_name"), c("customer_phone"), c("currency")
	status, fstatus, fulAt, delAt := c("status", "payment_status"), c("fulfillment_status", "fulfilment_status"), c("fulfilled_at", "shipped_at"), c("delivered_at")
	total, ship, tax, disc, refunded, tracking, carrier := c("order_total"), c("shipping"), c("tax"), c("discount"), c("refunded_amount"), c("tracking_number"), c("carrier")
	iname, sku, qty, price, ldisc := c("item_name"), c("sku"), c("quantity"), c("unit_price"), c("item_discount")
	return layout{format: FormatCSV, source: FromCSV,
		key: func(r row) string { return r.get(id) },
		fill: func(r row, d *draft, first bool) error {
			if first {
				d.email, d.name, d.phone = r.get(email), r.get(name), r.get(phone)
				if err := d.currency(r.get(cur)); err != nil {
					return err
				}
				placed, err := d.date("order_date", r.get(date))
				if err != nil {
					return err
				}
				if placed == nil {
					return fmt.Errorf("the order has no order_date")
				}
				d.o.PlacedAt = *placed
				if d.o.FulfilledAt, err = d.date("fulfilled_at", r.get(fulAt)); err != nil {
					return err
				}
				if d.o.DeliveredAt, err = d.date("delivered_at", r.get(delAt)); err != nil {
					return err
				}
				for _, a := range []struct {
					col  int
					to   *int64
					name string
				}{{ship, &d.o.Shipping, "shipping"}, {tax, &d.o.Tax, "tax"}, {disc, &d.o.Discount, "discount"}, {refunded, &d.o.Refunded, "refunded_amount"}} {
					if *a.to, err = d.amount(a.name, r.get(a.col), true); err != nil {
						return err
					}
				}
				if s := r.get(total); s != "" {
					if d.total, err = d.amount("order_total", s, false); err != nil {
						return err
					}
					d.hasTotal = true
				}
				d.o.Payment = shopifyPayment(firstOf(r.get(status), "paid"))
				d.o.Fulfilment = shopifyFulfilment(r.get(fstatus), false)
				if strings.EqualFold(r.get(fstatus), "delivered") || d.o.DeliveredAt != nil {
					d.o.Fulfilment = Delivered
				} else if d.o.FulfilledAt != nil && d.o.Fulfilment == Unfulfilled {
					d.o.Fulfilment = Fulfilled
				}
				d.o.Tracking = limits.Clip(r.get(tracking), MaxTracking)
				d.o.Carrier = limits.Clip(r.get(carrier), 60)
			}
			q, err := quantity(r.get(qty))
			if err != nil {
				return err
			}
			p, err := d.amount("unit_price", r.get(price), false)
			if err != nil {
				return err
			}
			ld, err := d.amount("item_discount", r.get(ldisc), true)
			if err != nil {
				return err
			}
			return d.addItem(r.get(iname), r.get(sku), q, p, ld)
		}}
}
