package testinbox

import "errors"

var (
	// ErrNotLocal is returned by Start for an address that is not on this
	// computer: the test inbox must never be reachable from the network.
	ErrNotLocal = errors.New("the test inbox only listens on this computer: use 127.0.0.1")

	// ErrNotFound is returned by Memory.Get when no message has the ID.
	ErrNotFound = errors.New("test message not found: it may have been cleared")

	// ErrNoStore is returned by Start without a Store to keep messages in.
	ErrNoStore = errors.New("the test inbox needs a place to keep messages")
)
