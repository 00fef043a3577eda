package reviews

import (
	"encoding/json"
	"fmt"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// Week is one week of submitted reviews, for the team or one rep.
type Week struct {
	Start   string `json:"start"` // the Monday, 2026-11-30
	Reviews int    `json:"reviews"`
	// Average is the mean score of the week's scored reviews, 0–100;
	// Scored counts them (a review with every category N/A has no score).
	Average       float64 `json:"average"`
	Scored        int     `json:"scored"`
	CriticalFails int     `json:"criticalFails"`
	// Categories are each category's mean share of its scale, 0–100, by
	// name (a category renamed in a later version is a new line).
	Categories map[string]float64 `json:"categories"`
	ReviewIDs  []uint64           `json:"reviewIds"`
}

// Trends are the weeks ending with the one that holds now, oldest first,
// for rep (0: the team), in loc's weeks (Monday first). Reviews count in
// the week they were submitted.
func Trends(tx *bolt.Tx, rep uint64, weeks int, now time.Time, loc *time.Location) ([]Week, error) {
	if weeks < 1 || weeks > 104 {
		return nil, fmt.Errorf("trends cover 1 to 104 weeks, not %d", weeks)
	}
	monday := func(t time.Time) time.Time { return mondayOf(t, loc) }
	last := monday(now)
	first := last.AddDate(0, 0, -7*(weeks-1))
	out := make([]Week, weeks)
	index := map[string]int{}
	for i := range out {
		s := first.AddDate(0, 0, 7*i).Format("2006-01-02")
		out[i] = Week{Start: s, Categories: map[string]float64{}, ReviewIDs: []uint64{}}
		index[s] = i
	}
	type sums struct{ total, n float64 }
	cats := make([]map[string]*sums, weeks)
	for i := range cats {
		cats[i] = map[string]*sums{}
	}
	cards := map[[2]uint64]Scorecard{}
	err := tx.Bucket(store.BucketReviews).ForEach(func(k, v []byte) error {
		var r Review
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("read review %d: %w", store.ParseU64(k), err)
		}
		if r.State == Draft || r.SubmittedAt == nil || r.Result == nil || (rep != 0 && r.RepID != rep) {
			return nil
		}
		i, ok := index[monday(*r.SubmittedAt).Format("2006-01-02")]
		if !ok {
			return nil
		}
		w := &out[i]
		w.Reviews++
		w.ReviewIDs = append(w.ReviewIDs, r.ID)
		if r.Result.Scored {
			w.Average += r.Result.Percent
			w.Scored++
		}
		if len(r.Result.FailedCritical) > 0 {
			w.CriticalFails++
		}
		key := [2]uint64{r.CardID, uint64(r.CardVersion)}
		card, ok := cards[key]
		if !ok {
			c, err := GetCard(tx, r.CardID, r.CardVersion)
			if err != nil {
				return err
			}
			card, cards[key] = c, c
		}
		for _, c := range card.Categories {
			m := r.mark(c.ID)
			if m.NA {
				continue
			}
			lo, hi := c.Scale.Range()
			s := cats[i][c.Name]
			if s == nil {
				s = &sums{}
				cats[i][c.Name] = s
			}
			s.total += 100 * float64(m.Score-lo) / float64(hi-lo)
			s.n++
		}
		return nil
	})
	for i := range out {
		if out[i].Scored > 0 {
			out[i].Average /= float64(out[i].Scored)
		}
		for name, s := range cats[i] {
			out[i].Categories[name] = s.total / s.n
		}
		sort.Slice(out[i].ReviewIDs, func(a, b int) bool { return out[i].ReviewIDs[a] < out[i].ReviewIDs[b] })
	}
	return out, err
}
