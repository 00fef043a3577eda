package tickets

import (
	"errors"
	"fmt"
)

var (
	// ErrNotFound is returned for an unknown ticket.
	ErrNotFound = errors.New("no such ticket: it may have been deleted; reload the list")
	// ErrEmptyMessage is returned for a reply, note or first message with no text.
	ErrEmptyMessage = errors.New("the message is empty: type something first")
	// ErrNoEmailAddress is returned for a new email ticket without the
	// customer's address: replies to it would have nowhere to go.
	ErrNoEmailAddress = errors.New("customer's email address is empty: type it, or pick phone or chat as the channel if they gave none")
)

// ConflictError is returned when a ticket changed since the caller read it,
// so a second save never silently overwrites the first.
type ConflictError struct {
	By      string // who saved last
	Version uint64 // the version now stored
}

func (e *ConflictError) Error() string {
	who := e.By
	if who == "" {
		who = "someone else"
	}
	return fmt.Sprintf("%s changed this ticket while you were editing: your change was not saved; look at theirs, then make yours again", who)
}
