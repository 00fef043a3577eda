package reviews

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/limits"
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
	ID           uint64 `json:"id"`
	TicketID     uint64 `json:"ticketId"`
	TicketNumber uint64 `json:"ticketNumber"`
	Subject      string `json:"subject"`
	RepID        uint64 `json:"repId"`
	Rep          string `json:"rep"`
	ReviewerID   uint64 `json:"reviewerId"`
	// Self is a rep's scoring of their own conversation, at the owner's
	// asking; the owner's review of it shows both side by side.
	Self        bool       `json:"self"`
	Reviewer    string     `json:"reviewer"`
	CardID      uint64     `json:"cardId"`
	CardVersion int        `json:"cardVersion"`
	Marks       []Mark     `json:"marks"`
	Comment     string     `json:"comment"`
	Timeliness  Timeliness `json:"timeliness"`
	State       State      `json:"state"`
	Result      *Result    `json:"result,omitempty"` // set when submitted; only an answered dispute changes it
	CreatedAt   time.Time  `json:"createdAt" ts_type:"string"`
	SubmittedAt *time.Time `json:"submittedAt,omitempty" ts_type:"string"`
	// Acknowledged is when the rep said they read it.
	Acknowledged *time.Time `json:"acknowledged,omitempty" ts_type:"string"`
	Disputes     []Dispute  `json:"disputes"`
	// History is every step, oldest first.
	History []Step `json:"history"`
	Version uint64 `json:"version"`
}

// Dispute is the rep's disagreement with one category's score, and the
// owner's answer.
type Dispute struct {
	CategoryID uint64     `json:"categoryId"`
	Comment    string     `json:"comment"`
	At         time.Time  `json:"at" ts_type:"string"`
	Answer     string     `json:"answer"`
	AnsweredAt *time.Time `json:"answeredAt,omitempty" ts_type:"string"`
	AnsweredBy string     `json:"answeredBy"`
	From       int        `json:"from"` // the score disputed
	To         int        `json:"to"`   // the score after the answer (From when kept)
}

// Open says whether the owner has yet to answer.
func (d Dispute) Open() bool { return d.AnsweredAt == nil }

// Step is one entry of a review's history.
type Step struct {
	At   time.Time `json:"at" ts_type:"string"`
	ByID uint64    `json:"byId"`
	By   string    `json:"by"`
	What string    `json:"what"`
}

func (r *Review) log(by Person, at time.Time, what string) {
	r.History = append(r.History, Step{At: at.UTC(), ByID: by.ID, By: by.Name, What: what})
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
	return start(tx, by, ticketID, repID, false, now)
}

// AskSelfReview is the owner asking a rep to score their own part in a
// ticket first: a draft of the rep's, which only they score.
func AskSelfReview(tx *bolt.Tx, by Person, ticketID, repID uint64, now time.Time) (Review, error) {
	if !by.Owner {
		return Review{}, fmt.Errorf("only the owner asks for a self-review")
	}
	if prev, ok, err := SelfReviewOf(tx, ticketID, repID); err != nil || ok {
		if ok {
			err = fmt.Errorf("%s was asked to review ticket #%d already", prev.Rep, prev.TicketNumber)
		}
		return prev, err
	}
	r, err := start(tx, by, ticketID, repID, true, now)
	return r, err
}

// SelfReviewOf is the rep's self-review of a ticket, if they were asked.
func SelfReviewOf(tx *bolt.Tx, ticketID, repID uint64) (Review, bool, error) {
	prefix := store.Key([]byte{'t'}, store.U64(ticketID))
	c := tx.Bucket(store.BucketReviewIdx).Cursor()
	for k, _ := c.Seek(prefix); k != nil && len(k) == len(prefix)+8 && string(k[:len(prefix)]) == string(prefix); k, _ = c.Next() {
		r, err := GetReview(tx, store.ParseU64(k[len(prefix):]))
		if err != nil {
			return r, false, err
		}
		if r.Self && r.RepID == repID {
			return r, true, nil
		}
	}
	return Review{}, false, nil
}

func start(tx *bolt.Tx, by Person, ticketID, repID uint64, self bool, now time.Time) (Review, error) {
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
		ReviewerID: by.ID, Reviewer: by.Name, Self: self, CardID: card.ID, CardVersion: card.Version, Marks: []Mark{},
		State: Draft, CreatedAt: now.UTC(), Timeliness: timeliness(t, card), Disputes: []Dispute{}, History: []Step{}}
	if self {
		r.ReviewerID, r.Reviewer = repID, rep
		r.log(by, now, "asked "+rep+" to review their own conversation first")
	} else {
		r.log(by, now, "started the review")
	}
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
	if err := limits.Body("the comment", comment); err != nil {
		return r, err
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
	r.log(by, now, fmt.Sprintf("submitted it: %s", percent(res)))
	return r, putReview(tx, &old, &r)
}

func percent(res Result) string {
	switch {
	case !res.Scored:
		return "no score"
	case len(res.FailedCritical) > 0:
		return "0 % (" + strings.Join(res.FailedCritical, ", ") + " below half its scale)"
	}
	return fmt.Sprintf("%.0f %%", res.Percent)
}

