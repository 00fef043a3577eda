package tickets

import "testing"

// TestStoredCodesNeverChange pins the one-byte codes written into every list
// row: a changed number would make existing data files mean something else.
func TestStoredCodesNeverChange(t *testing.T) {
	pin := func(what string, got map[string]uint8, want map[string]uint8) {
		t.Helper()
		if len(got) != len(want) {
			t.Errorf("%s: %d codes, pinned %d: a new value needs a new, unused code and a line here", what, len(got), len(want))
		}
		for v, c := range want {
			if g, ok := got[v]; !ok || g != c {
				t.Errorf("%s %q: code %d, pinned %d (present: %v): stored rows would change meaning", what, v, g, c, ok)
			}
		}
		seen := map[uint8]string{}
		for v, c := range got {
			if c >= 16 {
				t.Errorf("%s %q: code %d does not fit the 16-bit filter sets", what, v, c)
			}
			if o, dup := seen[c]; dup {
				t.Errorf("%s %q and %q share code %d", what, v, o, c)
			}
			seen[c] = v
		}
	}
	pin("status", strs(statusCodes), map[string]uint8{"new": 0, "open": 1, "pending": 2, "escalated": 3, "resolved": 4, "closed": 5})
	pin("priority", strs(priorityCodes), map[string]uint8{"urgent": 0, "high": 1, "normal": 2, "low": 3})
	pin("channel", strs(channelCodes), map[string]uint8{"email": 0, "chat": 1, "phone": 2, "social": 3, "marketplace": 4, "webform": 5})
	pin("category", strs(categoryCodes), map[string]uint8{"shipping_delay": 0, "incorrect_item": 1, "item_missing": 2,
		"cancellation": 3, "out_of_stock": 4, "complaint": 5, "return_refund": 6, "product_question": 7, "other": 8})

	// Every value the window offers has a code.
	for _, s := range Statuses {
		if _, ok := statusCodes[s]; !ok {
			t.Errorf("status %q has no stored code", s)
		}
		if activeCode(statusCodes[s]) != s.Active() {
			t.Errorf("status %q: activeCode disagrees with Active", s)
		}
	}
	for _, p := range Priorities {
		if _, ok := priorityCodes[p]; !ok {
			t.Errorf("priority %q has no stored code", p)
		}
	}
	for _, c := range Channels {
		if _, ok := channelCodes[c]; !ok {
			t.Errorf("channel %q has no stored code", c)
		}
	}
	for _, c := range Categories {
		if _, ok := categoryCodes[c]; !ok {
			t.Errorf("category %q has no stored code", c)
		}
	}
}

func strs[T ~string](m map[T]uint8) map[string]uint8 {
	out := make(map[string]uint8, len(m))
	for k, v := range m {
		out[string(k)] = v
	}
	return out
}
