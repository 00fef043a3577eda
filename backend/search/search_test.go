package search_test

import (
	"fmt"
	"reflect"
	"testing"

	"shopdesk/backend/search"
)

func TestTerms(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"stop words dropped", "Where is my parcel?", []string{"where", "parcel"}},
		{"email whole and in parts", "Email: Ann.Lee@Example.com.", []string{"email", "ann.lee@example.com", "ann", "lee", "example", "com"}},
		{"order number whole and in parts", "Order #SD-104233 arrived", []string{"order", "sd-104233", "sd", "104233", "arrived"}},
		{"letters beyond ASCII, single letters dropped", "Zoë's café", []string{"zoë", "café"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := search.Terms(c.text); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Terms(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}

func ExampleTerms() {
	fmt.Println(search.Terms("Ann's order SD-1042 is late"))
	// Output: [ann order sd-1042 sd 1042 late]
}
