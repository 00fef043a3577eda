//go:build dev

package app

import (
	"log/slog"
	"os"
	"time"
)

// SHOPDESK_DEV_NOW (RFC 3339) is the time at start; the clock runs on from
// there. Only dev builds read it.
func init() {
	v := os.Getenv("SHOPDESK_DEV_NOW")
	if v == "" {
		return
	}
	at, err := time.Parse(time.RFC3339, v)
	if err != nil {
		slog.Warn("SHOPDESK_DEV_NOW is not an RFC 3339 time; using the real clock", "value", v)
		return
	}
	start := time.Now()
	devClock = func() time.Time { return at.Add(time.Since(start)) }
}
