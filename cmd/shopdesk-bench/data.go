package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"shopdesk/backend/sample"
)

// baseline times a fixed piece of work that has nothing to do with
// Shopdesk, so that readers can tell a slow machine from a slow app: on an
// idle machine of the kind these numbers were taken on it is about 7 µs.
func baseline(r *report) {
	type item struct {
		ID      uint64    `json:"id"`
		Subject string    `json:"subject"`
		Tags    []string  `json:"tags"`
		At      time.Time `json:"at"`
		Count   int       `json:"count"`
		Body    string    `json:"body"`
	}
	doc, _ := json.Marshal(item{ID: 104233, Subject: "Order SD-104233 still not delivered", Tags: []string{"vip", "carrier"},
		At: time.Date(2026, 5, 4, 10, 30, 0, 0, time.UTC), Count: 3, Body: strings.Repeat("The parcel has not moved for a week. ", 24)})
	doc = doc[:min(len(doc), 1024)]
	var sink item
	t, _ := measure(2000, 5000, func() error {
		_ = json.Unmarshal(doc, &sink)
		return nil
	})
	r.add("baseline_json_1kb_decode_p50", float64(t.pct(50).Nanoseconds())/1000, "us", "<=", 20)
}

// built is what is kept beside a cached sample.
type built struct {
	Seconds float64   `json:"seconds"`
	At      time.Time `json:"at"`
	Result  sample.Result
}

// sampleData returns a fresh copy of the full-size sample for this run,
// building the cached original first if there is none (or it is more than
// a week old, so that "recent" and "overdue" stay what they were made as).
func sampleData(r *report, cfg config, work string) (string, error) {
	name := fmt.Sprintf("sample-v%d-%dt-%dc", sample.Version, cfg.tickets, cfg.customers)
	cached := filepath.Join(cfg.cache, name+".db")
	info := filepath.Join(cfg.cache, name+".json")
	var b built
	raw, err := os.ReadFile(info)
	fresh := err == nil && json.Unmarshal(raw, &b) == nil && time.Since(b.At) < 7*24*time.Hour
	if _, err := os.Stat(cached); err != nil {
		fresh = false
	}
	if !fresh {
		fmt.Printf("  building the sample shop (%d tickets, %d customers) in %s …\n", cfg.tickets, cfg.customers, cfg.cache)
		if err := os.MkdirAll(cfg.cache, 0o700); err != nil {
			return "", err
		}
		os.Remove(cached)
		t0 := time.Now()
		last := time.Now()
		res, err := sample.Build(cached, sample.Options{Tickets: cfg.tickets, Customers: cfg.customers, RememberOwner: true,
			Progress: func(done, total int) {
				if time.Since(last) > 10*time.Second {
					fmt.Printf("  … %d of %d tickets\n", done, total)
					last = time.Now()
				}
			}})
		if err != nil {
			return "", fmt.Errorf("build the sample: %w", err)
		}
		b = built{Seconds: time.Since(t0).Seconds(), At: time.Now(), Result: res}
		raw, _ := json.Marshal(b)
		if err := os.WriteFile(info, raw, 0o600); err != nil {
			return "", err
		}
	}
	st, err := os.Stat(cached)
	if err != nil {
		return "", err
	}
	how := "built now"
	if fresh {
		how = "cached, built " + b.At.Format("2 Jan 15:04")
	}
	r.add("sample_build", b.Seconds, "s", "<=", 180)
	note("sample: %d tickets, %d messages, %d customers; %.0f MB file (%s)", b.Result.Tickets, b.Result.Messages,
		b.Result.Customers, float64(st.Size())/1e6, how)
	copyTo := filepath.Join(work, "shop.db")
	return copyTo, copyFile(cached, copyTo)
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