// theirs reads a submitted review for the rep it is about.
func theirs(tx *bolt.Tx, by Person, id, version uint64) (Review, Scorecard, error) {
	r, err := Read(tx, by, id)
	if err != nil {
		return r, Scorecard{}, err
	}
	if r.RepID != by.ID {
		return r, Scorecard{}, fmt.Errorf("only %s, whose conversation it is, can answer this review", r.Rep)
	}
	if r.Version != version {
		return r, Scorecard{}, ErrReviewConflict
	}
	card, err := GetCard(tx, r.CardID, r.CardVersion)
	return r, card, err
}

// Acknowledge is the rep saying they read the review.
func Acknowledge(tx *bolt.Tx, by Person, id, version uint64, now time.Time) (Review, error) {
	r, _, err := theirs(tx, by, id, version)
	if err != nil || r.Acknowledged != nil {
		return r, err
	}
	old := r
	at := now.UTC()
	r.Acknowledged = &at
	r.log(by, now, "read it")
	return r, putReview(tx, &old, &r)
}

// DisputeCategory is the rep disagreeing with one category's score.
func DisputeCategory(tx *bolt.Tx, by Person, id, version, category uint64, comment string, now time.Time) (Review, error) {
	r, card, err := theirs(tx, by, id, version)
	if err != nil {
		return r, err
	}
	comment = strings.TrimSpace(comment)
	if comment == "" {
		return r, fmt.Errorf("say why you disagree: the owner answers from what you write")
	}
	if utf8.RuneCountInString(comment) > MaxComment {
		return r, fmt.Errorf("the comment is too long: keep it under %d characters", MaxComment)
	}
	name, mark, ok := card.name(category), r.mark(category), false
	for _, c := range card.Categories {
		ok = ok || c.ID == category
	}
	if !ok {
		return r, fmt.Errorf("that category is not on this review's scorecard")
	}
	for _, d := range r.Disputes {
		if d.CategoryID == category && d.Open() {
			return r, fmt.Errorf("%s is disputed already: wait for the owner's answer", name)
		}
	}
	old := r
	r.Disputes = append(r.Disputes, Dispute{CategoryID: category, Comment: comment, At: now.UTC(), From: mark.Score, To: mark.Score})
	r.log(by, now, "disputed "+name+": "+comment)
	return r, putReview(tx, &old, &r)
}

// AnswerDispute is the owner's answer: the score kept (to nil) or changed,
// with a reply; the review's score follows a change.
func AnswerDispute(tx *bolt.Tx, by Person, id, version, category uint64, to *int, reply string, now time.Time) (Review, error) {
	if !by.Owner {
		return Review{}, fmt.Errorf("only the owner answers a dispute")
	}
	r, err := GetReview(tx, id)
	if err != nil {
		return r, err
	}
	if r.Version != version {
		return r, ErrReviewConflict
	}
	card, err := GetCard(tx, r.CardID, r.CardVersion)
	if err != nil {
		return r, err
	}
	reply = strings.TrimSpace(reply)
	if reply == "" {
		return r, fmt.Errorf("write a reply: the rep reads why the score stays or changes")
	}
	i := -1
	for j, d := range r.Disputes {
		if d.CategoryID == category && d.Open() {
			i = j
		}
	}
	if i < 0 {
		return r, fmt.Errorf("there is no open dispute on that category")
	}
	old := r
	r.Disputes = append([]Dispute{}, r.Disputes...)
	r.Marks = append([]Mark{}, r.Marks...)
	d := &r.Disputes[i]
	at := now.UTC()
	d.Answer, d.AnsweredAt, d.AnsweredBy = reply, &at, by.Name
	what := "kept " + card.name(category) + " at " + fmt.Sprint(d.From) + ": " + reply
	if to != nil && *to != d.From {
		m := Mark{CategoryID: category, Score: *to}
		if err := card.checkMark(m); err != nil {
			return r, err
		}
		for j := range r.Marks {
			if r.Marks[j].CategoryID == category {
				r.Marks[j].Score, r.Marks[j].NA = *to, false
			}
		}
		res, err := Score(card, r.Marks)
		if err != nil {
			return r, err
		}
		r.Result = &res
		d.To = *to
		what = fmt.Sprintf("changed %s from %d to %d (now %s): %s", card.name(category), d.From, *to, percent(res), reply)
	}
	r.log(by, now, what)
	return r, putReview(tx, &old, &r)
}

func (s Scorecard) name(category uint64) string {
	for _, c := range s.Categories {
		if c.ID == category {
			return c.Name
		}
	}
	return "that category"
}

func (r Review) mark(category uint64) Mark {
	for _, m := range r.Marks {
		if m.CategoryID == category {
			return m
		}
	}
	return Mark{CategoryID: category}
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
	if !by.Owner && (r.RepID != by.ID || (r.State == Draft && !r.Self)) {
		return Review{}, ErrNotYours
	}
	return r, nil
}

// ForRep is a rep's submitted reviews and the self-reviews asked of them,
// newest first.
func ForRep(tx *bolt.Tx, rep uint64) ([]Review, error) {
	out := []Review{}
	prefix := store.Key([]byte{'r'}, store.U64(rep))
	c := tx.Bucket(store.BucketReviewIdx).Cursor()
	for k, _ := c.Seek(prefix); k != nil && len(k) == len(prefix)+8 && string(k[:len(prefix)]) == string(prefix); k, _ = c.Next() {
		r, err := GetReview(tx, store.ParseU64(k[len(prefix):]))
		if err != nil {
			return nil, err
		}
		if r.State != Draft || r.Self {
			out = append([]Review{r}, out...)
		}
	}
	return out, nil
}
