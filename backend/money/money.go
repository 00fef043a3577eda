// Package money holds amounts as integer minor units (cents) with their
// currency, and turns them into and out of the text people and exports use.
// Nothing in Shopdesk stores money as a float.
package money

import (
	"errors"
	"fmt"
	"strings"
)

// Max is the largest amount Shopdesk accepts, in minor units: a typo of
// several zeros is refused rather than stored (ten million in a currency
// with cents).
const Max int64 = 1_000_000_000

// Digits is how many minor digits a currency has (ISO 4217); most have 2.
func Digits(currency string) int {
	switch strings.ToUpper(currency) {
	case "JPY", "KRW", "VND", "CLP", "ISK", "HUF", "TWD", "UGX", "XAF", "XOF", "PYG":
		return 0
	case "BHD", "KWD", "OMR", "JOD", "TND", "IQD", "LYD":
		return 3
	}
	return 2
}

// CleanCurrency checks a three-letter ISO 4217 code and upper-cases it.
func CleanCurrency(s string) (string, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) != 3 || strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return "", fmt.Errorf("currency %q is not a three-letter code such as USD or EUR", s)
	}
	return s, nil
}

// ErrNegative is returned by Parse for a negative amount.
var ErrNegative = errors.New("amount is below zero")

// Parse reads a decimal amount ("12.50", "1,299.00", "12", "$12.50") in the
// currency's minor units. A comma is a thousands separator unless it is the
// only separator with one to three digits after it ("12,50" in a European
// export), then it is the decimal mark. More decimals than the currency has,
// a negative or an amount over Max is an error that says which.
func Parse(s, currency string) (int64, error) {
	in := s
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "$€£¥ ")
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSuffix(s, strings.ToUpper(currency)), strings.ToUpper(currency)))
	if s == "" {
		return 0, fmt.Errorf("amount is empty")
	}
	neg := false
	if strings.HasPrefix(s, "-") {
		neg, s = true, s[1:]
	}
	if strings.Count(s, ",") == 1 && !strings.Contains(s, ".") {
		if i := strings.IndexByte(s, ','); len(s)-i-1 != 3 || Digits(currency) == 3 {
			s = strings.Replace(s, ",", ".", 1)
		}
	}
	s = strings.ReplaceAll(s, ",", "")
	whole, frac, _ := strings.Cut(s, ".")
	d := Digits(currency)
	if len(frac) > d {
		if strings.Trim(frac[d:], "0") != "" {
			return 0, fmt.Errorf("amount %q has more decimals than %s has", in, currency)
		}
		frac = frac[:d]
	}
	frac += strings.Repeat("0", d-len(frac))
	if whole == "" {
		whole = "0"
	}
	var v int64
	for _, r := range whole + frac {
		if r < '0' || r > '9' {
			return 0, fmt.Errorf("amount %q is not a number", in)
		}
		v = v*10 + int64(r-'0')
		if v > Max {
			return 0, fmt.Errorf("amount %q is too large: Shopdesk takes at most %s", in, Format(Max, currency))
		}
	}
	if neg && v != 0 {
		return 0, fmt.Errorf("amount %q: %w", in, ErrNegative)
	}
	return v, nil
}

// Decimal writes minor units as a plain decimal ("1299.00"); the window
// adds grouping and symbols for the reader.
func Decimal(minor int64, currency string) string {
	d := Digits(currency)
	sign := ""
	if minor < 0 {
		sign, minor = "-", -minor
	}
	if d == 0 {
		return fmt.Sprintf("%s%d", sign, minor)
	}
	p := int64(1)
	for range d {
		p *= 10
	}
	return fmt.Sprintf("%s%d.%0*d", sign, minor/p, d, minor%p)
}

// Format is Decimal followed by the currency code ("12.50 EUR"), for
// emails and messages.
func Format(minor int64, currency string) string {
	return Decimal(minor, currency) + " " + strings.ToUpper(currency)
}

// Share splits total across weights in proportion, in whole minor units,
// so that the parts add up to total exactly (largest remainders get the
// odd cents). It is how an order-level discount is spread over its items.
func Share(total int64, weights []int64) []int64 {
	out := make([]int64, len(weights))
	var sum int64
	for _, w := range weights {
		sum += w
	}
	if sum <= 0 || total == 0 {
		return out
	}
	type rem struct {
		i int
		r int64
	}
	rems := make([]rem, len(weights))
	var given int64
	for i, w := range weights {
		out[i] = total * w / sum
		rems[i] = rem{i, total * w % sum}
		given += out[i]
	}
	for left := total - given; left > 0; left-- {
		best := -1
		for j := range rems {
			if best < 0 || rems[j].r > rems[best].r {
				best = j
			}
		}
		out[rems[best].i]++
		rems[best].r = -1
	}
	return out
}
