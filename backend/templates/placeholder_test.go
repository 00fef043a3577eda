package templates

import "testing"

func TestKnownNamesAndAliasesAreUnambiguous(t *testing.T) {
	seen := map[string]string{}
	for _, p := range Known {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			k := normalize(n)
			if other, dup := seen[k]; dup {
				t.Errorf("%q of [%s] is also a spelling of [%s]", n, p.Name, other)
			}
			seen[k] = p.Name
		}
		if p.Description == "" || p.Source == "" {
			t.Errorf("[%s] needs a description and a source", p.Name)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		written string
		want    string // "" = not known
	}{
		{"Customer Name", "Customer Name"},
		{"[Customer Name]", "Customer Name"},
		{"customer   NAME", "Customer Name"},
		{"Insert Survey Link", "Survey Link"},
		{"discount code/coupon", "Discount Code"},
		{"Discount Code / Coupon", "Discount Code"},
		{"specific solution", "Specific Solution"},
		{"Shop Name", "Store Name"},
		{"Custmer Name", ""},
		{"Insert", ""},
	}
	for _, tc := range tests {
		t.Run(tc.written, func(t *testing.T) {
			p, ok := Lookup(tc.written)
			if tc.want == "" {
				if ok {
					t.Fatalf("Lookup(%q) = [%s], want unknown", tc.written, p.Name)
				}
				return
			}
			if !ok || p.Name != tc.want {
				t.Fatalf("Lookup(%q) = [%s], %v; want [%s]", tc.written, p.Name, ok, tc.want)
			}
		})
	}
}
