package testinbox

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	smtpinbox "shopdesk/backend/mail/testinbox"
	"shopdesk/backend/store"
)

// Store keeps the test inbox's messages in the data file. It implements
// the SMTP inbox's Store.
type Store struct {
	db     *store.DB
	limits Limits
	now    func() time.Time
}

// NewStore returns the data-file store for the test inbox, kept within
// DefaultLimits.
func NewStore(db *store.DB) *Store { return NewStoreWithLimits(db, DefaultLimits) }

// NewStoreWithLimits is NewStore with other limits (tests use small ones).
func NewStoreWithLimits(db *store.DB, l Limits) *Store {
	return &Store{db: db, limits: l, now: time.Now}
}

// Prune drops what is beyond the limits now (old messages age out even
// when nothing new arrives) and says how many went.
func (s *Store) Prune() (n int, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { n, err = prune(tx, s.limits, s.now()); return err })
	return n, err
}

// Add keeps one received message and returns its ID.
func (s *Store) Add(r smtpinbox.Received) (uint64, error) {
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
		if err := b.Put(store.U64(id), v); err != nil {
			return err
		}
		_, err = prune(tx, s.limits, s.now())
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("keep the test message: %w", err)
	}
	return r.ID, nil
}

// List returns up to limit test inbox messages, newest first
// (limit ≤ 0: all).
func List(tx *bolt.Tx, limit int) ([]smtpinbox.Received, error) {
	var out []smtpinbox.Received
	c := tx.Bucket(store.BucketTestInbox).Cursor()
	for k, v := c.Last(); k != nil && (limit <= 0 || len(out) < limit); k, v = c.Prev() {
		var r smtpinbox.Received
		if err := json.Unmarshal(v, &r); err != nil {
			return nil, fmt.Errorf("read test message %d: %w", store.ParseU64(k), err)
		}
		out = append(out, r)
	}
	return out, nil
}

// Get returns one test inbox message.
func Get(tx *bolt.Tx, id uint64) (smtpinbox.Received, error) {
	v := tx.Bucket(store.BucketTestInbox).Get(store.U64(id))
	if v == nil {
		return smtpinbox.Received{}, smtpinbox.ErrNotFound
	}
	var r smtpinbox.Received
	err := json.Unmarshal(v, &r)
	return r, err
}

// Clear empties the test inbox.
func Clear(tx *bolt.Tx) error {
	if err := tx.DeleteBucket(store.BucketTestInbox); err != nil {
		return err
	}
	_, err := tx.CreateBucket(store.BucketTestInbox)
	return err
}
