// Package reviews keeps the quality reviews of the seed's Customer
// Interaction Quality Review Template: scorecards of categories, each
// scored on its own scale, and the review's score worked out in one place
// (Score).
package reviews

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Scale is how a category is scored.
type Scale string

const (
	OneToFive  Scale = "1-5" // the seed's
	OneToThree Scale = "1-3"
	PassFail   Scale = "pass-fail" // 0 fail, 1 pass
)

// Range is the lowest and highest score on s.
func (s Scale) Range() (lo, hi int) {
	switch s {
	case OneToThree:
		return 1, 3
	case PassFail:
		return 0, 1
	}
	return 1, 5
}

// Category is one line of a scorecard.
type Category struct {
	ID       uint64 `json:"id"` // unique within its scorecard, kept across versions
	Name     string `json:"name"`
	Criteria string `json:"criteria"`
	Scale    Scale  `json:"scale"`
	// Weight is the category's share of the score: 1 to MaxWeight, all 1
	// (equal) by default.
	Weight int `json:"weight"`
	// MayBeNA lets a reviewer leave the category out of a review.
	MayBeNA bool `json:"mayBeNA"`
	// Critical: scored below half its scale, the whole review is 0 %.
	Critical bool `json:"critical"`
}

// Scorecard is a set of categories at one version.
type Scorecard struct {
	ID         uint64     `json:"id"`
	Version    int        `json:"version"`
	Name       string     `json:"name"`
	Categories []Category `json:"categories"`
}

// Default is the seed's scorecard, word for word: six categories scored
// 1 to 5, equal weights.
func Default() Scorecard {
	c := func(id uint64, name, criteria string) Category {
		return Category{ID: id, Name: name, Criteria: criteria, Scale: OneToFive, Weight: 1}
	}
	return Scorecard{Version: 1, Name: "Customer Interaction Quality Review", Categories: []Category{
		c(1, "Greeting", "Polite, professional, and welcoming tone."),
		c(2, "Active Listening", "Asked clarifying questions and avoided interruptions."),
		c(3, "Empathy", "Acknowledged frustration over delays or errors."),
		c(4, "Resolution Provided", "Offered clear, actionable solutions (e.g., replacement or refund)."),
		c(5, "Timeliness", "Responded and resolved the issue promptly."),
		c(6, "Professionalism", "Avoided defensive language and remained composed."),
	}}
}

// Limits on what the owner types.
const (
	MaxName     = 80
	MaxCriteria = 500
	MaxWeight   = 100
)

// Check says what is wrong with a scorecard, as the owner would fix it.
func (s Scorecard) Check() error {
	if strings.TrimSpace(s.Name) == "" {
		return fmt.Errorf("give the scorecard a name")
	}
	if len(s.Categories) == 0 {
		return fmt.Errorf("add at least one category to score")
	}
	seen := map[uint64]bool{}
	for i, c := range s.Categories {
		switch {
		case strings.TrimSpace(c.Name) == "":
			return fmt.Errorf("category %d has no name", i+1)
		case utf8.RuneCountInString(c.Name) > MaxName:
			return fmt.Errorf("category %d's name is too long: keep it under %d characters", i+1, MaxName)
		case utf8.RuneCountInString(c.Criteria) > MaxCriteria:
			return fmt.Errorf("the criteria of %s are too long: keep them under %d characters", c.Name, MaxCriteria)
		case c.Scale != OneToFive && c.Scale != OneToThree && c.Scale != PassFail:
			return fmt.Errorf("%s is scored on %q, which is not a scale: choose 1-5, 1-3 or pass-fail", c.Name, c.Scale)
		case c.Weight < 1 || c.Weight > MaxWeight:
			return fmt.Errorf("%s's weight must be between 1 and %d", c.Name, MaxWeight)
		case c.ID != 0 && seen[c.ID]:
			return fmt.Errorf("two categories share the number %d", c.ID)
		}
		seen[c.ID] = true
	}
	return nil
}
