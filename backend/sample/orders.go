package sample

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/orders"
	"shopdesk/backend/store"
)

// orderRef is what a ticket about an order needs to know of it.
type orderRef struct {
	id        uint64
	number    string
	product   string
	placed    time.Time
	delivered time.Time // zero: not (yet) delivered
	lines     []int     // each line's quantity
}

// sku is a product's stock code, the same for the same product.
func sku(product string) string {
	h := fnv.New32a()
	h.Write([]byte(product))
	words := strings.Fields(strings.ToUpper(product))
	code := ""
	for _, w := range words {
		code += w[:1]
	}
	return fmt.Sprintf("%s-%03d", code, h.Sum32()%1000)
}

// price is a product's price in cents, the same for the same product.
func price(product string) int64 {
	h := fnv.New32a()
	h.Write([]byte(product))
	return 1200 + int64(h.Sum32()%220)*100 + 95
}

// orders gives every customer one to four orders over the shop's history
// (two on average), shipped a day or two after, delivered days later;
// the most recent are not out yet.
func (g *gen) orders(db *store.DB) error {
	type planned struct {
		cust int
		at   time.Time
	}
	var plan []planned
	for i := range g.custs {
		n := 1 + g.rnd.IntN(3)
		if g.custs[i].repeat || g.custs[i].wholesale {
			n += 1 + g.rnd.IntN(2)
		}
		for range n {
			at := g.begin.Add(-30 * 24 * time.Hour).Add(time.Duration(g.rnd.Int64N(int64(g.opts.Now.Sub(g.begin) + 29*24*time.Hour))))
			plan = append(plan, planned{i, at.Truncate(time.Minute)})
		}
	}
	slices.SortFunc(plan, func(a, b planned) int { return a.at.Compare(b.at) })
	const perTx = 2000
	for from := 0; from < len(plan); from += perTx {
		err := db.Update(func(tx *bolt.Tx) error {
			for i := from; i < min(from+perTx, len(plan)); i++ {
				p := plan[i]
				c := &g.custs[p.cust]
				o := orders.Order{Number: fmt.Sprintf("SD-%06d", 100_000+i), CustomerID: c.id, Name: c.name, Email: c.email,
					PlacedAt: p.at, Currency: "USD", Payment: orders.PaymentPaid, PaymentMethod: g.pick([]string{"Card", "Card", "Card", "PayPal", "Apple Pay"}),
					Shipping: []int64{0, 495, 695}[g.rnd.IntN(3)]}
				lines := 1 + g.rnd.IntN(3)
				for range lines {
					pr := g.pick(products)
					it := orders.Item{Product: title(pr), SKU: sku(pr), Quantity: 1 + g.rnd.IntN(2), UnitPrice: price(pr)}
					if g.chance(0.08) {
						it.Discount = it.UnitPrice * int64(it.Quantity) / 10
					}
					o.Items = append(o.Items, it)
				}
				if g.chance(0.1) {
					o.Discount = 500
				}
				paid := p.at.Add(time.Duration(1+g.rnd.IntN(5)) * time.Minute)
				o.PaidAt = &paid
				o.Fulfilment = orders.Unfulfilled
				if shipped := p.at.Add(time.Duration(20+g.rnd.IntN(40)) * time.Hour); shipped.Before(g.opts.Now) {
					o.Fulfilment, o.FulfilledAt = orders.Fulfilled, &shipped
					o.Carrier = g.pick(carriers)
					o.Tracking = fmt.Sprintf("JL%09dGB", g.rnd.IntN(1_000_000_000))
					if delivered := shipped.Add(time.Duration(2+g.rnd.IntN(5)) * 24 * time.Hour); delivered.Before(g.opts.Now) {
						o.Fulfilment, o.DeliveredAt = orders.Delivered, &delivered
					}
				}
				o.Source = orders.FromShopify
				if err := orders.Insert(tx, &o, p.at); err != nil {
					return err
				}
				ref := orderRef{id: o.ID, number: o.Number, product: strings.ToLower(o.Items[0].Product), placed: p.at}
				if o.DeliveredAt != nil {
					ref.delivered = *o.DeliveredAt
				}
				for _, it := range o.Items {
					ref.lines = append(ref.lines, it.Quantity)
				}
				c.orders = append(c.orders, ref)
				g.res.Orders++
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// lastOrder is the customer's latest order placed before t.
func (c *custInfo) lastOrder(t time.Time) (orderRef, bool) {
	for i := len(c.orders) - 1; i >= 0; i-- {
		if c.orders[i].placed.Before(t) {
			return c.orders[i], true
		}
	}
	return orderRef{}, false
}
