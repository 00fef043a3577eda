package sample_test

import (
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/calendar"
	"shopdesk/backend/checklists"
	"shopdesk/backend/escalations"
	"shopdesk/backend/reviews"
	"shopdesk/backend/store"
)

// The sample's shift: 90 days of checklist runs with late and skipped
// tasks and days nobody opened, and escalations at every step, some late.
func TestTheSampleShopHasAShiftHistory(t *testing.T) {
	db, shop := generate(t, small(7, 3000))
	var people []checklists.Person
	for i, p := range shop.Result.Staff {
		people = append(people, checklists.Person{ID: p.ID, Name: p.Name, Role: string(p.Role), Owner: i == 0})
	}
	err := db.View(func(tx *bolt.Tx) error {
		c, err := checklists.CompletionOf(tx, people, calendar.Hours{}, 30, end)
		if err != nil {
			return err
		}
		var late, skipped, missed, done int
		for _, p := range c.People {
			late, skipped, missed, done = late+p.Rate.Late, skipped+p.Rate.Skipped, missed+p.Rate.MissedDays, done+p.Rate.Done
		}
		if done == 0 || late == 0 || skipped == 0 || missed == 0 {
			t.Errorf("30 days of runs: done %d, late %d, skipped %d, missed days %d", done, late, skipped, missed)
		}
		steps := map[escalations.Step]int{}
		lateOnes := 0
		err = tx.Bucket(store.BucketEscalations).ForEach(func(k, v []byte) error {
			if len(k) != 8 {
				return nil
			}
			e, err := escalations.Get(tx, store.ParseU64(k))
			if e.ETA != nil && e.Open() && e.ETA.Before(end) {
				lateOnes++
			}
			steps[e.Step]++
			return err
		})
		for _, s := range []escalations.Step{escalations.Notified, escalations.Investigated, escalations.Communicated, escalations.Closed} {
			if steps[s] == 0 {
				t.Errorf("no escalation at step %d: %v", s, steps)
			}
		}
		if lateOnes == 0 {
			t.Errorf("no escalation is past its estimate: %v", steps)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// A year of the owner's reviews: on two scorecard versions, some disputed.
func TestTheSampleShopHasAYearOfReviews(t *testing.T) {
	db, shop := generate(t, small(7, 3000))
	if shop.Result.Reviews < 200 {
		t.Fatalf("%d reviews", shop.Result.Reviews)
	}
	versions, disputes, acknowledged := map[int]int{}, 0, 0
	db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketReviews).ForEach(func(k, v []byte) error {
			r, err := reviews.GetReview(tx, store.ParseU64(k))
			versions[r.CardVersion]++
			disputes += len(r.Disputes)
			if r.Acknowledged != nil {
				acknowledged++
			}
			return err
		})
	})
	if versions[1] == 0 || versions[2] == 0 || disputes == 0 || acknowledged == 0 {
		t.Fatalf("versions %v, disputes %d, acknowledged %d", versions, disputes, acknowledged)
	}
}
