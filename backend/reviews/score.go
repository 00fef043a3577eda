package reviews

import "fmt"

// Mark is a reviewer's score of one category; NA leaves it out.
type Mark struct {
	CategoryID uint64 `json:"categoryId"`
	Score      int    `json:"score"`
	NA         bool   `json:"na"`
	Comment    string `json:"comment"`
}

// Result is a review's score and how it came about.
type Result struct {
	// Percent is 0–100; Scored is false when every category was N/A (no
	// score, which is not zero).
	Percent float64 `json:"percent"`
	Scored  bool    `json:"scored"`
	// FailedCritical names the critical categories scored below half
	// their scale: the review is then 0 % whatever the rest says.
	FailedCritical []string `json:"failedCritical"`
}

// Formula is how Score works, as the window shows it beside the score.
const Formula = "Each rated category counts as (score − lowest) ÷ (highest − lowest) of its scale; " +
	"the score is their weighted average, as 0–100 %. N/A categories are left out of both sums. " +
	"A critical category scored below half its scale makes the review 0 %."

// Score works out a review's score from its marks on card: the one place
// the formula is written (see Formula). Every category must be marked,
// N/A only where the category allows it.
func Score(card Scorecard, marks []Mark) (Result, error) {
	r := Result{FailedCritical: []string{}}
	by := map[uint64]Mark{}
	for _, m := range marks {
		by[m.CategoryID] = m
	}
	var sum, weights float64
	for _, c := range card.Categories {
		m, ok := by[c.ID]
		if !ok {
			return r, fmt.Errorf("score %s, or mark it N/A", c.Name)
		}
		if m.NA {
			if !c.MayBeNA {
				return r, fmt.Errorf("%s may not be N/A on this scorecard: give it a score", c.Name)
			}
			continue
		}
		lo, hi := c.Scale.Range()
		if m.Score < lo || m.Score > hi {
			return r, fmt.Errorf("%s is scored %d to %d, not %d", c.Name, lo, hi, m.Score)
		}
		part := float64(m.Score-lo) / float64(hi-lo)
		if c.Critical && part < 0.5 {
			r.FailedCritical = append(r.FailedCritical, c.Name)
		}
		sum += part * float64(c.Weight)
		weights += float64(c.Weight)
	}
	if weights == 0 {
		return r, nil
	}
	r.Scored = true
	if len(r.FailedCritical) == 0 {
		r.Percent = 100 * sum / weights
	}
	return r, nil
}
