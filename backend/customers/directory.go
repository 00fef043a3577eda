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
// does not pay for it) and kept current by Put and Remove after each commit.
//
// The load reads the file while holding the lock, so a Put or Remove of a
// change committed during the load waits and applies on top of it: a
// customer created meanwhile is never missing. Puts and Removes made after
// their commits can still arrive out of order; versions and the removed
// set keep the newest and never bring a deleted customer back.
type Directory struct {
	db   *store.DB
	once sync.Once
	mu   sync.RWMutex
	all  map[uint64]entry
	// removed holds every ID deleted while this directory lives (IDs are
	// never reused), so a late Put of an older edit leaves no ghost.
	removed map[uint64]struct{}
	err     error
}

type entry struct {
	id          uint64
	version     uint64
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
		d.err = d.db.View(func(tx *bolt.Tx) error {
			return tx.Bucket(store.BucketCustomers).ForEach(func(k, v []byte) error {
				var c Customer
				if err := json.Unmarshal(v, &c); err != nil {
					return err
				}
				if _, gone := d.removed[c.ID]; !gone {
					all[c.ID] = newEntry(c)
				}
				return nil
			})
		})
		d.all = all
	})
	return d.err
}

func newEntry(c Customer) entry {
	return entry{id: c.ID, version: c.Version, name: c.Name, email: c.Email, tags: c.Tags, lname: strings.ToLower(c.Name),
		search: strings.ToLower(c.Name + " " + c.Email + " " + c.Phone + " " + strings.Join(c.Tags, " "))}
}

// Put records a committed create or edit. Before the load, there is
// nothing to do: the load, which starts later, reads the commit.
func (d *Directory) Put(c Customer) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.all == nil {
		return
	}
	if _, gone := d.removed[c.ID]; gone {
		return
	}
	if cur, ok := d.all[c.ID]; ok && cur.version > c.Version {
		return // a newer edit was recorded first
	}
	d.all[c.ID] = newEntry(c)
}

// Remove records a committed delete.
func (d *Directory) Remove(id uint64) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.removed == nil {
		d.removed = map[uint64]struct{}{}
	}
	d.removed[id] = struct{}{}
	delete(d.all, id)
}

// ListQuery asks for a page of customers, by name.
type ListQuery struct {
	Search string `json:"search"`
	Tag    string `json:"tag"`
	Offset int    `json:"offset"`
	Limit  int    `json:"limit"`
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
	total = len(matches)
	if q.Offset < 0 {
		q.Offset = 0
	}
	for i := q.Offset; i < total && i < q.Offset+q.Limit; i++ {
		ids = append(ids, matches[i].id)
	}
	return ids, total, nil
}

func hasTag(tags []string, t string) bool {
	for _, x := range tags {
		if x == t {
			return true
		}
	}
	return false
}
