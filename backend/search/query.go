package search

import (
	"bytes"
	"sort"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// Match calls fn with the IDs of tickets that hold every word of q, newest
// (highest ID) first, starting below before (0: from the newest), until fn
// returns false. It reports false if q has no searchable word.
func Match(tx *bolt.Tx, q string, before uint64, fn func(id uint64) bool) bool {
	words := QueryTerms(q)
	if len(words) == 0 {
		return false
	}
	// Each word becomes the terms that must all be present: the compound
	// when it was indexed, else its parts.
	var must []string
	for _, alts := range words {
		if len(alts) > 1 && DF(tx, alts[0]) == 0 {
			must = append(must, alts[1:]...)
		} else {
			must = append(must, alts[0])
		}
	}
	dfs := make(map[string]uint64, len(must))
	for _, t := range must {
		dfs[t] = DF(tx, t)
		if dfs[t] == 0 {
			return true // a word nobody wrote: no match
		}
	}
	sort.SliceStable(must, func(i, j int) bool { return dfs[must[i]] < dfs[must[j]] })
	rarest, rest := must[0], must[1:]

	prefix := append([]byte(rarest), 0)
	c := tx.Bucket(store.BucketTerms).Cursor()
	if before == 0 {
		before = ^uint64(0)
	}
	// Position on the last posting below before: seek to the first key at
	// or after it, then step back (or start from the end of the bucket).
	k, _ := c.Seek(posting(rarest, before))
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	for ; k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Prev() {
		id := store.ParseU64(k[len(prefix):])
		ok := true
		for _, t := range rest {
			if !Has(tx, t, id) {
				ok = false
				break
			}
		}
		if ok && !fn(id) {
			break
		}
	}
	return true
}
