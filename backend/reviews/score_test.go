package reviews_test

import (
	"math"
	"strings"
	"testing"

	"shopdesk/backend/reviews"
)

func marks(scores ...int) []reviews.Mark {
	var out []reviews.Mark
	for i, s := range scores {
		out = append(out, reviews.Mark{CategoryID: uint64(i + 1), Score: s})
	}
	return out
}

func TestTheSeedsScorecardWordForWord(t *testing.T) {
	d := reviews.Default()
	if len(d.Categories) != 6 || d.Categories[0].Name != "Greeting" || d.Categories[0].Criteria != "Polite, professional, and welcoming tone." ||
		d.Categories[5].Criteria != "Avoided defensive language and remained composed." || d.Categories[3].Scale != reviews.OneToFive {
		t.Fatalf("default %+v", d)
	}
	if err := d.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestScoresAreTheWeightedAverageOfEachCategorysShare(t *testing.T) {
	card := reviews.Default()
	// All 5s: 100 %; all 1s: 0 %; all 3s: 50 %.
	for _, c := range []struct {
		s    int
		want float64
	}{{5, 100}, {1, 0}, {3, 50}} {
		r, err := reviews.Score(card, marks(c.s, c.s, c.s, c.s, c.s, c.s))
		if err != nil || !r.Scored || r.Percent != c.want {
			t.Fatalf("all %d: %+v %v", c.s, r, err)
		}
	}
	// 5,4,3,2,1,5 → (1 + .75 + .5 + .25 + 0 + 1) / 6 = 58.33 %.
	r, _ := reviews.Score(card, marks(5, 4, 3, 2, 1, 5))
	if math.Abs(r.Percent-58.333) > 0.01 {
		t.Fatalf("mixed: %v", r.Percent)
	}
	// Resolution weighs three times: (1·3 + 0·5) / 8 = 37.5 %.
	card.Categories[3].Weight = 3
	r, _ = reviews.Score(card, marks(1, 1, 1, 5, 1, 1))
	if r.Percent != 37.5 {
		t.Fatalf("weighted: %v", r.Percent)
	}
}

func TestNAIsLeftOutAndAllNAHasNoScore(t *testing.T) {
	card := reviews.Default()
	for i := range card.Categories {
		card.Categories[i].MayBeNA = true
	}
	m := marks(5, 5, 1, 5, 5, 5)
	m[2].NA = true // Empathy N/A: the rest are all 5s
	if r, _ := reviews.Score(card, m); r.Percent != 100 {
		t.Fatalf("one N/A: %+v", r)
	}
	for i := range m {
		m[i].NA = true
	}
	if r, err := reviews.Score(card, m); err != nil || r.Scored || r.Percent != 0 {
		t.Fatalf("all N/A: %+v %v", r, err)
	}
	card.Categories[0].MayBeNA = false
	if _, err := reviews.Score(card, m); err == nil || !strings.Contains(err.Error(), "Greeting may not be N/A") {
		t.Fatalf("N/A where not allowed: %v", err)
	}
}

func TestACriticalCategoryBelowHalfMakesItZero(t *testing.T) {
	card := reviews.Default()
	card.Categories[5].Critical = true // Professionalism
	r, _ := reviews.Score(card, marks(5, 5, 5, 5, 5, 2))
	if r.Percent != 0 || !r.Scored || len(r.FailedCritical) != 1 || r.FailedCritical[0] != "Professionalism" {
		t.Fatalf("critical 2 of 5: %+v", r)
	}
	// 3 of 5 is half its scale: not a fail.
	if r, _ := reviews.Score(card, marks(5, 5, 5, 5, 5, 3)); r.Percent == 0 || len(r.FailedCritical) != 0 {
		t.Fatalf("critical 3 of 5: %+v", r)
	}
	// Pass/fail: a fail is below half.
	card.Categories[5].Scale = reviews.PassFail
	if r, _ := reviews.Score(card, marks(5, 5, 5, 5, 5, 0)); r.Percent != 0 || len(r.FailedCritical) != 1 {
		t.Fatalf("critical fail: %+v", r)
	}
	if r, _ := reviews.Score(card, marks(5, 5, 5, 5, 5, 1)); r.Percent != 100 {
		t.Fatalf("critical pass: %+v", r)
	}
}

func TestBadMarksAndScorecardsAreRefused(t *testing.T) {
	card := reviews.Default()
	if _, err := reviews.Score(card, marks(5, 5, 5, 5, 5)); err == nil || !strings.Contains(err.Error(), "score Professionalism") {
		t.Fatalf("a category left out: %v", err)
	}
	if _, err := reviews.Score(card, marks(5, 5, 6, 5, 5, 5)); err == nil || !strings.Contains(err.Error(), "Empathy is scored 1 to 5, not 6") {
		t.Fatalf("out of scale: %v", err)
	}
	bad := reviews.Default()
	bad.Categories[1].Name = " "
	if err := bad.Check(); err == nil || !strings.Contains(err.Error(), "category 2 has no name") {
		t.Fatalf("no name: %v", err)
	}
	bad = reviews.Default()
	bad.Categories[0].Scale = "1-10"
	if err := bad.Check(); err == nil || !strings.Contains(err.Error(), "not a scale") {
		t.Fatalf("scale: %v", err)
	}
	bad = reviews.Default()
	bad.Categories[2].Weight = 0
	if err := bad.Check(); err == nil || !strings.Contains(err.Error(), "Empathy's weight must be between 1 and 100") {
		t.Fatalf("weight 0: %v", err)
	}
	bad.Categories[2].Weight = -2
	if err := bad.Check(); err == nil {
		t.Fatal("a negative weight")
	}
	if err := (reviews.Scorecard{Name: "Empty"}).Check(); err == nil {
		t.Fatal("a scorecard with no categories")
	}
}
