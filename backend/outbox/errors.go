package outbox

import "errors"

var (
	// ErrNotFound is returned when no outbox message has the ID.
	ErrNotFound = errors.New("outgoing message not found: it may have been discarded; reload the list")

	// ErrBatchNotFound is returned when no batch has the ID.
	ErrBatchNotFound = errors.New("feedback batch not found: reload the list")

	// ErrNoRecipient is returned by Enqueue and FixAndResend for a missing
	// or invalid recipient address.
	ErrNoRecipient = errors.New("the message has no valid recipient address: enter the customer's email address")

	// ErrNoText is returned by Enqueue for a message without a text body.
	ErrNoText = errors.New("the message has no text: write the reply before sending")

	// ErrSending is returned by the owner's actions on a message the worker
	// is sending at this moment.
	ErrSending = errors.New("this message is being sent right now: wait a moment and look again")

	// ErrNotResendable is returned by Resend and FixAndResend for a message
	// that is not failed or uncertain.
	ErrNotResendable = errors.New("only failed messages and messages that may not have been sent can be sent again")

	// ErrNotUncertain is returned by MarkSent for a message that is not uncertain.
	ErrNotUncertain = errors.New("only a message that may have been sent can be marked as sent")

	// ErrNoTicket is returned by CreateBatch for a message without a ticket.
	ErrNoTicket = errors.New("every message in a feedback batch must belong to a ticket")

	// ErrNothingToSend is returned by CreateBatch when every ticket in it was
	// already asked for feedback.
	ErrNothingToSend = errors.New("every customer in this batch was already asked for feedback about these tickets: nothing to send")
)
