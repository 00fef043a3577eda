package tickets

import "time"

// MessageKind tells who wrote a message and who can see it.
type MessageKind string

const (
	FromCustomer MessageKind = "customer" // what the customer wrote
	Reply        MessageKind = "reply"    // our answer, sent to the customer
	Note         MessageKind = "note"     // internal, never shown to the customer
)

// Message is one entry of a ticket's conversation.
type Message struct {
	ID         uint64      `json:"id"`
	TicketID   uint64      `json:"ticketId"`
	Kind       MessageKind `json:"kind"`
	AuthorID   uint64      `json:"authorId"` // 0 for the customer
	AuthorName string      `json:"authorName"`
	Body       string      `json:"body"`
	CreatedAt  time.Time   `json:"createdAt" ts_type:"string"`
}

// EventKind names what happened to a ticket. Reports are computed from these.
type EventKind string

const (
	EvCreated    EventKind = "created"
	EvFirstReply EventKind = "first_reply"
	EvReplied    EventKind = "replied"
	EvNoted      EventKind = "noted"
	EvCustomer   EventKind = "customer_message"
	EvAssigned   EventKind = "assigned"
	EvStatus     EventKind = "status"
	EvEscalated  EventKind = "escalated"
	EvResolved   EventKind = "resolved"
	EvReopened   EventKind = "reopened"
	EvPriority   EventKind = "priority"
	EvEdited     EventKind = "edited"
)

// Event is one recorded change, with its time and who made it.
type Event struct {
	Kind EventKind `json:"kind"`
	At   time.Time `json:"at" ts_type:"string"`
	By   uint64    `json:"by"` // person; 0 for the customer or the system
	From string    `json:"from,omitempty"`
	To   string    `json:"to,omitempty"`
}
