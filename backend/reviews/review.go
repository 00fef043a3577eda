package reviews

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
)

// Person is who acts on a review.
type Person struct {
	ID    uint64
	Name  string
	Owner bool
}

// State is where a review stands.
type State string

const (
	Draft     State = "draft"     // the reviewer's alone
	Submitted State = "submitted" // the rep reviewed sees it
)

// Timeliness is what the ticket's clock says, offered as the Timeliness
// score: the reviewer may change it, and the change shows.
type Timeliness struct {
	Offered        bool       `json:"offered"` // false: the ticket is not resolved, or the scorecard has no Timeliness
	Suggested      int        `json:"suggested"`
	FirstResponse  *time.Time `json:"firstResponse,omitempty" ts_type:"string"`
	FirstDue       time.Time  `json:"firstDue" ts_type:"string"`
	Resolved       *time.Time `json:"resolved,omitempty" ts_type:"string"`
	ResolutionDue  time.Time  `json:"resolutionDue" ts_type:"string"`
	FirstMet       bool       `json:"firstMet"`
	ResolutionMet  bool       `json:"resolutionMet"`
	CategoryID     uint64     `json:"categoryId"` // the scorecard's Timeliness, 0 if it has none
	ChangedByHuman bool       `json:"changedByHuman"`
}

// Review is one reviewer's scoring of one rep's part in one ticket.
type Review struct {
	ID           uint64     `json:"id"`
	TicketID     uint64     `json:"ticketId"`
	TicketNumber uint64     `json:"ticketNumber"`
	Subject      string     `json:"subject"`
	RepID        uint64     `json:"repId"`
	Rep          string     `json:"rep"`
	ReviewerID   uint64     `json:"reviewerId"`
	Reviewer     string     `json:"reviewer"`
	CardID       uint64     `json:"cardId"`
	CardVersion  int        `json:"cardVersion"`
	Marks        []Mark     `json:"marks"`
	Comment      string     `json:"comment"`
	Timeliness   Timeliness `json:"timeliness"`
	State        State      `json:"state"`
	Result       *Result    `json:"result,omitempty"` // set when submitted, never again
	CreatedAt    time.Time  `json:"createdAt" ts_type:"string"`
	SubmittedAt  *time.Time `json:"submittedAt,omitempty" ts_type:"string"`
	Version      uint64     `json:"version"`
}

// Limits and errors.
const MaxComment = 5_000

var (
	ErrNoReview       = errors.New("this review is no longer in Shopdesk")
	ErrReviewConflict = errors.New("someone else saved this review while you had it open: reload it, then score again")
	ErrNotYours       = errors.New("this review is another person's: a rep sees only the reviews of their own conversations")
)

func idxKey(kind byte, owner, id uint64) []byte {
	return store.Key([]byte{kind}, store.U64(owner), store.U64(id))
}

// GetReview reads one review.
func GetReview(tx *bolt.Tx, id uint64) (Review, error) {
	var r Review
	v := tx.Bucket(store.BucketReviews).Get(store.U64(id))
	if v == nil {
		return r, ErrNoReview
	}
	return r, json.Unmarshal(v, &r)
}

func putReview(tx *bolt.Tx, old *Review, r *Review) error {
	b := tx.Bucket(store.BucketReviews)
	if r.ID == 0 {
		id, err := b.NextSequence()
		if err != nil {
			return err
		}
		r.ID = id
	}
	if old != nil && old.Version != r.Version {
		return ErrReviewConflict
	}
	r.Version++
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if err := b.Put(store.U64(r.ID), v); err != nil {
		return err
	}
	if old == nil {
		ix := tx.Bucket(store.BucketReviewIdx)
		if err := ix.Put(idxKey('t', r.TicketID, r.ID), nil); err != nil {
			return err
		}
		return ix.Put(idxKey('r', r.RepID, r.ID), nil)
	}
	return nil
}

// Start opens a draft review of rep's part in a ticket: only the owner
// reviews, and only someone who replied on it. The scorecard is the
// channel's, at its version now; Timeliness is offered from the clock.
func Start(tx *bolt.Tx, by Person, ticketID, repID uint64, now time.Time) (Review, error) {
	if !by.Owner {
		return Review{}, fmt.Errorf("only the owner reviews conversations: ask them")
	}
	t, err := tickets.Get(tx, ticketID)
	if err != nil {
		return Review{}, err
	}
	msgs, err := tickets.Messages(tx, ticketID)
	if err != nil {
		return Review{}, err
	}
	rep, anyReply := "", false
	for _, m := range msgs {
		if m.Kind == tickets.Reply {
			anyReply = true
			if m.AuthorID == repID {
				rep = m.AuthorName
			}
		}
	}
	switch {
	case !anyReply:
		return Review{}, fmt.Errorf("nobody answered ticket #%d: there is no conversation to review yet", t.Number)
	case rep == "":
		return Review{}, fmt.Errorf("that person sent no reply on ticket #%d: choose one who did", t.Number)
	}
	card, err := DefaultFor(tx, string(t.Channel))
	if err != nil {
		return Review{}, err
	}
	r := Review{TicketID: t.ID, TicketNumber: t.Number, Subject: t.Subject, RepID: repID, Rep: rep,
		ReviewerID: by.ID, Reviewer: by.Name, CardID: card.ID, CardVersion: card.Version, Marks: []Mark{},
		State: Draft, CreatedAt: now.UTC(), Timeliness: timeliness(t, card)}
	if r.Timeliness.Offered {
		r.Marks = append(r.Marks, Mark{CategoryID: r.Timeliness.CategoryID, Score: r.Timeliness.Suggested})
	}
	return r, putReview(tx, nil, &r)
}

