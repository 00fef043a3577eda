package customers

import (
	"fmt"
	"sort"
)

// Stats are what the customer list shows beside each customer: tickets
// still needing work, orders, and what they spent (total less refunds, in
// the shop's currency; orders in other currencies are not converted).
type Stats struct {
	OpenTickets int    `json:"openTickets"`
	Orders      int    `json:"orders"`
	Spent       int64  `json:"spent"`
	Currency    string `json:"currency"`
}

// StatsSource gives customers' stats; tickets and orders keep them, so
// the app wires it in.
type StatsSource interface {
	// All is every customer with any stats (the list sorts by them).
	All() (map[uint64]Stats, error)
	// Of is the stats of these customers, in order.
	Of(ids []uint64) ([]Stats, error)
}

// sortBy orders ids by a stat, keeping the name order among equals.
func sortBy(ids []uint64, all map[uint64]Stats, by string, desc bool) error {
	var key func(Stats) int64
	switch by {
	case "open":
		key = func(s Stats) int64 { return int64(s.OpenTickets) }
	case "orders":
		key = func(s Stats) int64 { return int64(s.Orders) }
	case "spent":
		key = func(s Stats) int64 { return s.Spent }
	default:
		return fmt.Errorf("the customer list sorts by name, open, orders or spent, not %q", by)
	}
	sort.SliceStable(ids, func(i, j int) bool {
		a, b := key(all[ids[i]]), key(all[ids[j]])
		if desc {
			return a > b
		}
		return a < b
	})
	return nil
}
