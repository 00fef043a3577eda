package reviews

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// Every version of every scorecard is kept under its ID and version, so a
// review always finds the scorecard it was scored on; the meta keys are
// not 16 bytes long and never read as a scorecard.
var (
	seededKey   = []byte("_seeded")
	defaultsKey = []byte("_defaults") // channel → scorecard ID
	// ErrNoScorecard is a scorecard (or version) that is not there.
	ErrNoScorecard = errors.New("this scorecard is no longer in Shopdesk")
	// ErrScorecardConflict is a save over someone else's.
	ErrScorecardConflict = errors.New("someone else changed this scorecard while you had it open: reload it, then make your change again")
)

func cardKey(id uint64, version int) []byte {
	return store.Key(store.U64(id), store.U64(uint64(version)))
}

// GetCard reads one version of a scorecard; version 0 is the latest.
func GetCard(tx *bolt.Tx, id uint64, version int) (Scorecard, error) {
	var s Scorecard
	b := tx.Bucket(store.BucketScorecards)
	var v []byte
	if version > 0 {
		v = b.Get(cardKey(id, version))
	} else {
		c := b.Cursor()
		prefix := store.U64(id)
		for k, kv := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) && len(k) == 16; k, kv = c.Next() {
			v = kv // the last one is the latest version
		}
	}
	if v == nil {
		return s, ErrNoScorecard
	}
	return s, json.Unmarshal(v, &s)
}

// Cards are the scorecards at their latest versions, in the order they
// were made.
func Cards(tx *bolt.Tx) ([]Scorecard, error) {
	out := []Scorecard{}
	c := tx.Bucket(store.BucketScorecards).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if len(k) != 16 {
			continue
		}
		var s Scorecard
		if err := json.Unmarshal(v, &s); err != nil {
			return nil, fmt.Errorf("read scorecard %d: %w", store.ParseU64(k), err)
		}
		if n := len(out); n > 0 && out[n-1].ID == s.ID {
			out[n-1] = s // a later version of the same card
		} else {
			out = append(out, s)
		}
	}
	return out, nil
}

// SaveCard writes s as a new scorecard (ID 0) or as the next version of
// its scorecard, if it was changed from the version it names. Old
// versions stay as they were: reviews scored on them keep their score.
func SaveCard(tx *bolt.Tx, s Scorecard) (Scorecard, error) {
	if err := s.Check(); err != nil {
		return s, err
	}
	b := tx.Bucket(store.BucketScorecards)
	if s.ID == 0 {
		id, err := b.NextSequence()
		if err != nil {
			return s, err
		}
		s.ID, s.Version = id, 1
	} else {
		cur, err := GetCard(tx, s.ID, 0)
		if err != nil {
			return s, err
		}
		if cur.Version != s.Version {
			return s, ErrScorecardConflict
		}
		if sameCard(cur, s) {
			return cur, nil
		}
		s.Version++
	}
	next := uint64(0)
	for _, c := range s.Categories {
		next = max(next, c.ID)
	}
	for i := range s.Categories {
		if s.Categories[i].ID == 0 {
			next++
			s.Categories[i].ID = next
		}
	}
	v, err := json.Marshal(s)
	if err != nil {
		return s, err
	}
	return s, b.Put(cardKey(s.ID, s.Version), v)
}

func sameCard(a, b Scorecard) bool {
	return a.Name == b.Name && slices.Equal(a.Categories, b.Categories)
}

// Seeded says whether the seed's scorecard was installed once already.
func Seeded(tx *bolt.Tx) bool { return tx.Bucket(store.BucketScorecards).Get(seededKey) != nil }

// SeedDefault installs the seed's scorecard once, as every channel's
// default: one the owner deleted stays deleted.
func SeedDefault(tx *bolt.Tx) error {
	if Seeded(tx) {
		return nil
	}
	s, err := SaveCard(tx, Default())
	if err != nil {
		return err
	}
	if err := tx.Bucket(store.BucketScorecards).Put(seededKey, store.U64(s.ID)); err != nil {
		return err
	}
	return SetDefaults(tx, map[string]uint64{"": s.ID})
}

// Defaults is which scorecard a ticket's channel is reviewed with; the
// key "" is every other channel's.
func Defaults(tx *bolt.Tx) (map[string]uint64, error) {
	out := map[string]uint64{}
	v := tx.Bucket(store.BucketScorecards).Get(defaultsKey)
	if v == nil {
		return out, nil
	}
	return out, json.Unmarshal(v, &out)
}

// SetDefaults saves which scorecard each channel is reviewed with.
func SetDefaults(tx *bolt.Tx, d map[string]uint64) error {
	for ch, id := range d {
		if _, err := GetCard(tx, id, 0); err != nil {
			return fmt.Errorf("the scorecard chosen for %q is no longer in Shopdesk: choose another", ch)
		}
	}
	v, err := json.Marshal(d)
	if err != nil {
		return err
	}
	return tx.Bucket(store.BucketScorecards).Put(defaultsKey, v)
}

// DefaultFor is the scorecard a ticket on channel is reviewed with, at its
// latest version.
func DefaultFor(tx *bolt.Tx, channel string) (Scorecard, error) {
	d, err := Defaults(tx)
	if err != nil {
		return Scorecard{}, err
	}
	id, ok := d[channel]
	if !ok {
		id = d[""]
	}
	if id == 0 {
		return Scorecard{}, fmt.Errorf("no scorecard is set for reviews: choose one in Settings → Quality reviews")
	}
	return GetCard(tx, id, 0)
}
