package tickets

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"shopdesk/backend/limits"
)

// Status of a ticket.
type Status string

const (
	StatusNew       Status = "new"
	StatusOpen      Status = "open"
	StatusPending   Status = "pending" // waiting on the customer
	StatusEscalated Status = "escalated"
	StatusResolved  Status = "resolved"
	StatusClosed    Status = "closed"
)

// Priority of a ticket, most urgent first.
type Priority string

const (
	Urgent Priority = "urgent"
	High   Priority = "high"
	Normal Priority = "normal"
	Low    Priority = "low"
)

// Channel the customer used.
type Channel string

// Category of the customer's issue: the order issues from the shop's
// checklists, then the broader kinds.
type Category string

// Known values, in the order the window lists them.
var (
	Statuses   = []Status{StatusNew, StatusOpen, StatusPending, StatusEscalated, StatusResolved, StatusClosed}
	Priorities = []Priority{Urgent, High, Normal, Low}
	Channels   = []Channel{"email", "chat", "phone", "social", "marketplace", "webform"}
	Categories = []Category{"shipping_delay", "incorrect_item", "item_missing", "cancellation",
		"out_of_stock", "complaint", "return_refund", "product_question", "other"}
)

// Active statuses are those still needing work.
func (s Status) Active() bool {
	return s == StatusNew || s == StatusOpen || s == StatusPending || s == StatusEscalated
}

func indexOf[T comparable](list []T, v T) int {
	for i, x := range list {
		if x == v {
			return i
		}
	}
	return -1
}

func check[T ~string](what string, list []T, v T) error {
	if indexOf(list, v) < 0 {
		names := make([]string, len(list))
		for i, x := range list {
			names[i] = string(x)
		}
		return fmt.Errorf("%s %q is not known: choose one of %s", what, limits.Clip(string(v), 30), strings.Join(names, ", "))
	}
	return nil
}

// Ticket is one customer's issue and its whole state.
type Ticket struct {
	ID          uint64   `json:"id"`
	Number      uint64   `json:"number"`
	Subject     string   `json:"subject"`
	CustomerID  uint64   `json:"customerId"`
	OrderNumber string   `json:"orderNumber"`
	Channel     Channel  `json:"channel"`
	Category    Category `json:"category"`
	Priority    Priority `json:"priority"`
	Status      Status   `json:"status"`
	AssigneeID  uint64   `json:"assigneeId"`
	Tags        []string `json:"tags"`

	CreatedAt        time.Time  `json:"createdAt" ts_type:"string"`
	UpdatedAt        time.Time  `json:"updatedAt" ts_type:"string"`
	FirstResponseAt  *time.Time `json:"firstResponseAt,omitempty" ts_type:"string"`
	ResolvedAt       *time.Time `json:"resolvedAt,omitempty" ts_type:"string"`
	FirstResponseDue time.Time  `json:"firstResponseDue" ts_type:"string"`
	ResolutionDue    time.Time  `json:"resolutionDue" ts_type:"string"`
	// Targets in business minutes, set from the shop's at creation and when
	// channel or priority change (sla.go).
	FirstResponseTarget int `json:"firstResponseTarget"`
	ResolutionTarget    int `json:"resolutionTarget"`
	// PausedMs is business time spent waiting on the customer, added to the
	// resolution target; PendingSince is when the current wait began.
	PausedMs     int64      `json:"pausedMs"`
	PendingSince *time.Time `json:"pendingSince,omitempty" ts_type:"string"`
	// ReopenedAt is when the customer last reopened the ticket by writing
	// again; the resolution clock starts over from then.
	ReopenedAt *time.Time `json:"reopenedAt,omitempty" ts_type:"string"`
	// EscalationDue is the estimated resolution time the manager gave its
	// open escalation: while escalated, the ticket is due then, and
	// overdue past it like any other.
	EscalationDue *time.Time `json:"escalationDue,omitempty" ts_type:"string"`

	MessageCount int    `json:"messageCount"`
	Preview      string `json:"preview"`
	// Version counts saves; a change must name the version it started from.
	Version   uint64 `json:"version"`
	UpdatedBy string `json:"updatedBy"`
}

// NumberBase makes the first ticket #1001.
const NumberBase = 1000

// DueAt is the next service target this ticket must meet: the first
// response until someone replied, then resolution; none once resolved.
func (t *Ticket) DueAt() time.Time {
	switch {
	case !t.Status.Active():
		return time.Time{}
	case t.Status == StatusEscalated && t.EscalationDue != nil:
		return *t.EscalationDue
	case t.FirstResponseAt == nil:
		return t.FirstResponseDue
	default:
		return t.ResolutionDue
	}
}

// Overdue reports whether the ticket missed its target at now. A ticket
// waiting on the customer is not counted against the shop.
func (t *Ticket) Overdue(now time.Time) bool {
	d := t.DueAt()
	return t.Status != StatusPending && !d.IsZero() && now.After(d)
}

// Limits on fields.
const (
	MaxSubject = limits.Subject
	MaxOrder   = 64
	MaxBody    = limits.MessageBody
	MaxPreview = 160
)

func cleanSubject(s string) (string, error) {
	if err := limits.Line("the subject", s); err != nil {
		return "", err
	}
	s = strings.Join(strings.Fields(s), " ")
	switch {
	case s == "":
		return "", fmt.Errorf("subject is empty: say in a few words what the customer needs")
	case utf8.RuneCountInString(s) > MaxSubject:
		return "", fmt.Errorf("subject is too long (%d characters): keep it under %d and put the details in the message", utf8.RuneCountInString(s), MaxSubject)
	}
	return s, nil
}

func cleanOrder(s string) (string, error) {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > MaxOrder {
		return "", fmt.Errorf("order number is too long: use at most %d characters", MaxOrder)
	}
	if strings.ContainsAny(s, "\x00\n\r\t") {
		return "", fmt.Errorf("order number has a line break or control character in it: type it on one line")
	}
	return s, nil
}

func cleanBody(s string) (string, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
	switch {
	case s == "":
		return "", ErrEmptyMessage
	case len(s) > MaxBody:
		return "", fmt.Errorf("the message is too long (%d KB): keep it under %d KB", len(s)/1000, MaxBody/1000)
	case !utf8.ValidString(s):
		return "", fmt.Errorf("the message has characters that are not text: paste it again as plain text")
	}
	if err := limits.Body("the message", s); err != nil {
		return "", err
	}
	return s, nil
}

func preview(body string) string {
	return limits.Snippet(body, MaxPreview)
}
