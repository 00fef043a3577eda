package main

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// report prints figures as they are measured and counts the verdicts.
type report struct {
	met, missed, skipped int
	misses               []string
}

func format(v float64) string {
	switch a := math.Abs(v); {
	case a >= 100:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case a >= 10:
		return strconv.FormatFloat(v, 'f', 1, 64)
	default:
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
}

// formatLimit writes a target the way a person would: 10, 1.5, 382.
func formatLimit(v float64) string {
	if math.Abs(v) >= 100 {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}

// add prints one figure with its target, e.g.
// "bench: inbox_first_page_p95_all 3.20 ms target <= 10".
func (r *report) add(name string, v float64, unit, op string, limit float64) {
	fmt.Printf("bench: %s %s %s target %s %s\n", name, format(v), unit, op, formatLimit(limit))
	ok := v <= limit
	if op == ">=" {
		ok = v >= limit
	}
	if ok {
		r.met++
	} else {
		r.missed++
		r.misses = append(r.misses, fmt.Sprintf("%s %s %s (target %s %s)", name, format(v), unit, op, formatLimit(limit)))
	}
}

// skip prints a figure that could not be measured here, and why.
func (r *report) skip(name, unit, op string, limit float64, why string) {
	fmt.Printf("bench: %s skip %s target %s %s (%s)\n", name, unit, op, formatLimit(limit), why)
	r.skipped++
}

// note prints context that is not a figure.
func note(format string, args ...any) { fmt.Printf("  "+format+"\n", args...) }

func (r *report) summary(took time.Duration) {
	fmt.Printf("\n%d met, %d missed, %d skipped (%s)\n", r.met, r.missed, r.skipped, took.Round(time.Second))
	for _, m := range r.misses {
		fmt.Println("  missed:", m)
	}
}

// timings are durations of one kind of call.
type timings []time.Duration

// pct is the p-th percentile (0 < p ≤ 100), nearest rank.
func (t timings) pct(p float64) time.Duration {
	if len(t) == 0 {
		return 0
	}
	s := slices.Clone(t)
	slices.Sort(s)
	i := int(math.Ceil(p/100*float64(len(s)))) - 1
	return s[max(0, min(i, len(s)-1))]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// measure calls fn warm times, then n times, timing each call.
func measure(warm, n int, fn func() error) (timings, error) {
	for i := 0; i < warm; i++ {
		if err := fn(); err != nil {
			return nil, err
		}
	}
	out := make(timings, 0, n)
	for i := 0; i < n; i++ {
		t0 := time.Now()
		if err := fn(); err != nil {
			return nil, err
		}
		out = append(out, time.Since(t0))
	}
	return out, nil
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func list(v []float64) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = format(x)
	}
	return strings.Join(parts, " ")
}
