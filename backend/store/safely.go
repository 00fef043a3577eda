package store

import (
	"fmt"
	"runtime/debug"
)

// Safely runs fn, turning a panic into a *DamageError. bbolt trusts the
// pages it maps: a damaged one makes it panic (bad page type, index out
// of range) or fault (a page past the end of a cut-short file), and at
// start-up that must become a screen that says so, not a stack trace.
// SetPanicOnFault applies to this goroutine only, so loads that run in a
// goroutine call Safely inside it.
func Safely(fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = &DamageError{Detail: fmt.Sprintf("reading it failed: %v", r)}
		}
	}()
	return fn()
}
