package outbox

import (
	"time"

	"shopdesk/backend/mail"
)

// State is where a message is in its life.
type State string

// States.
const (
	StateQueued    State = "queued"    // waiting for its first attempt
	StateSending   State = "sending"   // an attempt is under way
	StateSent      State = "sent"      // the server accepted it
	StateRetry     State = "retry"     // a temporary failure; tried again at NextAttemptAt
	StateFailed    State = "failed"    // refused for good, or out of attempts
	StateUncertain State = "uncertain" // an attempt was cut short: it may have been sent
)

// States lists every state, in life order.
var States = []State{StateQueued, StateSending, StateSent, StateRetry, StateFailed, StateUncertain}

// waiting reports whether the worker still has to do something with it.
func (s State) waiting() bool {
	return s == StateQueued || s == StateRetry || s == StateSending
}

// Message is one outgoing email.
type Message struct {
	ID       uint64 `json:"id"`
	TicketID uint64 `json:"ticketId"` // 0 if the message belongs to no ticket
	BatchID  uint64 `json:"batchId"`  // 0 unless part of a feedback batch
	ReplyID  uint64 `json:"replyId"`  // the ticket message this email carries, if any

	To         string   `json:"to"`
	ToName     string   `json:"toName"`
	Subject    string   `json:"subject"`
	Text       string   `json:"text"`
	HTML       string   `json:"html"`
	MessageID  string   `json:"messageId"` // set at enqueue, or when first claimed
	InReplyTo  string   `json:"inReplyTo"`
	References []string `json:"references"`

	State         State     `json:"state"`
	Attempts      int       `json:"attempts"`
	NextAttemptAt time.Time `json:"nextAttemptAt" ts_type:"string"`
	// LastError says what went wrong last ("action: cause"), LastHint what
	// the owner can do about it.
	LastError string    `json:"lastError"`
	LastHint  string    `json:"lastHint"`
	CreatedAt time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt time.Time `json:"updatedAt" ts_type:"string"`
	SentAt    time.Time `json:"sentAt" ts_type:"string"`
	// AttemptedAt is when the last attempt began: for a message that may
	// have been sent, the time to look for in the shop's sent mail.
	AttemptedAt time.Time `json:"attemptedAt" ts_type:"string"`
	// Route is where it was delivered: RouteTestInbox (never reached the
	// customer) or RouteServer. Empty until delivered.
	Route Route `json:"route"`
}

// Route is where a delivered message went.
type Route string

// Routes.
const (
	RouteServer    Route = "server"     // the shop's mail server: the customer has it
	RouteTestInbox Route = "test-inbox" // the built-in test inbox: not sent to the customer
)

// Router is implemented by a Sender that knows its route; a Sender that
// does not is taken to be the real server.
type Router interface{ Route() Route }

func routeOf(s Sender) Route {
	if r, ok := s.(Router); ok {
		return r.Route()
	}
	return RouteServer
}

// mail turns the stored message into what the Sender sends; From comes
// from the Sender's settings.
func (m Message) mail() mail.Message {
	return mail.Message{
		ToName:     m.ToName,
		ToAddress:  m.To,
		Subject:    m.Subject,
		Text:       m.Text,
		HTML:       m.HTML,
		MessageID:  m.MessageID,
		InReplyTo:  m.InReplyTo,
		References: m.References,
	}
}

// Change is one state change committed by the worker, for Options.OnChange.
type Change struct {
	ID        uint64    `json:"id"`
	TicketID  uint64    `json:"ticketId"`
	BatchID   uint64    `json:"batchId"`
	From      State     `json:"from"`
	State     State     `json:"state"`
	MessageID string    `json:"messageId"`
	LastError string    `json:"lastError"`
	At        time.Time `json:"at" ts_type:"string"`
}

func changeOf(old State, m *Message) Change {
	return Change{ID: m.ID, TicketID: m.TicketID, BatchID: m.BatchID, From: old, State: m.State,
		MessageID: m.MessageID, LastError: m.LastError, At: m.UpdatedAt}
}
