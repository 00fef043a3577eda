package customers

import (
	"encoding/json"
	"sort"
	"strings"
	"sync"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// Directory is an in-memory list of customers' names and addresses for the
// customer list and its search box. It is built on first use (so start-up
// does not pay for it) and kept current by Put and Remove, which the
// writing transaction registers and which apply once it commits.
//
// Changes apply in commit order whatever order their goroutines reach the
// directory in: each carries its transaction's ID (bbolt numbers write
// transactions in commit order), and one older than what the directory
// holds for that customer, or than the snapshot it was loaded from, is
// dropped. The load holds the lock, so no change is lost while it reads.
type Directory struct {
	db   *store.DB
	once sync.Once
	mu   sync.RWMutex
	all  map[uint64]entry
	err  error
	// base is the transaction the load read; stamp the last change applied
	// to each customer since (kept for removed ones too, so a late edit
	// cannot bring one back).
	base  uint64
	stamp map[uint64]uint64
}

type entry struct {
	id          uint64
	name, email string
	lname       string
	search      string // lower(name + " " + email)
	tags        []string
}

// NewDirectory returns a directory over db.
func NewDirectory(db *store.DB) *Directory { return &Directory{db: db} }

func (d *Directory) load() error {
	d.once.Do(func() {
		d.mu.Lock()
		defer d.mu.Unlock()
		all := map[uint64]entry{}
		d.err = store.Safely(func() error {
			return d.db.View(func(tx *bolt.Tx) error {
				d.base = uint64(tx.ID())
				return tx.Bucket(store.BucketCustomers).ForEach(func(k, v []byte) error {
					var c Customer
					if err := json.Unmarshal(v, &c); err != nil {
						return err
					}
					all[c.ID] = newEntry(c)
					return nil
				})
			})
		})
		if d.err == nil {
			d.all, d.stamp = all, map[uint64]uint64{}
		}
	})
	return d.err
}

func newEntry(c Customer) entry {
	return entry{id: c.ID, name: c.Name, email: c.Email, tags: c.Tags, lname: strings.ToLower(c.Name),
		search: strings.ToLower(c.Name + " " + c.Email + " " + c.Phone + " " + strings.Join(c.Tags, " "))}
}

// Put records a create or edit made in the write transaction tx, once tx
// commits (nothing if it rolls back).
func (d *Directory) Put(tx *bolt.Tx, c Customer) {
	txid := uint64(tx.ID())
	tx.OnCommit(func() { d.apply(txid, c.ID, &c) })
}

// Remove records a delete made in tx, once tx commits.
func (d *Directory) Remove(tx *bolt.Tx, id uint64) {
	txid := uint64(tx.ID())
	tx.OnCommit(func() { d.apply(txid, id, nil) })
}

// apply makes one committed change (c nil: a delete). Before the load
// there is nothing to change: the load reads the file after this commit.
func (d *Directory) apply(txid, id uint64, c *Customer) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.all == nil || txid <= d.base || txid <= d.stamp[id] {
		return
	}
	d.stamp[id] = txid
	if c == nil {
		delete(d.all, id)
	} else {
		d.all[id] = newEntry(*c)
	}
}

// ListQuery asks for a page of customers, by name.
type ListQuery struct {
	Search string `json:"search"`
	Tag    string `json:"tag"`
	Offset int    `json:"offset"`
	Limit  int    `json:"limit"`
	// Sort is "name" (the default), "open" (open tickets), "orders" or
	// "spent"; Desc reverses it.
	Sort string `json:"sort"`
	Desc bool   `json:"desc"`
}

// Find returns the IDs of matching customers sorted by name, one page of
// them, and the total number of matches.
func (d *Directory) Find(q ListQuery) (ids []uint64, total int, err error) {
	if err := d.load(); err != nil {
		return nil, 0, err
	}
	if q.Limit <= 0 || q.Limit > 200 {
		q.Limit = 50
	}
	all, total, err := d.matching(q)
	if err != nil {
		return nil, 0, err
	}
	if q.Offset < 0 {
		q.Offset = 0
	}
	for i := q.Offset; i < total && i < q.Offset+q.Limit; i++ {
		ids = append(ids, all[i])
	}
	return ids, total, nil
}

// matching lists every matching customer's ID, sorted by name.
func (d *Directory) matching(q ListQuery) ([]uint64, int, error) {
	if err := d.load(); err != nil {
		return nil, 0, err
	}
	words := strings.Fields(strings.ToLower(q.Search))
	tag := strings.ToLower(strings.TrimSpace(q.Tag))
	d.mu.RLock()
	matches := make([]entry, 0, 64)
	for _, e := range d.all {
		if tag != "" && !hasTag(e.tags, tag) {
			continue
		}
		ok := true
		for _, w := range words {
			if !strings.Contains(e.search, w) {
				ok = false
				break
			}
		}
		if ok {
			matches = append(matches, e)
		}
	}
	d.mu.RUnlock()
	sort.Slice(matches, func(i, j int) bool {
		a, b := matches[i].lname, matches[j].lname
		if a != b {
			return a < b
		}
		return matches[i].id < matches[j].id
	})
	ids := make([]uint64, len(matches))
	for i, e := range matches {
		ids[i] = e.id
	}
	return ids, len(ids), nil
}

func hasTag(tags []string, t string) bool {
	for _, x := range tags {
		if x == t {
			return true
		}
	}
	return false
}
