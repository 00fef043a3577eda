package store

import (
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
)

var (
	// ErrLocked is returned by Open when another Shopdesk holds the data file.
	//lint:ignore ST1005 the message starts with the product name and is shown to the owner as written
	ErrLocked = errors.New("Shopdesk is already open: switch to the open window, or close it first")

	// ErrNotShopdesk is returned by Open when the file exists but is not a
	// Shopdesk database. The file is left untouched.
	ErrNotShopdesk = errors.New("this file is not a Shopdesk data file: choose another file or folder; the file was not changed")

	// ErrTooNew is returned by Open when the file was written by a newer Shopdesk.
	ErrTooNew = errors.New("this data file was made by a newer Shopdesk: install the newer version to open it")

	// ErrDamaged is matched (errors.Is) by every *DamageError.
	ErrDamaged = errors.New("the data file is damaged")
)

// DamageError is returned when the data file is a Shopdesk (bbolt) file
// but parts of it cannot be read: a copy that did not finish, a bad disk.
// Open returns it before anything is written, so the file is unchanged.
type DamageError struct {
	// Detail says what was found, for the screen and the log.
	Detail string
}

func (e *DamageError) Error() string {
	return "the data file is damaged (" + e.Detail + "). Shopdesk did not change it: open another data file, or a backup copy of this one"
}

// Is makes errors.Is(err, ErrDamaged) true.
func (e *DamageError) Is(target error) bool { return target == ErrDamaged }

// Safely runs fn, and turns a panic in it into a *DamageError: bbolt
// panics on a page it cannot make sense of, and a read past the end of a
// cut-short file faults, which SetPanicOnFault turns into a panic too.
// The start-up loads run in it, so a damaged page shows the damaged-file
// screen instead of closing the app.
func Safely(fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			slog.Error("data file read failed", "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			err = &DamageError{Detail: "a page could not be read: " + fmt.Sprint(r)}
		}
	}()
	return fn()
}
