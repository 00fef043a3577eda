package reviews_test

import (
	"errors"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/reviews"
	"shopdesk/backend/store/storetest"
)

func TestScorecardsKeepEveryVersion(t *testing.T) {
	db := storetest.Open(t)
	var first, second reviews.Scorecard
	err := db.Update(func(tx *bolt.Tx) error {
		if err := reviews.SeedDefault(tx); err != nil {
			return err
		}
		if err := reviews.SeedDefault(tx); err != nil { // a second start installs nothing
			return err
		}
		cards, err := reviews.Cards(tx)
		if err != nil || len(cards) != 1 {
			t.Fatalf("cards %+v %v", cards, err)
		}
		first = cards[0]
		// Saving it unchanged makes no version.
		if same, err := reviews.SaveCard(tx, first); err != nil || same.Version != 1 {
			t.Fatalf("unchanged save %+v %v", same, err)
		}
		edit := first
		edit.Categories = append(append([]reviews.Category{}, first.Categories...), reviews.Category{Name: "Product knowledge", Criteria: "Knew the range.", Scale: reviews.OneToThree, Weight: 1})
		if second, err = reviews.SaveCard(tx, edit); err != nil {
			return err
		}
		// A save from the old version is refused.
		if _, err := reviews.SaveCard(tx, edit); !errors.Is(err, reviews.ErrScorecardConflict) {
			t.Fatalf("stale save: %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if second.Version != 2 || len(second.Categories) != 7 || second.Categories[6].ID != 7 {
		t.Fatalf("second version %+v", second)
	}
	db.View(func(tx *bolt.Tx) error {
		old, err := reviews.GetCard(tx, first.ID, 1)
		if err != nil || len(old.Categories) != 6 {
			t.Fatalf("version 1 %+v %v", old, err)
		}
		latest, _ := reviews.DefaultFor(tx, "email")
		if latest.Version != 2 {
			t.Fatalf("the default for email is version %d", latest.Version)
		}
		cards, _ := reviews.Cards(tx)
		if len(cards) != 1 || cards[0].Version != 2 {
			t.Fatalf("cards after an edit %+v", cards)
		}
		return nil
	})
}

func TestAChannelCanHaveItsOwnScorecard(t *testing.T) {
	db := storetest.Open(t)
	err := db.Update(func(tx *bolt.Tx) error {
		if err := reviews.SeedDefault(tx); err != nil {
			return err
		}
		social := reviews.Default()
		social.Name = "Social replies"
		social.Categories = social.Categories[:3]
		s, err := reviews.SaveCard(tx, social)
		if err != nil {
			return err
		}
		d, _ := reviews.Defaults(tx)
		d["social"] = s.ID
		if err := reviews.SetDefaults(tx, d); err != nil {
			return err
		}
		got, _ := reviews.DefaultFor(tx, "social")
		other, _ := reviews.DefaultFor(tx, "email")
		if got.Name != "Social replies" || other.Name != "Customer Interaction Quality Review" {
			t.Fatalf("social %q, email %q", got.Name, other.Name)
		}
		if err := reviews.SetDefaults(tx, map[string]uint64{"chat": 99}); err == nil {
			t.Fatal("a default naming no scorecard was kept")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
