package outbox

import (
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// UnsentChoice is what to do with a ticket's email that has not gone yet
// when the ticket is deleted.
type UnsentChoice string

const (
	UnsentAsk     UnsentChoice = ""        // refuse with *UnsentError if there is any
	UnsentSend    UnsentChoice = "send"    // keep it: it still goes to the customer
	UnsentDiscard UnsentChoice = "discard" // drop it with the ticket
)

// ErrUnsentMail is matched (errors.Is) by every *UnsentError.
var ErrUnsentMail = errors.New("the ticket has email that has not been sent")

// UnsentError refuses to delete a ticket whose email has not all gone,
// until the owner says what to do with it.
type UnsentError struct{ N int }

func (e *UnsentError) Error() string {
	what := "1 email that has"
	if e.N != 1 {
		what = fmt.Sprintf("%d emails that have", e.N)
	}
	return fmt.Sprintf("this ticket has %s not been sent yet: choose to send them anyway or discard them with the ticket", what)
}

func (e *UnsentError) Is(target error) bool { return target == ErrUnsentMail }

// Unsent lists a ticket's email that has not been accepted by a server:
// waiting, being sent, failed or maybe sent.
func Unsent(tx *bolt.Tx, ticketID uint64) ([]Message, error) {
	all, err := ForTicket(tx, ticketID)
	if err != nil {
		return nil, err
	}
	var out []Message
	for _, m := range all {
		if m.State != StateSent {
			out = append(out, m)
		}
	}
	return out, nil
}

// SettleUnsent returns what to do, inside the transaction that deletes
// the ticket, with its unsent email, so nothing is sent for a deleted
// ticket unless the owner chose that.
func SettleUnsent(ticketID uint64, choice UnsentChoice) func(*bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		unsent, err := Unsent(tx, ticketID)
		if err != nil || len(unsent) == 0 {
			return err
		}
		switch choice {
		case UnsentAsk:
			return &UnsentError{N: len(unsent)}
		case UnsentSend:
			return nil
		case UnsentDiscard:
			for _, m := range unsent {
				if err := Discard(tx, m.ID); err != nil {
					if errors.Is(err, ErrSending) {
						return fmt.Errorf("an email of this ticket is being sent right now: try deleting again in a moment")
					}
					return err
				}
			}
			return nil
		default:
			return fmt.Errorf("what to do with the ticket's unsent email must be %q or %q, not %q", UnsentSend, UnsentDiscard, choice)
		}
	}
}
