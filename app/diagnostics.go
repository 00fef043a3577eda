package app

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"
)

// Diagnostics is for tests and for measuring start-up.
type Diagnostics struct {
	c          *core
	allowCrash bool
}

var started = time.Now()

// InboxShown: anyone. The window calls it once, when the first page of the
// inbox is on screen; the time since start goes to the log (and stdout, for
// the start-up benchmark).
func (d *Diagnostics) InboxShown() {
	ms := float64(time.Since(started).Microseconds()) / 1000
	slog.Info("inbox shown", "ms", ms)
	fmt.Fprintf(os.Stdout, "shopdesk: inbox shown %.1f ms after start\n", ms)
}

type crashTarget struct{ name string }

// Crash: only with --allow-crash-test. It fails on purpose ("panic" or
// "nil" for a nil-pointer fault), to prove the window survives a bug.
func (d *Diagnostics) Crash(kind string) (out string, err error) {
	defer guard("Diagnostics.Crash", &err)
	if !d.allowCrash {
		return "", errors.New("crash tests are off: start Shopdesk with --allow-crash-test")
	}
	switch kind {
	case "panic":
		panic("crash test")
	case "nil":
		var t *crashTarget
		return t.name, nil
	}
	return "", fmt.Errorf("crash kind %q is not known: use panic or nil", kind)
}
