// Package escalations runs the seed's Escalation Workflow: five steps, each
// with its role. The frontline rep identifies and logs the issue, which
// notifies the manager (the owner, or the person the owner names); the
// manager investigates and records an estimated resolution time and whom
// they contacted; the manager updates the customer from a template; the
// frontline rep closes the case with its final outcome. Return requests
// whose refund is above the reps' limit join the same flow, with the
// reason "refund above limit".
package escalations

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"shopdesk/backend/limits"
)

// Reason is why a case is escalated.
type Reason string

const (
	Fraud             Reason = "fraud"
	RepeatedComplaint Reason = "repeated_complaint"
	VIP               Reason = "vip"
	RefundAboveLimit  Reason = "refund_above_limit"
	Other             Reason = "other" // with Text
)

// Reasons in the order the window offers them.
var Reasons = []Reason{Fraud, RepeatedComplaint, VIP, RefundAboveLimit, Other}

// Step is where an escalation stands: the seed's five steps.
type Step int

const (
	Identified   Step = 1 // the frontline rep determined it needs escalating and logged it
	Notified     Step = 2 // the manager was told
	Investigated Step = 3 // the manager reviewed it, with an estimated resolution time
	Communicated Step = 4 // the customer was updated
	Closed       Step = 5 // the frontline rep confirmed the resolution
)

// StepNames are the seed's, by step.
var StepNames = map[Step]string{Identified: "Identify issue", Notified: "Notify manager", Investigated: "Investigate issue",
	Communicated: "Communicate with customer", Closed: "Close case"}

// Done is one step done: who and when, and what they recorded.
type Done struct {
	Step Step      `json:"step"`
	At   time.Time `json:"at" ts_type:"string"`
	ByID uint64    `json:"byId"`
	By   string    `json:"by"`
	Note string    `json:"note"`
}

// Escalation is one escalated case.
type Escalation struct {
	ID           uint64 `json:"id"`
	TicketID     uint64 `json:"ticketId"` // 0 for a return request without a ticket
	TicketNumber uint64 `json:"ticketNumber"`
	ReturnID     uint64 `json:"returnId"` // the request whose refund waits, for refund above limit
	Subject      string `json:"subject"`
	Customer     string `json:"customer"`
	OrderNumber  string `json:"orderNumber"`
	Reason       Reason `json:"reason"`
	Text         string `json:"text"`    // for Other, and the return's why
	Details      string `json:"details"` // what the rep logged
	Step         Step   `json:"step"`    // the last step done
	// FrontlineID is the rep who opened it: they close it.
	FrontlineID uint64 `json:"frontlineId"`
	Frontline   string `json:"frontline"`
	// ManagerID is who was notified (the owner when nobody is named).
	ManagerID uint64     `json:"managerId"`
	Manager   string     `json:"manager"`
	Emailed   bool       `json:"emailed"` // the manager was also emailed
	ETA       *time.Time `json:"eta,omitempty" ts_type:"string"`
	Contacted string     `json:"contacted"`
	Outcome   string     `json:"outcome"`
	Satisfied bool       `json:"satisfied"`
	Steps     []Done     `json:"steps"`
	OpenedAt  time.Time  `json:"openedAt" ts_type:"string"`
	ClosedAt  *time.Time `json:"closedAt,omitempty" ts_type:"string"`
	Version   uint64     `json:"version"`
	// Late is worked out when read: open and past its estimated time.
	Late bool `json:"late"`
}

// Open says whether the case is still being worked.
func (e Escalation) Open() bool { return e.Step < Closed }

func (e Escalation) withLate(now time.Time) Escalation {
	e.Late = e.Open() && e.ETA != nil && now.After(*e.ETA)
	return e
}

// Limits on what people type.
const (
	MaxText    = 500
	MaxDetails = 5_000
	MaxOutcome = 2_000
)

func text(what, s string, max int, required string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" && required != "" {
		return s, fmt.Errorf("%s", required)
	}
	if utf8.RuneCountInString(s) > max {
		return s, fmt.Errorf("%s is too long: keep it under %d characters", what, max)
	}
	return s, limits.Body(what, s)
}

// Person is who acts.
type Person struct {
	ID    uint64
	Name  string
	Owner bool
}

// Settings are the owner's choices for the flow.
type Settings struct {
	// ManagerID is the person notified and allowed the manager's steps
	// besides the owner; 0 is the owner alone.
	ManagerID uint64 `json:"managerId"`
	// Email sends the manager an email through the outbox as well.
	Email   bool   `json:"email"`
	Version uint64 `json:"version"`
}
