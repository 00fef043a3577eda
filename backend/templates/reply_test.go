package templates_test

import (
	"reflect"
	"testing"

	"shopdesk/backend/templates"
)

func TestCheckReply(t *testing.T) {
	cases := []struct {
		name     string
		text     string
		unfilled []string
		near     []templates.NearMiss
	}{
		{"common words in brackets are text", "Your [Order] and the [Item] are on their way [sic]. [Note]: 2 boxes.", nil, nil},
		{"a placeholder's name counts", "Hi [Customer Name], tracking: [Tracking Number].", []string{"Customer Name", "Tracking Number"}, nil},
		{"a multi-word alias counts", "Your order [Order ID] ships today.", []string{"Order Number"}, nil},
		{"a typo is caught", "Hi [Custmer Name], sorry!", nil, []templates.NearMiss{{Written: "[Custmer Name]", Suggestion: "Customer Name"}}},
		{"any case, once", "[tracking numbr] and [tracking numbr]", nil, []templates.NearMiss{{Written: "[tracking numbr]", Suggestion: "Tracking Number"}}},
		{"a word near a one-word alias is text", "All [Orders] ship today.", nil, nil},
		{"multibyte text", "Grüße [Kundenname] 🙂", nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			unfilled, near := templates.CheckReply(c.text)
			if !reflect.DeepEqual(unfilled, c.unfilled) {
				t.Errorf("unfilled = %q, want %q", unfilled, c.unfilled)
			}
			if !reflect.DeepEqual(near, c.near) {
				t.Errorf("near misses = %+v, want %+v", near, c.near)
			}
		})
	}
}
