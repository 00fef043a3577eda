package outbox

import (
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/mail/testinbox"
	"shopdesk/backend/store"
)

// InboxStore keeps the built-in test inbox's messages in the data file
// (store.BucketTestInbox). It implements testinbox.Store.
type InboxStore struct {
	db *store.DB
}

// NewInboxStore returns the data-file store for the test inbox.
func NewInboxStore(db *store.DB) *InboxStore { return &InboxStore{db: db} }

// Add keeps one received message and returns its ID.
func (s *InboxStore) Add(r testinbox.Received) (uint64, error) {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(store.BucketTestInbox)
		id, err := b.NextSequence()
		if err != nil {
			return err
		}
		r.ID = id
		v, err := json.Marshal(r)
		if err != nil {
			return err
		}
		return b.Put(store.U64(id), v)
	})
	if err != nil {
		return 0, fmt.Errorf("keep the test message: %w", err)
	}
	return r.ID, nil
}

// InboxList returns up to limit test inbox messages, newest first
// (limit ≤ 0: all).
func InboxList(tx *bolt.Tx, limit int) ([]testinbox.Received, error) {
	var out []testinbox.Received
	c := tx.Bucket(store.BucketTestInbox).Cursor()
	for k, v := c.Last(); k != nil && (limit <= 0 || len(out) < limit); k, v = c.Prev() {
		var r testinbox.Received
		if err := json.Unmarshal(v, &r); err != nil {
			return nil, fmt.Errorf("read test message %d: %w", store.ParseU64(k), err)
		}
		out = append(out, r)
	}
	return out, nil
}

// InboxGet returns one test inbox message.
func InboxGet(tx *bolt.Tx, id uint64) (testinbox.Received, error) {
	v := tx.Bucket(store.BucketTestInbox).Get(store.U64(id))
	if v == nil {
		return testinbox.Received{}, testinbox.ErrNotFound
	}
	var r testinbox.Received
	err := json.Unmarshal(v, &r)
	return r, err
}

// InboxClear empties the test inbox.
func InboxClear(tx *bolt.Tx) error {
	if err := tx.DeleteBucket(store.BucketTestInbox); err != nil {
		return err
	}
	_, err := tx.CreateBucket(store.BucketTestInbox)
	return err
}
