package sample

import (
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/reviews"
	"shopdesk/backend/store"
)

// resolvedRef is a ticket resolved in the last year, for the reviews.
type resolvedRef struct {
	id       uint64
	resolved time.Time
	assignee uint64
}

// ReviewsPerWeek is how many conversations the owner reviews a week.
const ReviewsPerWeek = 48

var (
	reviewComments  = []string{"Warm and clear.", "Quick, but the customer had to ask twice.", "Good fix; the apology came late.", "Exactly our tone.", "Too short for an upset customer.", ""}
	disputeComments = []string{"I apologised in my first reply.", "The delay was the courier's, not mine.", "I solved it in one message."}
)

// reviews writes a year of the owner's quality reviews: about 48 a week
// of the reps' resolved tickets, each rep scoring a little differently,
// the scorecard changed once half-way (two versions in use), some
// reviews acknowledged and some disputed and answered.
func (g *gen) reviews(db *store.DB) error {
	if len(g.lastYear) == 0 {
		return nil
	}
	owner := reviews.Person{ID: g.staff[0].ID, Name: g.staff[0].Name, Owner: true}
	reps := map[uint64]int{} // rep → their usual score
	for i, s := range g.staff[1:] {
		reps[s.ID] = 3 + i%3 // 3, 4, 5
	}
	slices.SortFunc(g.lastYear, func(a, b resolvedRef) int { return a.resolved.Compare(b.resolved) })
	changed := false
	half := g.opts.Now.AddDate(0, -6, 0)
	for from := 0; from < len(g.lastYear); {
		weekEnd := g.lastYear[from].resolved.AddDate(0, 0, 7)
		to := from
		for to < len(g.lastYear) && g.lastYear[to].resolved.Before(weekEnd) {
			to++
		}
		week := g.lastYear[from:to]
		from = to
		err := db.Update(func(tx *bolt.Tx) error {
			if !changed && weekEnd.After(half) {
				// Half-way through the year the owner weighs the
				// resolution twice and makes professionalism critical.
				changed = true
				if err := reviews.SeedDefault(tx); err != nil {
					return err
				}
				card, err := reviews.DefaultFor(tx, "")
				if err != nil {
					return err
				}
				card.Categories[3].Weight = 2
				card.Categories[5].Critical = true
				if _, err := reviews.SaveCard(tx, card); err != nil {
					return err
				}
			}
			if err := reviews.SeedDefault(tx); err != nil {
				return err
			}
			made := 0
			for _, i := range g.rnd.Perm(len(week)) {
				if made == ReviewsPerWeek {
					break
				}
				t := week[i]
				usual, isRep := reps[t.assignee]
				if !isRep {
					continue
				}
				at := t.resolved.Add(g.between(time.Hour, 72*time.Hour))
				if at.After(g.opts.Now) {
					continue
				}
				r, err := reviews.Start(tx, owner, t.id, t.assignee, at)
				if err != nil {
					continue // the assignee did not reply: nothing of theirs to review
				}
				card, err := reviews.GetCard(tx, r.CardID, r.CardVersion)
				if err != nil {
					return err
				}
				marks := make([]reviews.Mark, 0, len(card.Categories))
				for _, c := range card.Categories {
					s := min(max(usual+g.rnd.IntN(3)-1, 1), 5)
					if c.ID == r.Timeliness.CategoryID && r.Timeliness.Offered {
						s = r.Timeliness.Suggested
					}
					marks = append(marks, reviews.Mark{CategoryID: c.ID, Score: s})
				}
				if r, err = reviews.Save(tx, owner, r.ID, r.Version, marks, g.pick(reviewComments)); err != nil {
					return err
				}
				if r, err = reviews.Submit(tx, owner, r.ID, r.Version, at); err != nil {
					return err
				}
				made++
				g.res.Reviews++
				rep := reviews.Person{ID: t.assignee, Name: r.Rep}
				switch x := g.rnd.Float64(); {
				case x < 0.05:
					later := at.Add(g.between(time.Hour, 48*time.Hour))
					if later.After(g.opts.Now) {
						continue
					}
					cat := card.Categories[g.rnd.IntN(len(card.Categories))].ID
					if r, err = reviews.DisputeCategory(tx, rep, r.ID, r.Version, cat, g.pick(disputeComments), later); err != nil {
						return err
					}
					if g.chance(0.7) {
						var to *int
						if g.chance(0.5) {
							up := 5
							for _, m := range r.Marks {
								if m.CategoryID == cat {
									up = min(m.Score+1, 5)
								}
							}
							to = &up
						}
						if _, err = reviews.AnswerDispute(tx, owner, r.ID, r.Version, cat, to, "Thanks for saying so: I looked again.", later.Add(time.Hour)); err != nil {
							return err
						}
					}
				case x < 0.6:
					if read := at.Add(g.between(time.Hour, 24*time.Hour)); read.Before(g.opts.Now) {
						if _, err = reviews.Acknowledge(tx, rep, r.ID, r.Version, read); err != nil {
							return err
						}
					}
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}
