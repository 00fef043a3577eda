// Package playbooks keeps the step-by-step guides a ticket is worked
// through: the seed's Order Issue Resolution Checklist as five playbooks
// (one per order issue) and its Customer Complaint Resolution Checklist as
// a seven-step one. A playbook attaches to a ticket by the ticket's
// category or by hand; its steps are ticked with who and when, and a
// ticket is not closed with a required step unticked unless the closer
// says why.
package playbooks

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"shopdesk/backend/limits"
)

// Hint is live help a step shows from the ticket's order.
type Hint string

const (
	// HintShipped says whether the ticket's order has shipped.
	HintShipped Hint = "shipped"
	// HintTracking shows the order's tracking number.
	HintTracking Hint = "tracking"
)

// Step is one step of a playbook.
type Step struct {
	ID       uint64 `json:"id"` // unique within its playbook
	Title    string `json:"title"`
	Note     string `json:"note"`
	Required bool   `json:"required"`
	// Reply is the DefaultKey of the saved reply that fits the step ("" none).
	Reply string `json:"reply"`
	Hint  Hint   `json:"hint"`
}

// Playbook is a guide as the owner set it up.
type Playbook struct {
	ID    uint64 `json:"id"`
	Name  string `json:"name"`
	Note  string `json:"note"` // guidance for the whole playbook
	Steps []Step `json:"steps"`
	// Categories are the ticket categories it attaches to by itself.
	Categories []string  `json:"categories"`
	DefaultKey string    `json:"defaultKey,omitempty"`
	LastStep   uint64    `json:"lastStep"`
	Version    uint64    `json:"version"`
	UpdatedAt  time.Time `json:"updatedAt" ts_type:"string"`
}

// Limits on a playbook.
const (
	MaxName  = 100
	MaxSteps = 30
	MaxTitle = 200
	MaxNote  = 1_000
	MaxWhy   = 1_000
)

func (p Playbook) clean(categories []string) (Playbook, error) {
	p.Name, p.Note = strings.TrimSpace(p.Name), strings.TrimSpace(p.Note)
	switch {
	case p.Name == "":
		return p, fmt.Errorf("the playbook has no name: type one, such as Shipping delay")
	case utf8.RuneCountInString(p.Name) > MaxName:
		return p, fmt.Errorf("the playbook's name is too long: use at most %d characters", MaxName)
	case utf8.RuneCountInString(p.Note) > MaxNote:
		return p, fmt.Errorf("the playbook's note is too long: keep it under %d characters", MaxNote)
	case len(p.Steps) == 0:
		return p, fmt.Errorf("the playbook has no steps: add at least one")
	case len(p.Steps) > MaxSteps:
		return p, fmt.Errorf("the playbook has %d steps: keep it to %d", len(p.Steps), MaxSteps)
	}
	if err := limits.Line("the playbook's name", p.Name); err != nil {
		return p, err
	}
	for i := range p.Steps {
		s := &p.Steps[i]
		s.Title, s.Note = strings.TrimSpace(s.Title), strings.TrimSpace(s.Note)
		switch {
		case s.Title == "":
			return p, fmt.Errorf("step %d has no title", i+1)
		case utf8.RuneCountInString(s.Title) > MaxTitle:
			return p, fmt.Errorf("step %d's title is too long: use at most %d characters", i+1, MaxTitle)
		case utf8.RuneCountInString(s.Note) > MaxNote:
			return p, fmt.Errorf("step %d's note is too long: keep it under %d characters", i+1, MaxNote)
		case s.Hint != "" && s.Hint != HintShipped && s.Hint != HintTracking:
			return p, fmt.Errorf("step %d shows %q, which Shopdesk does not know", i+1, limits.Clip(string(s.Hint), 20))
		}
		if err := limits.Line("a step's title", s.Title); err != nil {
			return p, err
		}
	}
	seen := map[string]bool{}
	out := []string{}
	for _, c := range p.Categories {
		if !contains(categories, c) {
			return p, fmt.Errorf("category %q is not known: choose one of %s", limits.Clip(c, 30), strings.Join(categories, ", "))
		}
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	p.Categories = out
	return p, nil
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// Defaults are the seed's checklists as playbooks, word for word: each
// order issue's action, one sentence a step, with its note; and the
// complaint checklist's seven steps with theirs. Each suggests the saved
// reply of its kind.
func Defaults() []Playbook {
	step := func(title, note string, required bool, reply string, hint Hint) Step {
		return Step{Title: title, Note: note, Required: required, Reply: reply, Hint: hint}
	}
	return []Playbook{
		{Name: "Shipping delay", DefaultKey: "shipping_delay", Categories: []string{"shipping_delay"}, Note: "Include estimated delivery dates.",
			Steps: []Step{
				step("Check the tracking number and update the customer.", "Include estimated delivery dates.", true, "shipping_delay", HintTracking),
				step("Offer expedited shipping or a discount if necessary.", "", false, "", ""),
			}},
		{Name: "Incorrect item delivered", DefaultKey: "incorrect_item", Categories: []string{"incorrect_item"}, Note: "Confirm replacement timeline.",
			Steps: []Step{
				step("Apologize, initiate a replacement, and provide a return label for the incorrect item.", "Confirm replacement timeline.", true, "incorrect_item", ""),
			}},
		{Name: "Item missing from order", DefaultKey: "item_missing", Categories: []string{"item_missing"}, Note: "Provide tracking for the new shipment.",
			Steps: []Step{
				step("Verify with the warehouse team and send the missing item ASAP.", "Provide tracking for the new shipment.", true, "item_missing", ""),
			}},
		{Name: "Order cancellation request", DefaultKey: "cancellation", Categories: []string{"cancellation"}, Note: "Communicate the refund timeline.",
			Steps: []Step{
				step("Check if the order is still processing.", "", true, "", HintShipped),
				step("If shipped, explain return options.", "Communicate the refund timeline.", false, "cancellation", ""),
			}},
		{Name: "Out-of-stock item", DefaultKey: "out_of_stock", Categories: []string{"out_of_stock"}, Note: "Update inventory to prevent future overselling.",
			Steps: []Step{
				step("Offer an alternative product, store credit, or refund.", "Update inventory to prevent future overselling.", true, "out_of_stock", ""),
			}},
		{Name: "Customer complaint resolution", DefaultKey: "complaint", Categories: []string{"complaint"},
			Note: "Address customer complaints effectively, particularly those related to online purchases.",
			Steps: []Step{
				step("Acknowledge the issue promptly and thank the customer for bringing it to your attention.", "“Thank you for letting us know. We’re here to help.”", true, "complaint", ""),
				step("Apologize sincerely for the inconvenience caused.", "“I’m truly sorry for this experience.”", true, "", ""),
				step("Gather all necessary details (order number, issue description).", "Log details in the CRM.", true, "", ""),
				step("Investigate and confirm the issue.", "Check order history, warehouse records, or shipping data.", true, "", ""),
				step("Offer a resolution (replacement, refund, store credit).", "Provide clear timelines and instructions.", true, "", ""),
				step("Follow up with the customer after resolving the issue.", "Ensure they are satisfied.", false, "", ""),
				step("Document the complaint and resolution for team review.", "Use the CRM for future reference.", true, "", ""),
			}},
	}
}
