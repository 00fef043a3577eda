package sample_test

import (
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/tickets"
)

// TestEachTicketTellsOneStory reads the sample's tickets as a rep would:
// a ticket's subject, its first message and its tags are about the same
// thing.
func TestEachTicketTellsOneStory(t *testing.T) {
	t.Parallel()
	db, shop := generate(t, small(3, 800))
	// What a topic's tag says, and the categories it fits.
	tagFits := map[string][]tickets.Category{
		"shipping": {"shipping_delay", "item_missing"}, "carrier": {"shipping_delay"},
		"warehouse": {"incorrect_item", "item_missing"}, "refund": {"return_refund"},
		"exchange": {"incorrect_item", "return_refund"}, "damaged": {"complaint"},
		"backorder": {"out_of_stock"}, "cancellation": {"cancellation"},
		"expedite": {"shipping_delay", "item_missing", "incorrect_item"},
	}
	wheres := 0
	err := db.View(func(tx *bolt.Tx) error {
		for id := uint64(1); id <= uint64(shop.Result.Tickets); id++ {
			tk, err := tickets.Get(tx, id)
			if err != nil {
				return err
			}
			msgs, err := tickets.Messages(tx, id)
			if err != nil {
				return err
			}
			first := strings.ToLower(msgs[0].Body)
			for _, tag := range tk.Tags {
				if fits, ok := tagFits[tag]; ok && !slices.Contains(fits, tk.Category) {
					t.Errorf("ticket %d %q (%s) is tagged %q", tk.Number, tk.Subject, tk.Category, tag)
				}
			}
			if strings.HasPrefix(tk.Subject, "Where is my order") {
				wheres++
				if tk.Category != "shipping_delay" || !strings.Contains(first, "arrived") || slices.Contains(tk.Tags, "refund") {
					t.Errorf("ticket %d %q: category %s, tags %v, message %q", tk.Number, tk.Subject, tk.Category, tk.Tags, first)
				}
			}
			if strings.Contains(tk.Subject, "Refund not received") && !strings.Contains(first, "refund") {
				t.Errorf("ticket %d %q: message %q says nothing of a refund", tk.Number, tk.Subject, first)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if wheres == 0 {
		t.Error("no \"Where is my order\" ticket in the sample")
	}
}
