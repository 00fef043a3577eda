package testinbox

import (
	"encoding/json"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// Limits bound what the test inbox keeps in the data file: beyond them
// the oldest messages are dropped, and the inbox says so.
type Limits struct {
	MaxMessages int           `json:"maxMessages"`
	MaxBytes    int64         `json:"maxBytes"`
	MaxAge      time.Duration `json:"-"`
	MaxAgeDays  int           `json:"maxAgeDays"`
}

// DefaultLimits keep a month of trying things out, and no more than a
// small part of a data file.
var DefaultLimits = Limits{MaxMessages: 500, MaxBytes: 50 << 20, MaxAge: 30 * 24 * time.Hour, MaxAgeDays: 30}

// Dropped is what the test inbox let go of to stay within its limits.
type Dropped struct {
	Count int `json:"count"`
	// Last is when a message was last dropped (RFC 3339; "" for never).
	Last string `json:"last" ts_type:"string"`
}

// Notice is what the inbox view says about its limits.
type Notice struct {
	Limits  Limits  `json:"limits"`
	Dropped Dropped `json:"dropped"`
}

var droppedKey = []byte("test_inbox_dropped")

// prune drops the oldest messages until the inbox is within l, and counts
// them. Sizes are read from the stored values, so nothing is decoded.
func prune(tx *bolt.Tx, l Limits, now time.Time) (int, error) {
	b := tx.Bucket(store.BucketTestInbox)
	var ids [][]byte
	var sizes []int64
	var total int64
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		ids = append(ids, append([]byte(nil), k...))
		sizes = append(sizes, int64(len(v)))
		total += int64(len(v))
	}
	drop := 0
	for drop < len(ids) {
		over := (l.MaxMessages > 0 && len(ids)-drop > l.MaxMessages) ||
			(l.MaxBytes > 0 && total > l.MaxBytes) ||
			(l.MaxAge > 0 && tooOld(b.Get(ids[drop]), now.Add(-l.MaxAge)))
		if !over {
			break
		}
		total -= sizes[drop]
		drop++
	}
	for _, k := range ids[:drop] {
		if err := b.Delete(k); err != nil {
			return 0, err
		}
	}
	if drop == 0 {
		return 0, nil
	}
	d, err := getDropped(tx)
	if err != nil {
		return 0, err
	}
	d.Count += drop
	d.Last = now.UTC().Format(time.RFC3339)
	v, err := json.Marshal(d)
	if err != nil {
		return 0, err
	}
	return drop, tx.Bucket(store.BucketSettings).Put(droppedKey, v)
}

func tooOld(v []byte, before time.Time) bool {
	var r struct {
		ReceivedAt time.Time `json:"receivedAt"`
	}
	return json.Unmarshal(v, &r) == nil && r.ReceivedAt.Before(before)
}

func getDropped(tx *bolt.Tx) (Dropped, error) {
	var d Dropped
	if v := tx.Bucket(store.BucketSettings).Get(droppedKey); v != nil {
		if err := json.Unmarshal(v, &d); err != nil {
			return d, err
		}
	}
	return d, nil
}

// ReadNotice reads the limits and what was dropped to keep them.
func ReadNotice(db *store.DB, l Limits) (n Notice, err error) {
	n.Limits = l
	err = db.View(func(tx *bolt.Tx) error { n.Dropped, err = getDropped(tx); return err })
	return n, err
}
