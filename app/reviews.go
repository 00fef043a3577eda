package app

import (
	"fmt"
	"time"

	"shopdesk/backend/limits"
	"shopdesk/backend/reviews"
	"shopdesk/backend/users"
)

// Reviews are the quality reviews. The owner scores conversations; a rep
// reads their own reviews and answers them. Who may read or change which
// review is checked again in the reviews package.
type Reviews struct{ c *core }

func reviewer(p users.Person) reviews.Person {
	return reviews.Person{ID: p.ID, Name: p.Name, Owner: p.Role == users.Owner}
}

// Cards: anyone. The scorecards at their latest versions.
func (r *Reviews) Cards() (out []reviews.Scorecard, err error) {
	defer guard("Reviews.Cards", &err)
	if _, err = r.c.sess.anyone(); err != nil {
		return nil, err
	}
	return r.c.reviews.Cards()
}

// Card: anyone. One version of a scorecard (0: the latest).
func (r *Reviews) Card(id uint64, version int) (out reviews.Scorecard, err error) {
	defer guard("Reviews.Card", &err)
	if _, err = r.c.sess.anyone(); err != nil {
		return out, err
	}
	return r.c.reviews.Card(id, version)
}

// SaveCard: owner only. A changed scorecard is its next version.
func (r *Reviews) SaveCard(c reviews.Scorecard) (out reviews.Scorecard, err error) {
	defer guard("Reviews.SaveCard", &err)
	if _, err = r.c.sess.owner(); err != nil {
		return out, err
	}
	return r.c.reviews.SaveCard(c)
}

// Start: owner only. A draft review of one rep's part in a ticket.
func (r *Reviews) Start(ticketID, repID uint64) (out reviews.Review, err error) {
	defer guard("Reviews.Start", &err)
	me, err := r.c.sess.owner()
	if err != nil {
		return out, err
	}
	return r.c.reviews.Start(reviewer(me), ticketID, repID)
}

// Save: the review's reviewer (the owner, or a rep on a self-review they
// were asked for; checked in Go). A draft's marks and comment.
func (r *Reviews) Save(id, version uint64, marks []reviews.Mark, comment string) (out reviews.Review, err error) {
	defer guard("Reviews.Save", &err)
	me, err := r.c.sess.anyone()
	if err != nil {
		return out, err
	}
	return r.c.reviews.Save(reviewer(me), id, version, marks, comment)
}

// Submit: the review's reviewer, as Save. The rep reviewed sees it from
// now on.
func (r *Reviews) Submit(id, version uint64) (out reviews.Review, err error) {
	defer guard("Reviews.Submit", &err)
	me, err := r.c.sess.anyone()
	if err != nil {
		return out, err
	}
	return r.c.reviews.Submit(reviewer(me), id, version)
}

// AskSelf: owner only. The rep scores their own part in the ticket first.
func (r *Reviews) AskSelf(ticketID, repID uint64) (out reviews.Review, err error) {
	defer guard("Reviews.AskSelf", &err)
	me, err := r.c.sess.owner()
	if err != nil {
		return out, err
	}
	return r.c.reviews.AskSelf(reviewer(me), ticketID, repID)
}

// SelfReview: owner only. The rep's self-review of a ticket, to show beside
// the owner's; the zero review when none was asked.
func (r *Reviews) SelfReview(ticketID, repID uint64) (out reviews.Review, err error) {
	defer guard("Reviews.SelfReview", &err)
	if _, err = r.c.sess.owner(); err != nil {
		return out, err
	}
	out, _, err = r.c.reviews.SelfReview(ticketID, repID)
	return out, err
}

// Get: anyone; a rep only their own submitted reviews (checked in Go).
func (r *Reviews) Get(id uint64) (out reviews.Review, err error) {
	defer guard("Reviews.Get", &err)
	me, err := r.c.sess.anyone()
	if err != nil {
		return out, err
	}
	return r.c.reviews.Get(reviewer(me), id)
}

// Mine: anyone. The signed-in person's submitted reviews.
func (r *Reviews) Mine() (out []reviews.Review, err error) {
	defer guard("Reviews.Mine", &err)
	me, err := r.c.sess.anyone()
	if err != nil {
		return nil, err
	}
	return r.c.reviews.Mine(reviewer(me))
}

// Acknowledge: the rep reviewed. They read it.
func (r *Reviews) Acknowledge(id, version uint64) (out reviews.Review, err error) {
	defer guard("Reviews.Acknowledge", &err)
	me, err := r.c.sess.anyone()
	if err != nil {
		return out, err
	}
	return r.c.reviews.Acknowledge(reviewer(me), id, version)
}

// Dispute: the rep reviewed. They disagree with one category's score.
func (r *Reviews) Dispute(id, version, category uint64, comment string) (out reviews.Review, err error) {
	defer guard("Reviews.Dispute", &err)
	me, err := r.c.sess.anyone()
	if err != nil {
		return out, err
	}
	return r.c.reviews.Dispute(reviewer(me), id, version, category, comment)
}

// Answer: owner only. Keeps (to nil) or changes a disputed score, with a reply.
func (r *Reviews) Answer(id, version, category uint64, to *int, reply string) (out reviews.Review, err error) {
	defer guard("Reviews.Answer", &err)
	me, err := r.c.sess.owner()
	if err != nil {
		return out, err
	}
	return r.c.reviews.Answer(reviewer(me), id, version, category, to, reply)
}

// Queue: owner only. The conversations to review in the week of day
// ("2026-12-03"; "" this week), perRep sampled per rep (0: the default).
func (r *Reviews) Queue(day string, perRep int) (out []reviews.Suggestion, err error) {
	defer guard("Reviews.Queue", &err)
	me, err := r.c.sess.owner()
	if err != nil {
		return nil, err
	}
	var at time.Time // zero: this week, by the service's clock
	if day != "" {
		if at, err = time.Parse("2006-01-02", day); err != nil {
			return nil, errBadDay(day)
		}
		at = at.Add(12 * time.Hour)
	}
	if perRep <= 0 {
		perRep = reviews.DefaultPerRep
	}
	return r.c.reviews.Queue(at, perRep, me.ID)
}

// Trends: owner only. The last weeks for a rep (0: the team).
func (r *Reviews) Trends(rep uint64, weeks int) (out []reviews.Week, err error) {
	defer guard("Reviews.Trends", &err)
	if _, err = r.c.sess.owner(); err != nil {
		return nil, err
	}
	return r.c.reviews.Trends(rep, weeks)
}

func errBadDay(day string) error {
	return fmt.Errorf("%q is not a date: use the form 2026-12-03", limits.Clip(day, 20))
}
