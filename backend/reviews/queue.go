package reviews

import (
	"bytes"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/escalations"
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
)

// Why a conversation is suggested for review.
const (
	WhySample     = "sample"     // in this week's random sample of the rep's resolved tickets
	WhyEscalated  = "escalated"  // escalated this week
	WhyReopened   = "reopened"   // the customer came back after it was resolved
	WhyRefund     = "refund"     // a refund above the reps' limit
	WhyLowRating  = "low_rating" // a low satisfaction rating (ratings come with the reports)
	DefaultPerRep = 5
)

// Suggestion is a conversation worth reviewing, and why.
type Suggestion struct {
	TicketID uint64   `json:"ticketId"`
	Number   uint64   `json:"number"`
	Subject  string   `json:"subject"`
	RepID    uint64   `json:"repId"`
	Rep      string   `json:"rep"`
	Why      []string `json:"why"`
}

// Queue suggests the conversations of the week from [from, from+7 days)
// to review: a random sample of each rep's resolved tickets (the same
// week always gives the same sample; a ticket the owner answered alone
// is never in it), and every escalated, reopened or refund-above-limit
// one. Tickets reviewed already drop out. owner is the owner's ID.
func Queue(tx *bolt.Tx, from time.Time, perRep int, owner uint64) ([]Suggestion, error) {
	to := from.AddDate(0, 0, 7)
	flagged := map[uint64][]string{}
	var resolved []uint64
	seen := map[uint64]bool{}
	err := tickets.EventsBetween(tx, from, to, []tickets.EventKind{tickets.EvResolved, tickets.EvReopened}, func(id uint64, ev *tickets.Event) error {
		switch {
		case ev == nil:
		case ev.Kind == tickets.EvResolved && !seen[id]:
			seen[id] = true
			resolved = append(resolved, id)
		case ev.Kind == tickets.EvReopened && !slices.Contains(flagged[id], WhyReopened):
			flagged[id] = append(flagged[id], WhyReopened)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	opened, _, err := escalations.Between(tx, from, to)
	if err != nil {
		return nil, err
	}
	for _, e := range opened {
		why := WhyEscalated
		if e.Reason == escalations.RefundAboveLimit {
			why = WhyRefund
		}
		if e.TicketID != 0 && !slices.Contains(flagged[e.TicketID], why) {
			flagged[e.TicketID] = append(flagged[e.TicketID], why)
		}
	}
	// Each resolved ticket's reps: who replied, other than the owner.
	byRep := map[uint64][]uint64{}
	names := map[uint64]string{}
	repOf := map[uint64]uint64{}
	for _, id := range resolved {
		if reviewed(tx, id) {
			continue
		}
		msgs, err := tickets.Messages(tx, id)
		if err != nil {
			return nil, err
		}
		var reps []uint64
		for _, m := range msgs {
			if m.Kind == tickets.Reply && m.AuthorID != owner && !slices.Contains(reps, m.AuthorID) {
				reps = append(reps, m.AuthorID)
				names[m.AuthorID] = m.AuthorName
			}
		}
		for _, r := range reps {
			byRep[r] = append(byRep[r], id)
		}
		if len(reps) > 0 {
			repOf[id] = reps[0]
		}
	}
	pick := map[uint64]uint64{} // ticket → the rep it was sampled for
	for rep, ids := range byRep {
		slices.Sort(ids)
		rnd := rand.New(rand.NewPCG(weekSeed(from), rep))
		rnd.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
		for _, id := range ids[:min(perRep, len(ids))] {
			if _, ok := pick[id]; !ok {
				pick[id] = rep
			}
		}
	}
	out := []Suggestion{}
	add := func(id, rep uint64, why []string) error {
		t, err := tickets.Get(tx, id)
		if err != nil {
			return nil // deleted since: nothing to review
		}
		out = append(out, Suggestion{TicketID: id, Number: t.Number, Subject: t.Subject, RepID: rep, Rep: names[rep], Why: why})
		return nil
	}
	for id, why := range flagged {
		if reviewed(tx, id) {
			continue
		}
		rep := repOf[id]
		if r, ok := pick[id]; ok {
			rep, why = r, append([]string{WhySample}, why...)
			delete(pick, id)
		}
		if err := add(id, rep, why); err != nil {
			return nil, err
		}
	}
	for id, rep := range pick {
		if err := add(id, rep, []string{WhySample}); err != nil {
			return nil, err
		}
	}
	// Flagged first, then by rep and ticket: the same week reads the same.
	sort.Slice(out, func(i, j int) bool {
		fi, fj := out[i].Why[len(out[i].Why)-1] != WhySample, out[j].Why[len(out[j].Why)-1] != WhySample
		if fi != fj {
			return fi
		}
		if out[i].Rep != out[j].Rep {
			return out[i].Rep < out[j].Rep
		}
		return out[i].TicketID < out[j].TicketID
	})
	return out, nil
}

func weekSeed(from time.Time) uint64 {
	h := fnv.New64a()
	h.Write([]byte(from.Format("2006-01-02")))
	return h.Sum64()
}

// reviewed says whether a ticket has a review already.
func reviewed(tx *bolt.Tx, ticket uint64) bool {
	prefix := store.Key([]byte{'t'}, store.U64(ticket))
	k, _ := tx.Bucket(store.BucketReviewIdx).Cursor().Seek(prefix)
	return k != nil && bytes.HasPrefix(k, prefix)
}
