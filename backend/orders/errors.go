package orders

import (
	"errors"

	"shopdesk/backend/money"
)

var (
	// ErrNotFound is an order that is not (or no longer) in the data file.
	ErrNotFound = errors.New("this order is no longer in Shopdesk: it may have been deleted")
	// ErrConflict is an edit of an order someone else saved meanwhile.
	ErrConflict = errors.New("someone else saved this order while you were editing it: reload it to see their changes, then make yours again")
	// ErrImportRunning is a second import while one runs.
	ErrImportRunning = errors.New("an import is already running: wait for it to finish or cancel it first")
)

func fmtMoney(v int64, cur string) string { return money.Format(v, cur) }
