package reviews

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/settings"
	"shopdesk/backend/store"
)

// Service keeps scorecards and reviews in the data file. Safe for
// concurrent use; each call is one transaction.
type Service struct {
	db  *store.DB
	now func() time.Time
}

// NewService installs the seed's scorecard on a new shop (a start with it
// in place only reads).
func NewService(db *store.DB) (*Service, error) {
	s := &Service{db: db, now: time.Now}
	done := false
	if err := db.View(func(tx *bolt.Tx) error { done = Seeded(tx); return nil }); err != nil || done {
		return s, err
	}
	return s, db.Update(SeedDefault)
}

// SetClock replaces the clock (tests, dev builds, the sample shop).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// Cards are the scorecards at their latest versions.
func (s *Service) Cards() (out []Scorecard, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { out, err = Cards(tx); return err })
	return out, err
}

// SaveCard saves a scorecard as its next version.
func (s *Service) SaveCard(c Scorecard) (out Scorecard, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { out, err = SaveCard(tx, c); return err })
	return out, err
}

// Card reads one version of a scorecard (0: the latest).
func (s *Service) Card(id uint64, version int) (out Scorecard, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { out, err = GetCard(tx, id, version); return err })
	return out, err
}

// Start opens a draft review.
func (s *Service) Start(by Person, ticketID, repID uint64) (r Review, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { r, err = Start(tx, by, ticketID, repID, s.now()); return err })
	return r, err
}

// Save keeps a draft's marks and comment.
func (s *Service) Save(by Person, id, version uint64, marks []Mark, comment string) (r Review, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { r, err = Save(tx, by, id, version, marks, comment); return err })
	return r, err
}

// Submit scores a draft for good.
func (s *Service) Submit(by Person, id, version uint64) (r Review, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { r, err = Submit(tx, by, id, version, s.now()); return err })
	return r, err
}

// Get reads a review for who may see it.
func (s *Service) Get(by Person, id uint64) (r Review, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { r, err = Read(tx, by, id); return err })
	return r, err
}

// Acknowledge, DisputeCategory and AnswerDispute: the coaching steps.
func (s *Service) Acknowledge(by Person, id, version uint64) (r Review, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { r, err = Acknowledge(tx, by, id, version, s.now()); return err })
	return r, err
}

func (s *Service) Dispute(by Person, id, version, category uint64, comment string) (r Review, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		r, err = DisputeCategory(tx, by, id, version, category, comment, s.now())
		return err
	})
	return r, err
}

func (s *Service) Answer(by Person, id, version, category uint64, to *int, reply string) (r Review, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		r, err = AnswerDispute(tx, by, id, version, category, to, reply, s.now())
		return err
	})
	return r, err
}

// Queue is the suggestions of the week that holds day (in the shop's
// zone; the zero time: this week), perRep sampled per rep.
func (s *Service) Queue(day time.Time, perRep int, owner uint64) (out []Suggestion, err error) {
	if day.IsZero() {
		day = s.now()
	}
	err = s.db.View(func(tx *bolt.Tx) error {
		shop, err := settings.Get(tx)
		if err != nil {
			return err
		}
		out, err = Queue(tx, mondayOf(day, shop.Hours.Location()), perRep, owner)
		return err
	})
	return out, err
}

// Trends are the last weeks for rep (0: the team).
func (s *Service) Trends(rep uint64, weeks int) (out []Week, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		shop, err := settings.Get(tx)
		if err != nil {
			return err
		}
		out, err = Trends(tx, rep, weeks, s.now(), shop.Hours.Location())
		return err
	})
	return out, err
}

func mondayOf(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
	return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
}

// Mine is the signed-in rep's submitted reviews, newest first.
func (s *Service) Mine(by Person) (out []Review, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { out, err = ForRep(tx, by.ID); return err })
	return out, err
}

// AskSelf asks a rep to score their own part in a ticket first.
func (s *Service) AskSelf(by Person, ticketID, repID uint64) (r Review, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { r, err = AskSelfReview(tx, by, ticketID, repID, s.now()); return err })
	return r, err
}

// SelfReview is the rep's self-review of a ticket, to show beside the
// owner's (ok false: none was asked).
func (s *Service) SelfReview(ticketID, repID uint64) (r Review, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { r, ok, err = SelfReviewOf(tx, ticketID, repID); return err })
	return r, ok, err
}
