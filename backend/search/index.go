package search

import (
	"encoding/binary"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

func posting(term string, id uint64) []byte {
	k := make([]byte, len(term)+1+8)
	copy(k, term)
	k[len(term)] = 0 // terms never contain NUL, so term|id keys of one term are contiguous
	binary.BigEndian.PutUint64(k[len(term)+1:], id)
	return k
}

func addDF(tx *bolt.Tx, term string, delta int64) error {
	b := tx.Bucket(store.BucketTermDF)
	n := int64(store.ParseU64(b.Get([]byte(term)))) + delta
	if n <= 0 {
		return b.Delete([]byte(term))
	}
	return b.Put([]byte(term), store.U64(uint64(n)))
}

// Add indexes terms for ticket id; terms already there are left alone.
func Add(tx *bolt.Tx, id uint64, terms []string) error {
	b := tx.Bucket(store.BucketTerms)
	for _, t := range terms {
		k := posting(t, id)
		if b.Get(k) != nil {
			continue
		}
		if err := b.Put(k, nil); err != nil {
			return err
		}
		if err := addDF(tx, t, 1); err != nil {
			return err
		}
	}
	return nil
}

// Remove drops ticket id's postings for terms.
func Remove(tx *bolt.Tx, id uint64, terms []string) error {
	b := tx.Bucket(store.BucketTerms)
	for _, t := range terms {
		k := posting(t, id)
		if b.Get(k) == nil {
			continue
		}
		if err := b.Delete(k); err != nil {
			return err
		}
		if err := addDF(tx, t, -1); err != nil {
			return err
		}
	}
	return nil
}

// Has reports whether ticket id holds term.
func Has(tx *bolt.Tx, term string, id uint64) bool {
	return tx.Bucket(store.BucketTerms).Get(posting(term, id)) != nil
}

// DF is how many tickets hold term.
func DF(tx *bolt.Tx, term string) uint64 {
	return store.ParseU64(tx.Bucket(store.BucketTermDF).Get([]byte(term)))
}
