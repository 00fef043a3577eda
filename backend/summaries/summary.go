// Package summaries writes the seed's End-of-Day Summary from what
// happened that day: the ticket event log, the refunds given, the
// escalations opened and closed and the checklist runs, never counters
// kept by hand. The preparer adds notable issues and team highlights; a
// saved summary keeps its figures as they were when first saved, and a
// later edit is kept as an edit.
package summaries

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"shopdesk/backend/limits"
)

// MaxRefs is how many tickets a figure lists; its count is always whole.
const MaxRefs = 200

// Ref is a ticket behind a figure.
type Ref struct {
	ID      uint64 `json:"id"`
	Number  uint64 `json:"number"`
	Subject string `json:"subject"`
}

// Figure is a count and the tickets behind it (the first MaxRefs).
type Figure struct {
	Count   int   `json:"count"`
	Tickets []Ref `json:"tickets"`
}

// Amount is money in one currency, in minor units.
type Amount struct {
	Currency string `json:"currency"`
	Amount   int64  `json:"amount"`
}

// RefundRef is a refund given that day.
type RefundRef struct {
	ReturnID uint64 `json:"returnId"`
	Number   uint64 `json:"number"`
	Amount   Amount `json:"amount"`
	TicketID uint64 `json:"ticketId"`
}

// Refunds are the refunds given that day, totalled per currency.
type Refunds struct {
	Count   int         `json:"count"`
	Totals  []Amount    `json:"totals"`
	Returns []RefundRef `json:"returns"`
}

// Tasks are the day's checklist tasks, as the history judges them.
type Tasks struct {
	Done    int `json:"done"`
	Late    int `json:"late"`    // done after the due time, or past it and open
	Skipped int `json:"skipped"` // the day ended and they were not done
	Counted int `json:"counted"` // tasks that count (not "as needed")
	Missing int `json:"missing"` // checklists nobody opened
}

// Figures are what the day's log says.
type Figures struct {
	Received Figure `json:"received"`
	Resolved Figure `json:"resolved"`
	// Pending is the tickets still being worked at the end of the day
	// (now, for today).
	Pending           Figure  `json:"pending"`
	Refunds           Refunds `json:"refunds"`
	EscalationsOpened Figure  `json:"escalationsOpened"`
	EscalationsClosed Figure  `json:"escalationsClosed"`
	Tasks             Tasks   `json:"tasks"`
}

// Candidate is something worth a line under notable issues or highlights.
type Candidate struct {
	Kind   string `json:"kind"` // reopened, overdue, escalated
	Ticket Ref    `json:"ticket"`
	Note   string `json:"note"`
}

// Edit is an earlier text of a saved summary, kept when it was changed.
type Edit struct {
	At         time.Time `json:"at" ts_type:"string"`
	ByID       uint64    `json:"byId"`
	By         string    `json:"by"`
	Notable    string    `json:"notable"`
	Highlights string    `json:"highlights"`
}

// Summary is a saved end-of-day summary.
type Summary struct {
	Date         string    `json:"date"` // the shop's day, 2026-12-03
	Figures      Figures   `json:"figures"`
	Notable      string    `json:"notable"`
	Highlights   string    `json:"highlights"`
	PreparedByID uint64    `json:"preparedById"`
	PreparedBy   string    `json:"preparedBy"`
	SavedAt      time.Time `json:"savedAt" ts_type:"string"`
	// Edits are the texts before each later save, oldest first.
	Edits   []Edit `json:"edits"`
	Emailed []Sent `json:"emailed"`
	Version uint64 `json:"version"`
}

// Sent is one emailing of the summary.
type Sent struct {
	At   time.Time `json:"at" ts_type:"string"`
	By   string    `json:"by"`
	To   string    `json:"to"`
	Mail uint64    `json:"mail"` // the outbox message
}

// Day is what the summary screen shows: the figures as they are now, the
// candidates, and the saved summary if there is one.
type Day struct {
	Date       string      `json:"date"`
	Today      bool        `json:"today"`
	Live       Figures     `json:"live"`
	Candidates []Candidate `json:"candidates"`
	Saved      *Summary    `json:"saved,omitempty"`
}

// Text is what the preparer writes.
type Text struct {
	Notable    string `json:"notable"`
	Highlights string `json:"highlights"`
	// Version is the saved summary's version the preparer started from;
	// 0 for a first save.
	Version uint64 `json:"version"`
}

// MaxText is the longest a section may be.
const MaxText = 10_000

func (t Text) clean() (Text, error) {
	for _, f := range []struct {
		what string
		s    *string
	}{{"the notable issues", &t.Notable}, {"the team highlights", &t.Highlights}} {
		*f.s = strings.TrimSpace(*f.s)
		if utf8.RuneCountInString(*f.s) > MaxText {
			return t, fmt.Errorf("%s are too long: keep them under %d characters", f.what, MaxText)
		}
		if err := limits.Body(f.what, *f.s); err != nil {
			return t, err
		}
	}
	return t, nil
}
