package customers

import "errors"

var (
	// ErrNotFound is returned for an unknown customer.
	ErrNotFound = errors.New("no such customer: they may have been deleted; reload the list")
	// ErrEmailTaken is returned when another customer already has the address.
	ErrEmailTaken = errors.New("another customer already has that email address: open that customer instead")
	// ErrConflict is returned when the customer changed since it was read.
	ErrConflict = errors.New("someone else changed this customer while you were editing: reload to see their change, then edit again")
	// ErrHasTickets is returned when deleting a customer who still has tickets.
	ErrHasTickets = errors.New("this customer still has tickets: delete their tickets first")
)
