package money

import (
	"errors"
	"testing"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in, cur string
		want    int64
	}{
		{"12.50", "USD", 1250}, {"12", "USD", 1200}, {"1,299.00", "USD", 129900}, {"$0.99", "USD", 99},
		{"12,50", "EUR", 1250}, {"1,299", "USD", 129900}, {"500", "JPY", 500}, {"1.250", "KWD", 1250},
		{"12.500", "USD", 1250}, {" 7.1 ", "GBP", 710}, {"-0.00", "USD", 0},
	} {
		got, err := Parse(c.in, c.cur)
		if err != nil || got != c.want {
			t.Errorf("Parse(%q, %s) = %d, %v; want %d", c.in, c.cur, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "abc", "12.345", "1e5", "99999999999", "12.5.1"} {
		if v, err := Parse(bad, "USD"); err == nil {
			t.Errorf("Parse(%q) = %d, want an error", bad, v)
		}
	}
	if _, err := Parse("-5.00", "USD"); !errors.Is(err, ErrNegative) {
		t.Errorf("negative: %v", err)
	}
}

func TestDecimal(t *testing.T) {
	for _, c := range []struct {
		v    int64
		cur  string
		want string
	}{{1250, "USD", "12.50"}, {5, "EUR", "0.05"}, {500, "JPY", "500"}, {-1250, "USD", "-12.50"}, {1250, "KWD", "1.250"}} {
		if got := Decimal(c.v, c.cur); got != c.want {
			t.Errorf("Decimal(%d, %s) = %q, want %q", c.v, c.cur, got, c.want)
		}
	}
}

func TestShareAddsUpExactly(t *testing.T) {
	parts := Share(1000, []int64{3333, 3333, 3334})
	if parts[0]+parts[1]+parts[2] != 1000 {
		t.Fatalf("parts %v do not add up to 1000", parts)
	}
	if got := Share(101, []int64{1, 1}); got[0]+got[1] != 101 {
		t.Fatalf("odd cent lost: %v", got)
	}
	if got := Share(500, []int64{0, 0}); got[0] != 0 || got[1] != 0 {
		t.Fatalf("zero weights: %v", got)
	}
}

func TestCleanCurrency(t *testing.T) {
	if c, err := CleanCurrency(" eur "); err != nil || c != "EUR" {
		t.Fatalf("CleanCurrency = %q, %v", c, err)
	}
	for _, bad := range []string{"", "EURO", "E1R", "€"} {
		if _, err := CleanCurrency(bad); err == nil {
			t.Errorf("CleanCurrency(%q) accepted", bad)
		}
	}
}
