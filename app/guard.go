package app

import (
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
)

// errInternal is what the user sees for a bug; the log has the detail.
var errInternal = errors.New("something went wrong inside Shopdesk: nothing was changed by the failed step; try again, and if it keeps happening, restart Shopdesk")

// guard turns a panic in a bound call into an error for the window and a
// log line, so a bug never closes the app (see signals_linux.go for the
// part of this that Go's recover cannot do alone).
func guard(method string, err *error) {
	if r := recover(); r != nil {
		slog.Error("panic in bound call", "method", method, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
		*err = errInternal
	}
}
