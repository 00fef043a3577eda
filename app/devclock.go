package app

import "time"

// devClock, when set (dev builds only, devclock_dev.go), replaces the
// tickets' clock so end-to-end tests can say what time it is.
var devClock func() time.Time
