// Package ordertest writes order exports as the shop platforms do, for
// tests and the benchmarks: the real column names, one row per line item.
package ordertest

import (
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// ShopifyHeader is the header of Shopify's orders export (79 columns).
const ShopifyHeader = "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,Payment References"

// Line is one line item of a written order.
type Line struct {
	Name, SKU string
	Qty       int
	Price     int64 // cents
	Discount  int64 // cents, the line's own
}

// Order is an order to write.
type Order struct {
	Name, Email, Customer string
	Created               time.Time
	Fulfilled             *time.Time
	Financial             string
	Fulfillment           string
	Currency              string
	Shipping, Tax         int64
	Discount              int64 // order-level, on top of the lines' own
	Refunded              int64
	Lines                 []Line
}

func cents(v int64) string { return fmt.Sprintf("%d.%02d", v/100, v%100) }

// Total is what Shopify would put in the Total column.
func (o Order) Total() int64 {
	var t int64
	for _, l := range o.Lines {
		t += l.Price*int64(l.Qty) - l.Discount
	}
	return t - o.Discount + o.Shipping + o.Tax
}

// WriteShopify writes orders the way Shopify exports them: a BOM, CRLF
// line ends, the order's own columns on its first row only.
func WriteShopify(w io.Writer, orders []Order) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	cols := strings.Split(ShopifyHeader, ",")
	if err := cw.Write(cols); err != nil {
		return err
	}
	at := map[string]int{}
	for i, c := range cols {
		at[c] = i
	}
	rec := make([]string, len(cols))
	for _, o := range orders {
		var lineDisc, sub int64
		for _, l := range o.Lines {
			lineDisc += l.Discount
			sub += l.Price*int64(l.Qty) - l.Discount
		}
		for i, l := range o.Lines {
			for j := range rec {
				rec[j] = ""
			}
			set := func(c, v string) { rec[at[c]] = v }
			set("Name", o.Name)
			set("Email", o.Email)
			set("Lineitem quantity", fmt.Sprint(l.Qty))
			set("Lineitem name", l.Name)
			set("Lineitem price", cents(l.Price))
			set("Lineitem sku", l.SKU)
			set("Lineitem requires shipping", "true")
			set("Lineitem taxable", "true")
			set("Lineitem fulfillment status", "pending")
			set("Lineitem discount", cents(l.Discount))
			set("Vendor", "Juniper Lane")
			if i == 0 {
				set("Financial Status", o.Financial)
				set("Paid at", o.Created.Add(time.Minute).Format("2006-01-02 15:04:05 -0700"))
				set("Fulfillment Status", o.Fulfillment)
				if o.Fulfilled != nil {
					set("Fulfilled at", o.Fulfilled.Format("2006-01-02 15:04:05 -0700"))
				}
				set("Accepts Marketing", "no")
				set("Currency", o.Currency)
				set("Subtotal", cents(sub-o.Discount))
				set("Shipping", cents(o.Shipping))
				set("Taxes", cents(o.Tax))
				set("Total", cents(o.Total()))
				if o.Discount+lineDisc > 0 {
					set("Discount Code", "WELCOME10")
				}
				set("Discount Amount", cents(o.Discount+lineDisc))
				set("Shipping Method", "Standard")
				set("Created at", o.Created.Format("2006-01-02 15:04:05 -0700"))
				set("Billing Name", o.Customer)
				set("Billing Address1", "12 Elm Street")
				set("Billing City", "Portland")
				set("Billing Zip", "'04101")
				set("Billing Country", "US")
				set("Shipping Name", o.Customer)
				set("Shipping Address1", "12 Elm Street\nFlat 2")
				set("Shipping City", "Portland")
				set("Shipping Zip", "'04101")
				set("Shipping Country", "US")
				set("Payment Method", "Shopify Payments")
				set("Refunded Amount", cents(o.Refunded))
				set("Outstanding Balance", "0.00")
				set("Id", fmt.Sprint(5_000_000_000+len(o.Name)*7919))
				set("Risk Level", "Low")
				set("Source", "web")
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

var products = []struct {
	name, sku string
	price     int64
}{
	{"Linen throw - Sage", "LT-SAGE", 8900}, {"Stoneware mug - Ash", "MUG-ASH", 2400}, {"Oak serving board", "OSB-L", 6500},
	{"Wool blanket - Oat", "WB-OAT", 14900}, {"Beeswax candle trio", "BCT-3", 3200}, {"Rattan basket - Medium", "RB-M", 4800},
	{"Glass carafe", "GC-1L", 3900}, {"Cotton napkins (set of 4)", "CN-4", 2800}, {"Ceramic vase - Dune", "CV-DUNE", 5400},
	{"Copper measuring cups", "CMC-4", 4200},
}

// Sample makes n plausible orders (about 2.5 line items each) from seed,
// placed over the year before end, for customers with numbered addresses.
func Sample(n int, seed uint64, end time.Time) []Order {
	rnd := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	zone := time.FixedZone("", 2*3600)
	out := make([]Order, n)
	for i := range out {
		created := end.Add(-time.Duration(rnd.Int64N(int64(365 * 24 * time.Hour)))).In(zone).Truncate(time.Second)
		o := Order{Name: fmt.Sprintf("#%d", 1001+i), Email: fmt.Sprintf("Customer%d@Example.com", rnd.IntN(max(n/2, 1))),
			Customer: fmt.Sprintf("Customer %d", i), Created: created, Financial: "paid", Fulfillment: "fulfilled",
			Currency: "USD", Shipping: 495}
		f := created.Add(30 * time.Hour)
		o.Fulfilled = &f
		lines := 1 + rnd.IntN(4)
		for range lines {
			p := products[rnd.IntN(len(products))]
			l := Line{Name: p.name, SKU: p.sku, Qty: 1 + rnd.IntN(3), Price: p.price}
			if rnd.IntN(10) == 0 {
				l.Discount = l.Price * int64(l.Qty) / 10
			}
			o.Lines = append(o.Lines, l)
		}
		if rnd.IntN(8) == 0 {
			o.Discount = 500
		}
		o.Tax = (o.Total() - o.Shipping) * 8 / 100
		if rnd.IntN(20) == 0 {
			o.Financial, o.Refunded = "partially_refunded", min(o.Lines[0].Price, o.Total())
		}
		out[i] = o
	}
	return out
}
