package returns

import (
	"shopdesk/backend/money"
	"shopdesk/backend/orders"
)

// paid is what the customer paid for each line of an order: its price
// less its own discount, less its share of the order-level discount, plus
// its share of the tax when the tax came on top of the prices. Shares are
// whole cents that add up to the order's amounts exactly.
type paid struct {
	byLine map[int]int64
	qty    map[int]int
}

func paidFor(o orders.Order) paid {
	p := paid{byLine: map[int]int64{}, qty: map[int]int{}}
	nets := make([]int64, len(o.Items))
	for i, it := range o.Items {
		nets[i] = it.UnitPrice*int64(it.Quantity) - it.Discount
	}
	disc := money.Share(o.Discount, nets)
	after := make([]int64, len(nets))
	for i := range nets {
		after[i] = nets[i] - disc[i]
	}
	var tax []int64
	// Tax on top of the prices (North America): the total has it added.
	if o.Tax > 0 && o.Total == o.Subtotal-o.Discount+o.Shipping+o.Tax {
		tax = money.Share(o.Tax, after)
	}
	for i, it := range o.Items {
		v := after[i]
		if tax != nil {
			v += tax[i]
		}
		p.byLine[it.Line] = v
		p.qty[it.Line] = it.Quantity
	}
	return p
}

// of is what was paid for n units of a line: exact for the whole line,
// rounded down for part of it (never more than was paid).
func (p paid) of(line, n int) int64 {
	q := p.qty[line]
	if q == 0 || n <= 0 {
		return 0
	}
	if n >= q {
		return p.byLine[line]
	}
	return p.byLine[line] * int64(n) / int64(q)
}

// unit is the paid price of one unit (rounded down), for display.
func (p paid) unit(line int) int64 { return p.of(line, 1) }