// timeliness offers the Timeliness score from the ticket's targets: both
// met 5, one missed 3, both missed 1 (on 1–5; the ends of other scales).
func timeliness(t *tickets.Ticket, card Scorecard) Timeliness {
	tl := Timeliness{FirstResponse: t.FirstResponseAt, FirstDue: t.FirstResponseDue, Resolved: t.ResolvedAt, ResolutionDue: t.ResolutionDue}
	for _, c := range card.Categories {
		if strings.EqualFold(c.Name, "Timeliness") {
			tl.CategoryID = c.ID
			lo, hi := c.Scale.Range()
			if t.FirstResponseAt == nil || t.ResolvedAt == nil {
				return tl
			}
			tl.FirstMet = t.FirstResponseDue.IsZero() || !t.FirstResponseAt.After(t.FirstResponseDue)
			tl.ResolutionMet = t.ResolutionDue.IsZero() || !t.ResolvedAt.After(t.ResolutionDue)
			tl.Offered = true
			switch {
			case tl.FirstMet && tl.ResolutionMet:
				tl.Suggested = hi
			case hi-lo > 1 && (tl.FirstMet || tl.ResolutionMet):
				tl.Suggested = (lo + hi + 1) / 2
			default:
				tl.Suggested = lo
			}
		}
	}
	return tl
}

// Save keeps a draft's marks and comment (not all need be scored yet).
func Save(tx *bolt.Tx, by Person, id, version uint64, marks []Mark, comment string) (Review, error) {
	r, card, err := mine(tx, by, id, version)
	if err != nil {
		return r, err
	}
	if r.State != Draft {
		return r, fmt.Errorf("this review was submitted: it can no longer be changed")
	}
	if utf8.RuneCountInString(comment) > MaxComment {
		return r, fmt.Errorf("the comment is too long: keep it under %d characters", MaxComment)
	}
	for _, m := range marks {
		if err := card.checkMark(m); err != nil {
			return r, err
		}
		if utf8.RuneCountInString(m.Comment) > MaxComment {
			return r, fmt.Errorf("a category's comment is too long: keep it under %d characters", MaxComment)
		}
	}
	old := r
	r.Marks, r.Comment = marks, strings.TrimSpace(comment)
	if r.Timeliness.CategoryID != 0 {
		r.Timeliness.ChangedByHuman = false
		for _, m := range marks {
			if m.CategoryID == r.Timeliness.CategoryID && r.Timeliness.Offered && (m.NA || m.Score != r.Timeliness.Suggested) {
				r.Timeliness.ChangedByHuman = true
			}
		}
	}
	return r, putReview(tx, &old, &r)
}

// Submit scores the review for good: every category marked, the score
// kept with it; the rep reviewed sees it from now on.
func Submit(tx *bolt.Tx, by Person, id, version uint64, now time.Time) (Review, error) {
	r, card, err := mine(tx, by, id, version)
	if err != nil {
		return r, err
	}
	if r.State != Draft {
		return r, fmt.Errorf("this review was submitted already")
	}
	res, err := Score(card, r.Marks)
	if err != nil {
		return r, err
	}
	if !res.Scored {
		return r, fmt.Errorf("every category is N/A: score at least one, or delete the draft")
	}
	old := r
	at := now.UTC()
	r.Result, r.State, r.SubmittedAt = &res, Submitted, &at
	return r, putReview(tx, &old, &r)
}

// mine reads a review its reviewer works on, at the version they saw.
func mine(tx *bolt.Tx, by Person, id, version uint64) (Review, Scorecard, error) {
	r, err := GetReview(tx, id)
	if err != nil {
		return r, Scorecard{}, err
	}
	if r.ReviewerID != by.ID {
		return r, Scorecard{}, fmt.Errorf("this review is %s's: only they can score it", r.Reviewer)
	}
	if r.Version != version {
		return r, Scorecard{}, ErrReviewConflict
	}
	card, err := GetCard(tx, r.CardID, r.CardVersion)
	return r, card, err
}

func (s Scorecard) checkMark(m Mark) error {
	for _, c := range s.Categories {
		if c.ID != m.CategoryID {
			continue
		}
		if m.NA {
			if !c.MayBeNA {
				return fmt.Errorf("%s may not be N/A on this scorecard: give it a score", c.Name)
			}
			return nil
		}
		lo, hi := c.Scale.Range()
		if m.Score < lo || m.Score > hi {
			return fmt.Errorf("%s is scored %d to %d, not %d", c.Name, lo, hi, m.Score)
		}
		return nil
	}
	return fmt.Errorf("that category is not on this review's scorecard")
}

// Read gives a review to who may see it: the owner any, a rep their own
// once submitted.
func Read(tx *bolt.Tx, by Person, id uint64) (Review, error) {
	r, err := GetReview(tx, id)
	if err != nil {
		return r, err
	}
	if !by.Owner && (r.RepID != by.ID || r.State == Draft) {
		return Review{}, ErrNotYours
	}
	return r, nil
}
